package parser

// SyntaxError placement, following CPython's parser (Parser/pegen_errors.c
// and the RAISE_* macros of Parser/pegen.h) closely enough that every
// attribute of the exception matches:
//
//   - Positions handed to the error machinery are CPython's "1-based byte
//     offsets": a 0-based byte column plus one. They are converted to
//     characters by decoding that many bytes of one source line (the line
//     of the error's start, even for the end offset) with replacement, so
//     an offset past the end of the line is clamped to its length plus one.
//   - The line used for that conversion is the tokenizer's current line
//     (newline included) when the error is on or after it, and otherwise
//     the line as stored in the source buffer (newline excluded). The
//     difference shows in the clamping.
//   - Some errors are placed at a token without a position of its own
//     (INDENT, DEDENT, ENDMARKER have column -1 in CPython); those use the
//     tokenizer's cursor as the column and -1 as the end offset.
//   - "Current position" ends (RAISE_SYNTAX_ERROR_STARTING_FROM) are the
//     cursor's byte column, not made 1-based.
//
// The tokenizer's cursor is not tracked by our scanner; it is recomputed
// from the last token fetched, which is where CPython's tokenizer stopped.

import (
	"strings"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// curPos marks an end (line or column) to be taken from the tokenizer's
// cursor, CPython's CURRENT_POS.
const curPos = -5

// Error kinds.
const (
	kindSyntax      = "SyntaxError"
	kindIndentation = "IndentationError"
)

// ---- the primitive ----

// raiseLoc records an error with CPython's raw location values and
// abandons the parse. col and endCol are 1-based byte offsets on their
// lines, 0 or -1 for "unknown", or curPos (end only).
func (p *parser) raiseLoc(kind, msg string, lineno, col, endLineno, endCol int) {
	if p.err != nil {
		panic(bailout{})
	}
	curLine, curCol := p.cursor()
	if endLineno == curPos {
		endLineno = curLine
	}
	if endCol == curPos {
		endCol = curCol
	}
	line := p.errorLine(lineno, curLine)
	e := &scanner.Error{Kind: kind, Msg: msg, Filename: p.sc.Filename(), Lineno: lineno, EndLineno: endLineno, Text: line}
	e.Offset = byteOffsetToChars(line, col)
	e.EndOffset = endCol
	if endCol > 0 {
		e.EndOffset = byteOffsetToChars(line, endCol)
	}
	p.err = e
	panic(bailout{})
}

// errorLine returns the text CPython uses as SyntaxError.text and for the
// column conversion of an error on line lineno. For a file, CPython reads
// the line back from the file, newline included; a line past the end of
// the source falls back to the tokenizer's current line.
//
// (Source given as a string, as ast.parse(str) with a file name that does
// not exist, takes lines other than the tokenizer's current one from its
// buffer without their newline; that only changes how far an offset past
// the end of the line is clamped, and is not reproduced.)
func (p *parser) errorLine(lineno, curLine int) string {
	return p.sc.ErrorLine(lineno, curLine)
}

// byteOffsetToChars converts a 1-based byte offset on line into a
// character count as CPython does: the first n bytes, clamped to the
// line's length plus one (the terminating NUL), decoded with replacement.
func byteOffsetToChars(line string, n int) int {
	if n <= 0 {
		return n
	}
	if n > len(line) {
		n = len(line) + 1
		return utf8.RuneCountInString(line) + 1
	}
	s := line[:n]
	if utf8.ValidString(s) {
		return utf8.RuneCountInString(s)
	}
	// Count with replacement: every maximal invalid subsequence (here only
	// a truncated last character can occur) is one character.
	cnt := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			// Skip the rest of a truncated multi-byte sequence at once.
			j := i + 1
			for j < len(s) && s[j]&0xC0 == 0x80 && j-i < 4 {
				j++
			}
			i = j
		} else {
			i += size
		}
		cnt++
	}
	return cnt
}

// ---- the tokenizer's state, recomputed ----

// lastLine returns the number of the source's last line (the scanner
// normalizes the source to end with a newline).
func (p *parser) lastLine() int {
	src := p.sc.SrcString()
	n := strings.Count(src, "\n")
	if n == 0 {
		return 1
	}
	return n
}

// cursor returns where CPython's tokenizer would stand after producing the
// last token fetched so far: its current line and the byte column of its
// cursor on that line.
func (p *parser) cursor() (line, col int) {
	if len(p.toks) == 0 {
		return 1, 0
	}
	t := &p.toks[len(p.toks)-1]
	if isEndNL(t) {
		return p.endCursor()
	}
	switch t.Kind {
	case token.ENDMARKER:
		if endmarkerLine(t) == 0 {
			// Empty input: the tokenizer never read a line.
			return 0, 0
		}
		return p.endCursor()
	case token.DEDENT, token.INDENT:
		if int(t.End.Line) > p.lastLine() {
			return p.endCursor()
		}
		// The tokenizer has read the indentation of the next line.
		return int(t.End.Line), int(t.End.Col)
	}
	s := tokenSpan(t)
	return int(s.End.Line), int(s.End.Col)
}

// endCursor is the cursor at the end of input: at the end of the last
// line, counting the newline CPython's tokenizer adds when the source
// lacks one.
func (p *parser) endCursor() (line, col int) {
	src := p.sc.SrcString()
	n := p.lastLine()
	end := len(src)
	if end > 0 && src[end-1] == '\n' {
		end--
	}
	start := strings.LastIndexByte(src[:end], '\n') + 1
	if p.opts.Mode != "" && p.opts.Mode != "exec" && p.sc.AddedFinalNewline() {
		// The other modes add no newline.
		return n, end - start
	}
	return n, len(src) - start
}

// cTok describes a token as CPython's parser sees it: INDENT, DEDENT and
// ENDMARKER carry no columns (-1) and the line the tokenizer was on.
type cTok struct {
	line, col, endLine, endCol int
}

func (p *parser) ctok(t *token.Token) cTok {
	if isEndNL(t) {
		// A converted end of input: the ENDMARKER's position.
		l := endmarkerLine(t)
		return cTok{l, -1, l, -1}
	}
	switch t.Kind {
	case token.INDENT, token.DEDENT, token.ENDMARKER:
		l := int(t.End.Line)
		if t.Kind == token.ENDMARKER {
			l = endmarkerLine(t)
		} else if l > p.lastLine() {
			l = p.lastLine()
		}
		return cTok{l, -1, l, -1}
	}
	s := tokenSpan(t)
	return cTok{int(s.Start.Line), int(s.Start.Col), int(s.End.Line), int(s.End.Col)}
}

// endmarkerLine is the line CPython gives the ENDMARKER token: the last
// line read (0 for empty input). Our scanner places it at the start of the
// line after the last newline.
func endmarkerLine(t *token.Token) int {
	if t.Start.Col == 0 {
		return int(t.Start.Line) - 1
	}
	return int(t.Start.Line)
}

// ---- CPython's raise macros ----

// raiseAtTok is _PyPegen_raise_error for token t: its position, or the
// cursor for a token without columns.
func (p *parser) raiseAtTok(kind, msg string, t *token.Token) {
	c := p.ctok(t)
	col := c.col + 1
	if c.col == -1 {
		_, col = p.cursor()
		if p.opts.FileInput && p.sc.ReachedEnd() {
			// The file tokenizer has emptied its buffer at the end of
			// input: its cursor is at column 0.
			col = 0
		}
	}
	endCol := -1
	if c.endCol != -1 {
		endCol = c.endCol + 1
	}
	p.raiseLoc(kind, msg, c.line, col, c.endLine, endCol)
}

// lastFetched returns the last token fetched from the scanner (CPython's
// p->tokens[p->fill-1]), fetching one if none was.
func (p *parser) lastFetched() *token.Token {
	if len(p.toks) == 0 {
		p.fill(0)
	}
	return &p.toks[len(p.toks)-1]
}

// raiseSyntaxError is RAISE_SYNTAX_ERROR: the error is placed at the last
// token fetched, which may lie beyond the parser's position.
func (p *parser) raiseSyntaxError(msg string) {
	p.raiseAtTok(kindSyntax, msg, p.lastFetched())
}

// raiseIndentationError is RAISE_INDENTATION_ERROR, placed like
// raiseSyntaxError.
func (p *parser) raiseIndentationError(msg string) {
	p.raiseAtTok(kindIndentation, msg, p.lastFetched())
}

// raiseOnNextToken is RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token
// after the parser's position.
func (p *parser) raiseOnNextToken(msg string) {
	p.raiseAtTok(kindSyntax, msg, p.peek())
}

// raiseKnownLocation is RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) for a
// node or a token given by its span.
func (p *parser) raiseKnownLocation(a ast.Span, msg string) {
	p.raiseKnownRange(a, a, msg)
}

// raiseKnownRange is RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg): from the
// start of a to the end of b.
func (p *parser) raiseKnownRange(a, b ast.Span, msg string) {
	p.raiseLoc(kindSyntax, msg, int(a.Start.Line), int(a.Start.Col)+1, int(b.End.Line), int(b.End.Col)+1)
}

// raiseStartingFrom is RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from the
// start of a to the tokenizer's cursor.
func (p *parser) raiseStartingFrom(a ast.Span, msg string) {
	p.raiseLoc(kindSyntax, msg, int(a.Start.Line), int(a.Start.Col)+1, curPos, curPos)
}

// tokSpan is the span of a token as CPython's error macros see it (a
// token without columns has column -1, which the macros turn into 0).
func (p *parser) tokSpan(t *token.Token) ast.Span {
	c := p.ctok(t)
	return ast.Span{Start: token.Pos{Line: int32(c.line), Col: int32(c.col)}, End: token.Pos{Line: int32(c.endLine), Col: int32(c.endCol)}}
}

// span returns a node's position span.
func span(n ast.Positioned) ast.Span { return *n.GetSpan() }

// ---- reporting after a failed parse ----

// failedParse does what CPython does once the first pass has failed,
// either returning no tree or raising an error (_PyPegen_run_parser and
// _Pypegen_set_syntax_error): a lexical error stands; an error the parser
// raised in the first pass stands too, unless a lexical error later in the
// source replaces it; otherwise a second pass runs with the invalid_ rules
// enabled, and if it finds no specific error either, a generic one is
// reported where the first pass stopped. p.err is set afterwards.
func (p *parser) failedParse() {
	if p.err != nil {
		if p.sc.Err() == nil {
			p.checkRestOfSource()
		}
		return
	}
	firstFill := len(p.toks)
	p.reset(0)
	p.callInvalidRules = true
	p.memo.clear()
	var mod ast.Mod
	p.try(func() { mod = p.startRule() })
	_ = mod // the second pass's tree is never used
	if p.err != nil {
		if p.sc.Err() == nil {
			p.checkRestOfSource()
		}
		return
	}
	p.setSyntaxError(firstFill)
}

// reportGenericError is called when neither pass produced a specific
// error: CPython's _Pypegen_set_syntax_error for that case. It cannot
// know how far the first pass read; failedParse, which runs both passes,
// does.
func (p *parser) reportGenericError() {
	p.setSyntaxError(len(p.toks))
}

// setSyntaxError reports a failed parse when no specific error was raised.
// firstFill is the number of tokens the first pass had fetched: a generic
// error is placed at the last of them, not at the (possibly further)
// point the second pass reached.
func (p *parser) setSyntaxError(firstFill int) {
	if firstFill == 0 {
		if len(p.toks) == 0 {
			p.fill(0)
		}
		firstFill = 1
	}
	last := &p.toks[firstFill-1]
	switch last.Kind {
	case token.INDENT:
		p.tryRaise(func() { p.raiseIndentationError("unexpected indent") })
		return
	case token.DEDENT:
		p.tryRaise(func() { p.raiseIndentationError("unexpected unindent") })
		return
	}
	p.tryRaise(func() { p.raiseKnownLocation(p.tokSpan(last), "invalid syntax") })
	p.checkRestOfSource()
}

// tryRaise runs a raising function, absorbing its bailout so that the
// caller can go on (p.err is set afterwards).
func (p *parser) tryRaise(f func()) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
		}
	}()
	f()
}

// checkRestOfSource is CPython's
// _PyPegen_tokenize_full_source_to_check_for_errors: after the parser
// raised an error, the rest of the source is tokenized, and a lexical
// error found there replaces the parser's error; reaching the end of input
// inside brackets opened before the error's line reports the bracket as
// never closed.
func (p *parser) checkRestOfSource() {
	if p.err == nil {
		return
	}
	// The line of the last token the parser fetched.
	errLine := p.err.Lineno
	if len(p.toks) > 0 {
		errLine = int(p.toks[len(p.toks)-1].Start.Line)
	}
	for {
		t := p.scanNext()
		if t.Kind == token.ILLEGAL {
			e := p.sc.Err()
			if e == nil {
				// An unknown operator character ($, ?, `): not a
				// lexical error.
				continue
			}
			if p.sc.ErrIsStatus() {
				// CPython's tokenizer only signals these errors
				// (indentation, tabs, line continuation, end of input)
				// through its status, which this check does not raise;
				// it then reports a bracket still open, when the bracket
				// was opened before the error's line.
				if u := p.sc.UnclosedBracketError(); u != nil && u.Lineno < errLine {
					p.err = u
				}
				return
			}
			if p.sc.InFString() {
				// An error inside an f-string does not replace the
				// parser's error in the f-string's expression part.
				return
			}
			p.err = e
			return
		}
		if t.Kind == token.ENDMARKER {
			return
		}
	}
}
