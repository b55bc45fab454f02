// Package scanner turns Python 3.14 source into tokens (Language Reference,
// chapter 2): source decoding (UTF-8 BOM, PEP 263 coding declarations),
// logical and physical lines, indentation, names with NFKC normalization,
// numbers, strings, f- and t-strings (PEP 701, PEP 750) and operators. It also
// decodes literal tokens into values (string escapes, numbers).
//
// The scanner reports lexical errors with CPython's messages and positions
// as *Error values; the parser turns them into SyntaxError.
package scanner

import (
	"fmt"

	"github.com/pygo/pygo/syntax/token"
)

// Mode selects optional scanner behaviour.
type Mode uint

const (
	// TypeComments makes "# type: ..." comments TYPE_COMMENT tokens, as
	// ast.parse(..., type_comments=True) does.
	TypeComments Mode = 1 << iota
	// Tokenize produces COMMENT and NL tokens as the tokenize module does.
	Tokenize
	// FileInput reads the source as `python3.14 FILE` does (CPython's file
	// tokenizer) rather than as compile() reads bytes: a line holding a
	// null byte or undecodable UTF-8 is an error only once the scanner
	// reaches that line, with the file tokenizer's wording, and a declared
	// encoding that fails is "encoding problem: NAME".
	FileInput
	// NoImplicitNewline reads the source as compile() reads it for the
	// eval, single and func_type modes: no newline is added after the last
	// line (so there is no NEWLINE token for it, and a backslash at the
	// very end is followed by nothing), and SyntaxError.text comes from
	// the tokenizer's buffers (see ErrorLine) instead of being read back
	// from the source file.
	NoImplicitNewline
	// BufferText takes SyntaxError.text from the tokenizer's buffers (see
	// ErrorLine) as CPython does when it cannot read the line back from
	// the source file, e.g. for compile(src, "<string>", "exec").
	// NoImplicitNewline implies it.
	BufferText
)

// Error is a syntax error with CPython's SyntaxError attributes.
type Error struct {
	Kind      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int    // 1-based line; 0 when unknown
	Offset    int    // 1-based column in characters (SyntaxError.offset); 0 when unknown
	EndLineno int    // 0 when unknown
	EndOffset int    // 1-based, exclusive, in characters; 0 when unknown
	Text      string // the source line (SyntaxError.text), "" when unknown
	NoText    bool   // text is None rather than a string

	// StmtLine is the line of the last compound statement (other than a
	// function definition) the parser completed before failing, 0 if none:
	// CPython's SyntaxError._metadata[0], which the traceback module uses
	// to find the source to try keyword corrections on.
	StmtLine int
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Kind, e.Msg, e.Filename, e.Lineno)
}

// Warning is a warning raised while scanning or decoding a literal, such as
// the SyntaxWarning for an invalid escape sequence.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Lineno   int
	Offset   int // 1-based character column
}

// Bracket is an open bracket the scanner has not seen closed.
type Bracket struct {
	Kind token.Kind // LPAR, LSQB or LBRACE
	Pos  token.Pos
}
