package scanner

import (
	"strconv"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/token"
)

// CPython's limits.
const (
	maxIndent      = 100 // indentation levels
	maxParenLevel  = 200 // nested brackets
	maxFStringNest = 150 // nested f-/t-strings (mode stack)
	maxExprNesting = 3   // nested replacement fields in format specs
	tabSize        = 8
)

// Scanner tokenizes one source text. Use New or NewString, then call Next
// until it returns ENDMARKER or ILLEGAL.
type Scanner struct {
	filename string
	src      string // UTF-8, newlines normalized to \n, always ends in \n
	mode     Mode
	// addedFinalNL records that the original text lacked the final newline.
	addedFinalNL bool

	pos       int // offset of the next byte to read
	line      int32
	lineStart int // offset of the first byte of the current line

	atBOL    bool
	contLine bool // the current logical line was continued with a backslash
	pendin   int  // pending INDENTs (>0) or DEDENTs (<0)
	indent   int
	indstack [maxIndent]int
	altstack [maxIndent]int
	// position of the first token on the line, for INDENT/DEDENT tokens
	indentTokLine      int32
	indentTokCol       int32
	indentTokOff       int
	indentTokLineStart int

	level  int
	parens [maxParenLevel]paren

	modes []fmode // f-/t-string stack; empty outside f-strings

	err         *Error
	errStatus   bool // err is a tokenizer status, not a raised error (see ErrIsStatus)
	warnings    []Warning
	typeIgnores []TypeIgnore
	lines       []int32 // line start offsets, built on demand
	done        bool
	blankline   bool
	commentNL   bool // tokenize mode: the current line so far only held a comment

	// reachedEnd records that the scanner has needed input past the end
	// of the text (CPython's tokenizer state E_EOF).
	reachedEnd bool
	// cutErr, in FileInput mode, is the error of the line the text was
	// cut before (see cutAtBadLine), raised when the scanner reaches it.
	cutErr *Error
}

type paren struct {
	c    byte
	line int32
	col  int32 // byte column
}

// TypeIgnore is a "# type: ignore" comment seen in TypeComments mode.
// CPython keeps these out of the token stream and lists them in
// Module.type_ignores; Tag is the text after "ignore".
type TypeIgnore struct {
	Line int
	Tag  string
}

const (
	modeRegular = iota // inside a replacement field: ordinary tokens
	modeFString        // scanning the literal part (or format spec)
)

type fmode struct {
	kind           uint8
	isT            bool
	raw            bool
	quote          byte
	quoteSize      int
	start          int // offset of the f-string token (prefix included)
	startLine      int32
	startLineStart int
	bracketDepth   int // curly_bracket_depth
	exprStartDepth int // curly_bracket_expr_start_depth; -1 outside fields
	inFormatSpec   bool
	inDebug        bool
}

func newScanner(filename, src string, mode Mode) *Scanner {
	s := &Scanner{filename: filename, src: normalizeNewlines(src), mode: mode, line: 1, atBOL: true}
	if n := len(src); n > 0 && src[n-1] != '\n' && src[n-1] != '\r' {
		s.addedFinalNL = true
	}
	return s
}

// AddedFinalNewline reports whether the source lacked a newline after
// its last line, which the scanner added (see Src).
func (s *Scanner) AddedFinalNewline() bool { return s.addedFinalNL }

// Src returns the source text the token offsets refer to: UTF-8, with
// \r\n and \r translated to \n and a final newline added if missing.
func (s *Scanner) Src() []byte { return []byte(s.src) }

// SrcString is Src without the copy.
func (s *Scanner) SrcString() string { return s.src }

// Filename returns the file name given to New.
func (s *Scanner) Filename() string { return s.filename }

// Err returns the lexical error that made Next return ILLEGAL, or nil.
func (s *Scanner) Err() *Error { return s.err }

// Warnings returns the warnings (SyntaxWarning for number literals
// followed by a keyword, invalid escapes before braces in f-strings) met
// so far, in order.
func (s *Scanner) Warnings() []Warning { return s.warnings }

// TypeIgnores returns the "# type: ignore" comments seen so far (only in
// TypeComments mode).
func (s *Scanner) TypeIgnores() []TypeIgnore { return s.typeIgnores }

// OpenBrackets returns the brackets opened and not yet closed, outermost
// first.
func (s *Scanner) OpenBrackets() []Bracket {
	out := make([]Bracket, s.level)
	for i := 0; i < s.level; i++ {
		p := s.parens[i]
		k := token.LPAR
		switch p.c {
		case '[':
			k = token.LSQB
		case '{':
			k = token.LBRACE
		}
		out[i] = Bracket{Kind: k, Pos: token.Pos{Line: p.line, Col: p.col}}
	}
	return out
}

// Next returns the next token. After ENDMARKER it keeps returning
// ENDMARKER; after an error it keeps returning ILLEGAL.
func (s *Scanner) Next() (t token.Token) {
	if s.err != nil {
		return s.illegal()
	}
	defer func() {
		if r := recover(); r != nil {
			// Never let an internal bug escape as a panic.
			s.err = &Error{Kind: "SyntaxError", Msg: "internal tokenizer error", Filename: s.filename,
				Lineno: int(s.line), Offset: 1, EndLineno: int(s.line), EndOffset: 1}
			t = s.illegal()
		}
	}()
	if n := len(s.modes); n > 0 && s.modes[n-1].kind == modeFString {
		return s.scanFString(&s.modes[n-1])
	}
	return s.scanNormal()
}

func (s *Scanner) illegal() token.Token {
	p := token.Pos{Line: s.line, Col: int32(s.pos - s.lineStart)}
	return token.Token{Kind: token.ILLEGAL, Start: p, End: p, Offset: int32(s.pos), EndOffset: int32(s.pos)}
}

// fail records err and returns an ILLEGAL token.
func (s *Scanner) fail(err *Error) token.Token {
	if s.err == nil {
		err.Filename = s.filename
		s.err = err
	}
	return s.illegal()
}

// atEnd is called whenever the scanner needs input past the end of the
// text. It returns the error of a cut-off bad line, if any.
func (s *Scanner) atEnd() *Error {
	s.reachedEnd = true
	return s.cutErr
}

// ReachedEnd reports whether the scanner has needed input past the end of
// the text, which is when CPython counts a failed parse as incomplete
// input (codeop's "more input needed").
func (s *Scanner) ReachedEnd() bool { return s.reachedEnd }

// peekAt returns the byte at offset i, or 0 at the end of the source.
func (s *Scanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// newlineAt records that the byte at offset i is a newline that has been
// consumed.
func (s *Scanner) newlineAt(i int) {
	s.line++
	s.lineStart = i + 1
}

// make builds a token from start (offset, with its line and line start)
// to the current position.
func (s *Scanner) make(k token.Kind, start int, line int32, lineStart int, end int, val string) token.Token {
	return token.Token{
		Kind:      k,
		Start:     token.Pos{Line: line, Col: int32(start - lineStart)},
		End:       token.Pos{Line: s.line, Col: int32(end - s.lineStart)},
		Offset:    int32(start),
		EndOffset: int32(end),
		Value:     val,
	}
}

// simple builds a token starting and ending on the current line.
func (s *Scanner) simple(k token.Kind, start, end int) token.Token {
	return token.Token{
		Kind:      k,
		Start:     token.Pos{Line: s.line, Col: int32(start - s.lineStart)},
		End:       token.Pos{Line: s.line, Col: int32(end - s.lineStart)},
		Offset:    int32(start),
		EndOffset: int32(end),
		Value:     s.src[start:end],
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}
func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

// current returns the innermost f-string mode, or nil outside f-strings.
func (s *Scanner) current() *fmode {
	if n := len(s.modes); n > 0 {
		return &s.modes[n-1]
	}
	return nil
}

func (s *Scanner) scanNormal() token.Token {
	src := s.src
nextline:
	s.blankline = false
	if s.atBOL {
		s.atBOL = false
		if s.pos >= len(src) {
			if err := s.atEnd(); err != nil {
				return s.fail(err)
			}
			// End of input: close every open indentation level.
			if s.level == 0 && s.indent > 0 && !s.done {
				s.pendin = -s.indent
				s.indent = 0
				s.indentTokLine, s.indentTokCol, s.indentTokOff, s.indentTokLineStart = s.line, 0, s.pos, s.lineStart
			}
		} else {
			col, altcol, contCol := 0, 0, 0
			for {
				c := src[s.pos]
				if c == ' ' {
					col++
					altcol++
				} else if c == '\t' {
					col = (col/tabSize + 1) * tabSize
					altcol++
				} else if c == '\f' {
					col, altcol = 0, 0
				} else if c == '\\' {
					// A backslash in the indentation: the first one
					// fixes the indentation of what follows.
					if contCol == 0 {
						contCol = col
					}
					if t, ok := s.continuation(); !ok {
						return t
					}
					continue
				} else {
					break
				}
				s.pos++
			}
			c := src[s.pos]
			if c == '#' || c == '\n' {
				s.blankline = true
			}
			if !s.blankline && s.level == 0 {
				if contCol != 0 {
					col, altcol = contCol, contCol
				}
				s.indentTokLine, s.indentTokCol, s.indentTokOff, s.indentTokLineStart = s.line, int32(s.pos-s.lineStart), s.pos, s.lineStart
				if col == s.indstack[s.indent] {
					if altcol != s.altstack[s.indent] {
						return s.indentError("TabError", "inconsistent use of tabs and spaces in indentation")
					}
				} else if col > s.indstack[s.indent] {
					if s.indent+1 >= maxIndent {
						return s.indentError("IndentationError", "too many levels of indentation")
					}
					if altcol <= s.altstack[s.indent] {
						return s.indentError("TabError", "inconsistent use of tabs and spaces in indentation")
					}
					s.pendin++
					s.indent++
					s.indstack[s.indent] = col
					s.altstack[s.indent] = altcol
				} else {
					for s.indent > 0 && col < s.indstack[s.indent] {
						s.pendin--
						s.indent--
					}
					if col != s.indstack[s.indent] {
						return s.dedentError()
					}
					if altcol != s.altstack[s.indent] {
						return s.indentError("TabError", "inconsistent use of tabs and spaces in indentation")
					}
				}
			}
		}
	}

	if s.pendin != 0 {
		k := token.DEDENT
		start := token.Pos{Line: s.indentTokLine, Col: s.indentTokCol}
		if s.pendin < 0 {
			s.pendin++
		} else {
			s.pendin--
			k = token.INDENT
			start.Col = 0
		}
		return token.Token{Kind: k, Start: start, End: token.Pos{Line: s.indentTokLine, Col: s.indentTokCol},
			Offset: int32(s.indentTokLineStart) + start.Col, EndOffset: int32(s.indentTokOff)}
	}

again:
	// Skip blanks.
	for s.pos < len(src) {
		c := src[s.pos]
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
		s.pos++
	}
	start := s.pos
	if start >= len(src) {
		return s.eof()
	}
	c := src[start]
	commentStart := -1 // offset of a comment ending the line, if any

	if c == '#' {
		end := start + 1
		for end < len(src) && src[end] != '\n' {
			end++
		}
		s.pos = end
		if s.mode&TypeComments != 0 {
			if t, ok := s.typeComment(start, end); ok {
				return t
			}
		}
		if s.mode&Tokenize != 0 {
			return s.simpleVal(token.COMMENT, start, end)
		}
		c = '\n'
		commentStart = start
		start = end
	}

	// Identifiers, keywords and prefixed strings.
	if isIdentStart(c) {
		return s.scanIdentOrString(start)
	}

	switch c {
	case '\n':
		s.pos = start + 1
		if s.blankline || s.level > 0 {
			if s.mode&Tokenize != 0 {
				t := s.simpleVal(token.NL, start, start+1)
				s.newlineAt(start)
				s.atBOL = true
				return t
			}
			s.newlineAt(start)
			s.atBOL = true
			goto nextline
		}
		t := s.simple(token.NEWLINE, start, start)
		if commentStart >= 0 {
			// CPython's tokenizer starts the token where it started
			// reading it: at a comment before the newline, if any. The
			// end stays at the newline.
			t.Start.Col = int32(commentStart - s.lineStart)
			t.Offset = int32(commentStart)
		}
		if s.mode&Tokenize != 0 {
			t.End.Col++
			t.EndOffset++
			t.Value = "\n"
		}
		s.newlineAt(start)
		s.atBOL = true
		s.contLine = false
		return t
	case '.':
		if isDigit(s.at(start + 1)) {
			s.pos = start + 1
			return s.scanFraction(start)
		}
		if s.at(start+1) == '.' && s.at(start+2) == '.' {
			s.pos = start + 3
			return s.simple(token.ELLIPSIS, start, start+3)
		}
		s.pos = start + 1
		return s.simple(token.DOT, start, start+1)
	case '"', '\'':
		return s.scanString(start, start, false, false)
	case '\\':
		s.pos = start
		if t, ok := s.continuation(); !ok {
			return t
		}
		s.contLine = true
		goto again
	}
	if isDigit(c) {
		return s.scanNumber(start)
	}
	return s.scanOperator(start, c)
}

func (s *Scanner) simpleVal(k token.Kind, start, end int) token.Token {
	t := s.simple(k, start, end)
	t.Value = s.src[start:end]
	return t
}

// continuation consumes a backslash that must be followed by a newline.
func (s *Scanner) continuation() (token.Token, bool) {
	bs := s.pos
	s.pos++
	// Without an implicit newline, a backslash ending the input is
	// followed by nothing, which is not a newline either.
	atEnd := s.noFinalNL() && s.pos == len(s.src)-1
	if s.at(s.pos) != '\n' || atEnd {
		// The error points just past the offending character.
		if !atEnd {
			s.pos++
		}
		if s.pos > len(s.src) {
			s.pos = len(s.src)
		}
		return s.lineContError(bs), false
	}
	s.pos++
	if s.pos >= len(s.src) {
		// Backslash-newline at the very end of the input.
		if err := s.atEnd(); err != nil {
			return s.fail(err), false
		}
		return s.fail(s.eofError(bs)), false
	}
	s.newlineAt(s.pos - 1)
	return token.Token{}, true
}

// eof handles the end of input in normal mode.
func (s *Scanner) eof() token.Token {
	if err := s.atEnd(); err != nil {
		return s.fail(err)
	}
	if s.level > 0 {
		return s.fail(s.unclosedError())
	}
	if s.pendin != 0 || (s.indent > 0 && !s.done) {
		s.atBOL = true
		return s.scanNormal()
	}
	s.done = true
	p := token.Pos{Line: s.line, Col: int32(s.pos - s.lineStart)}
	return token.Token{Kind: token.ENDMARKER, Start: p, End: p, Offset: int32(s.pos), EndOffset: int32(s.pos)}
}

// typeComment recognizes "# type: ..." between start and end (the end of
// the line). TYPE_IGNOREs are recorded and skipped.
func (s *Scanner) typeComment(start, end int) (token.Token, bool) {
	src := s.src
	p := start + 1
	for p < end && (src[p] == ' ' || src[p] == '\t') {
		p++
	}
	if end-p < 5 || src[p:p+5] != "type:" {
		return token.Token{}, false
	}
	p += 5
	for p < end && (src[p] == ' ' || src[p] == '\t') {
		p++
	}
	ignoreEnd := p + 6
	if end >= ignoreEnd && src[p:ignoreEnd] == "ignore" &&
		!(end > ignoreEnd && (src[ignoreEnd] >= 0x80 || isASCIIAlnum(src[ignoreEnd]))) {
		tag := src[ignoreEnd:end]
		if s.blankline {
			// CPython's tag then includes the newline it consumed.
			tag = src[ignoreEnd : end+1]
		}
		s.typeIgnores = append(s.typeIgnores, TypeIgnore{Line: int(s.line), Tag: tag})
		if s.blankline {
			// A type: ignore alone on its line takes the newline too.
			s.pos = end + 1
			s.newlineAt(end)
			s.atBOL = true
		}
		t := s.Next()
		return t, true
	}
	return s.simpleVal(token.TYPE_COMMENT, p, end), true
}

func (s *Scanner) scanIdentOrString(start int) token.Token {
	src := s.src
	// String prefixes: at most two letters among b, r, u, f, t.
	var sawB, sawR, sawU, sawF, sawT bool
	i := start
	for i < len(src) {
		c := src[i]
		switch {
		case !sawB && (c == 'b' || c == 'B'):
			sawB = true
		case !sawU && (c == 'u' || c == 'U'):
			sawU = true
		case !sawR && (c == 'r' || c == 'R'):
			sawR = true
		case !sawF && (c == 'f' || c == 'F'):
			sawF = true
		case !sawT && (c == 't' || c == 'T'):
			sawT = true
		default:
			goto ident
		}
		i++
		if q := s.at(i); q == '"' || q == '\'' {
			if msg := prefixError(sawB, sawR, sawU, sawF, sawT); msg != "" {
				s.pos = i + 1
				return s.fail(&Error{Kind: "SyntaxError", Msg: msg, Lineno: int(s.line), Offset: start + 1 - s.lineStart,
					EndLineno: int(s.line), EndOffset: i + 1 - s.lineStart, Text: s.lineNoNL(s.lineStart)})
			}
			if sawF || sawT {
				return s.startFString(start, i, sawR, sawT)
			}
			return s.scanString(start, i, sawB, sawR)
		}
	}
ident:
	nonASCII := false
	for i < len(src) && isIdentChar(src[i]) {
		if src[i] >= 0x80 {
			nonASCII = true
		}
		i++
	}
	s.pos = i
	if nonASCII {
		return s.nonASCIIName(start, i)
	}
	name := src[start:i]
	k := token.NAME
	if c := name[0]; len(name) <= 8 && len(name) >= 2 && (c >= 'a' && c <= 'y' || c == 'F' || c == 'N' || c == 'T') {
		k = keyword(name)
	}
	t := s.simple(k, start, i)
	t.Value = name
	return t
}

// prefixError returns CPython's message for an invalid prefix combination.
func prefixError(b, r, u, f, t bool) string {
	switch {
	case u && b:
		return "'u' and 'b' prefixes are incompatible"
	case u && r:
		return "'u' and 'r' prefixes are incompatible"
	case u && f:
		return "'u' and 'f' prefixes are incompatible"
	case u && t:
		return "'u' and 't' prefixes are incompatible"
	case b && f:
		return "'b' and 'f' prefixes are incompatible"
	case b && t:
		return "'b' and 't' prefixes are incompatible"
	case f && t:
		return "'f' and 't' prefixes are incompatible"
	}
	return ""
}

// scanString scans a string literal whose quote is at q (prefix starts at
// start).
func (s *Scanner) scanString(start, q int, isBytes, raw bool) token.Token {
	src := s.src
	quote := src[q]
	size := 1
	i := q + 1
	if s.at(i) == quote && s.at(i+1) == quote {
		size = 3
		i += 2
	} else if s.at(i) == quote {
		// Empty string.
		s.pos = i + 1
		return s.simpleVal(token.STRING, start, i+1)
	}
	startLine, startLineStart := s.line, s.lineStart
	escapedQuote := false
	endq := 0
	for endq != size {
		if i >= len(src) || (size == 1 && src[i] == '\n') {
			if i >= len(src) {
				if err := s.atEnd(); err != nil {
					return s.fail(err)
				}
			}
			return s.unterminatedString(start, startLine, startLineStart, size, quote, escapedQuote)
		}
		c := src[i]
		i++
		if c == quote {
			endq++
			continue
		}
		endq = 0
		if c == '\n' {
			s.newlineAt(i - 1)
		} else if c == '\\' {
			if i < len(src) {
				if src[i] == quote {
					escapedQuote = true
				}
				if src[i] == '\n' {
					s.newlineAt(i)
				}
				i++
			}
		}
	}
	s.pos = i
	return s.make(token.STRING, start, startLine, startLineStart, i, src[start:i])
}

func (s *Scanner) unterminatedString(start int, startLine int32, startLineStart int, size int, quote byte, escapedQuote bool) token.Token {
	detected := int(s.line)
	if detected > 1 && s.lineStart >= len(s.src) {
		// At EOF (a triple-quoted string, or a backslash-newline ending
		// the input) CPython reports the last line of input.
		detected--
	}
	s.line, s.lineStart = startLine, startLineStart
	if f := s.current(); f != nil && f.quote == quote && f.quoteSize == size {
		return s.fail(s.tokError(prefixLetter(f)+"-string: expecting '}'", start+1))
	}
	var msg string
	if size == 3 {
		msg = "unterminated triple-quoted string literal (detected at line " + strconv.Itoa(detected) + ")"
	} else if escapedQuote {
		msg = "unterminated string literal (detected at line " + strconv.Itoa(detected) + "); perhaps you escaped the end quote?"
	} else {
		msg = "unterminated string literal (detected at line " + strconv.Itoa(detected) + ")"
	}
	return s.fail(s.tokError(msg, start+1))
}

func prefixLetter(f *fmode) string {
	if f.isT {
		return "t"
	}
	return "f"
}

// nonASCIIName validates and normalizes an identifier with non-ASCII
// characters spanning src[start:end].
func (s *Scanner) nonASCIIName(start, end int) token.Token {
	text := s.src[start:end]
	first := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		ok := false
		if first {
			ok = r == '_' || isXIDStart(r)
		} else {
			ok = isXIDContinue(r)
		}
		first = false
		if !ok {
			if i+n < len(text) {
				s.pos = start + i + n
			}
			if isPrintable(r) {
				return s.fail(s.tokError("invalid character '"+string(r)+"' (U+"+hexRune(r)+")", s.pos))
			}
			return s.fail(s.tokError("invalid non-printable character U+"+hexRune(r), s.pos))
		}
		i += n
	}
	t := s.simple(token.NAME, start, end)
	t.Value = nfkc(text)
	if k := token.Lookup(t.Value); k != token.NAME {
		t.Kind = k
	}
	return t
}

// hexRune formats r as CPython's %04X.
func hexRune(r rune) string {
	h := strconv.FormatInt(int64(r), 16)
	b := []byte(h)
	for i, c := range b {
		if c >= 'a' && c <= 'f' {
			b[i] = c - 'a' + 'A'
		}
	}
	for len(b) < 4 {
		b = append([]byte{'0'}, b...)
	}
	return string(b)
}

func (s *Scanner) scanOperator(start int, c byte) token.Token {
	src := s.src
	c2 := s.at(start + 1)
	if c >= 0x80 || c < 0x20 && c != '\t' && c != '\f' {
		r, _ := utf8.DecodeRuneInString(src[start:])
		s.pos = start + 1
		return s.fail(s.tokError("invalid non-printable character U+"+hexRune(r), s.pos))
	}

	if f := s.current(); f != nil && f.exprStartDepth >= 0 && (c == ':' || c == '}' || c == '!' || c == '{') {
		cursor := f.bracketDepth
		if c != '{' {
			cursor--
		}
		if c == ':' && cursor == f.exprStartDepth {
			f.kind = modeFString
			f.inFormatSpec = true
			s.pos = start + 1
			return s.simple(token.COLON, start, start+1)
		}
	}
	if f := s.current(); f != nil && f.exprStartDepth >= 0 && c == '=' && c2 != '=' {
		f.inDebug = true
	}

	k, n := operator(c, c2, s.at(start+2))
	if k == token.ILLEGAL {
		s.pos = start + 1
		if c == '$' || c == '?' || c == '`' {
			// CPython passes these on as unknown operators and the
			// parser rejects them: an ILLEGAL token with no error.
			return s.simple(token.ILLEGAL, start, start+1)
		}
		return s.fail(s.tokError("invalid non-printable character U+"+hexRune(rune(c)), s.pos))
	}
	s.pos = start + n
	switch c {
	case '(', '[', '{':
		if s.level >= maxParenLevel {
			return s.fail(s.tokError("too many nested parentheses", s.pos))
		}
		s.parens[s.level] = paren{c: c, line: s.line, col: int32(start - s.lineStart)}
		s.level++
		if f := s.current(); f != nil {
			f.bracketDepth++
		}
	case ')', ']', '}':
		f := s.current()
		if f != nil && f.bracketDepth == 0 && c == '}' {
			return s.fail(s.tokError(prefixLetter(f)+"-string: single '}' is not allowed", s.pos))
		}
		if s.level == 0 {
			return s.fail(s.tokError("unmatched '"+string(rune(c))+"'", s.pos))
		}
		s.level--
		open := s.parens[s.level]
		if !(open.c == '(' && c == ')' || open.c == '[' && c == ']' || open.c == '{' && c == '}') {
			if f != nil && open.c == '{' && f.bracketDepth-1 == f.exprStartDepth {
				return s.fail(s.tokError(prefixLetter(f)+"-string: unmatched '"+string(rune(c))+"'", s.pos))
			}
			if open.line != s.line {
				return s.fail(s.tokError("closing parenthesis '"+string(rune(c))+"' does not match opening parenthesis '"+
					string(rune(open.c))+"' on line "+strconv.Itoa(int(open.line)), s.pos))
			}
			return s.fail(s.tokError("closing parenthesis '"+string(rune(c))+"' does not match opening parenthesis '"+
				string(rune(open.c))+"'", s.pos))
		}
		if f != nil {
			f.bracketDepth--
			if f.bracketDepth < 0 {
				return s.fail(s.tokError(prefixLetter(f)+"-string: unmatched '"+string(rune(c))+"'", s.pos))
			}
			if c == '}' && f.bracketDepth == f.exprStartDepth {
				f.exprStartDepth--
				f.kind = modeFString
				f.inFormatSpec = false
				f.inDebug = false
			}
		}
	}
	return s.simple(k, start, start+n)
}

// operator returns the operator starting with c, c2, c3 and its length.
func operator(c, c2, c3 byte) (token.Kind, int) {
	switch c {
	case '(':
		return token.LPAR, 1
	case ')':
		return token.RPAR, 1
	case '[':
		return token.LSQB, 1
	case ']':
		return token.RSQB, 1
	case '{':
		return token.LBRACE, 1
	case '}':
		return token.RBRACE, 1
	case ',':
		return token.COMMA, 1
	case ';':
		return token.SEMI, 1
	case '~':
		return token.TILDE, 1
	case ':':
		if c2 == '=' {
			return token.COLONEQUAL, 2
		}
		return token.COLON, 1
	case '+':
		if c2 == '=' {
			return token.PLUSEQUAL, 2
		}
		return token.PLUS, 1
	case '-':
		if c2 == '=' {
			return token.MINEQUAL, 2
		}
		if c2 == '>' {
			return token.RARROW, 2
		}
		return token.MINUS, 1
	case '*':
		if c2 == '*' {
			if c3 == '=' {
				return token.DOUBLESTAREQUAL, 3
			}
			return token.DOUBLESTAR, 2
		}
		if c2 == '=' {
			return token.STAREQUAL, 2
		}
		return token.STAR, 1
	case '/':
		if c2 == '/' {
			if c3 == '=' {
				return token.DOUBLESLASHEQUAL, 3
			}
			return token.DOUBLESLASH, 2
		}
		if c2 == '=' {
			return token.SLASHEQUAL, 2
		}
		return token.SLASH, 1
	case '|':
		if c2 == '=' {
			return token.VBAREQUAL, 2
		}
		return token.VBAR, 1
	case '&':
		if c2 == '=' {
			return token.AMPEREQUAL, 2
		}
		return token.AMPER, 1
	case '^':
		if c2 == '=' {
			return token.CIRCUMFLEXEQUAL, 2
		}
		return token.CIRCUMFLEX, 1
	case '%':
		if c2 == '=' {
			return token.PERCENTEQUAL, 2
		}
		return token.PERCENT, 1
	case '@':
		if c2 == '=' {
			return token.ATEQUAL, 2
		}
		return token.AT, 1
	case '=':
		if c2 == '=' {
			return token.EQEQUAL, 2
		}
		return token.EQUAL, 1
	case '!':
		if c2 == '=' {
			return token.NOTEQUAL, 2
		}
		return token.EXCLAMATION, 1
	case '<':
		if c2 == '=' {
			return token.LESSEQUAL, 2
		}
		if c2 == '<' {
			if c3 == '=' {
				return token.LEFTSHIFTEQUAL, 3
			}
			return token.LEFTSHIFT, 2
		}
		if c2 == '>' {
			return token.NOTEQUAL, 2 // "<>" (only valid with barry_as_FLUFL)
		}
		return token.LESS, 1
	case '>':
		if c2 == '=' {
			return token.GREATEREQUAL, 2
		}
		if c2 == '>' {
			if c3 == '=' {
				return token.RIGHTSHIFTEQUAL, 3
			}
			return token.RIGHTSHIFT, 2
		}
		return token.GREATER, 1
	}
	return token.ILLEGAL, 1
}
