package scanner

import (
	"strings"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/token"
)

// Error construction. CPython raises lexical errors in two ways, with
// different conventions, and both are reproduced here:
//
//   - errors raised by the tokenizer itself: offset is the number of
//     characters from the line start up to the tokenizer's cursor (so it
//     points at the character just read, 1-based), end offset equals offset,
//     and text is the line without its newline;
//   - errors the parser raises for a tokenizer status (indentation, tabs,
//     continuation, EOF): text keeps the newline and offsets follow the
//     parser's rules.

// lineEnd returns the offset of the newline ending the line that starts at
// lineStart (or len(src)).
func (s *Scanner) lineEnd(lineStart int) int {
	if i := strings.IndexByte(s.src[lineStart:], '\n'); i >= 0 {
		return lineStart + i
	}
	return len(s.src)
}

// lineNoNL returns the line starting at lineStart without its newline.
func (s *Scanner) lineNoNL(lineStart int) string {
	return s.src[lineStart:s.lineEnd(lineStart)]
}

// lineWithNL returns the line starting at lineStart with its newline.
func (s *Scanner) lineWithNL(lineStart int) string {
	e := s.lineEnd(lineStart)
	if e < len(s.src) {
		e++
	}
	return s.src[lineStart:e]
}

// charCol counts the characters between two offsets.
func (s *Scanner) charCol(from, to int) int {
	if to > len(s.src) {
		to = len(s.src)
	}
	if to < from {
		return 0
	}
	return utf8.RuneCountInString(s.src[from:to])
}

// tokError is the tokenizer's own syntax error with the cursor at cur on
// the current line.
func (s *Scanner) tokError(msg string, cur int) *Error {
	off := s.charCol(s.lineStart, cur)
	return &Error{Kind: "SyntaxError", Msg: msg, Filename: s.filename, Lineno: int(s.line), Offset: off,
		EndLineno: int(s.line), EndOffset: off, Text: s.lineNoNL(s.lineStart)}
}

// indentError is raised by the parser for a tab/indent tokenizer status:
// offset 1, end offset 0, the line with its newline.
func (s *Scanner) indentError(kind, msg string) token.Token {
	s.pos = s.lineEnd(s.lineStart)
	s.errStatus = true
	return s.fail(&Error{Kind: kind, Msg: msg, Lineno: int(s.line), Offset: 1, EndLineno: int(s.line), EndOffset: 0,
		Text: s.ErrorLine(int(s.line), s.curLine())})
}

// dedentError: the cursor is moved to the end of the line and the error
// uses it as offset, with no end offset.
func (s *Scanner) dedentError() token.Token {
	// The offset counts the tokenizer's buffer (newline included); the
	// text is read back from the source, as CPython reads it.
	buf := s.bufLine(s.lineStart)
	s.pos = s.lineStart + len(s.lineWithNL(s.lineStart))
	s.errStatus = true
	return s.fail(&Error{Kind: "IndentationError", Msg: "unindent does not match any outer indentation level",
		Lineno: int(s.line), Offset: utf8.RuneCountInString(buf), EndLineno: int(s.line), EndOffset: -1, Text: s.ErrorLine(int(s.line), s.curLine())})
}

// lineContError: a backslash at bs not followed by a newline.
func (s *Scanner) lineContError(bs int) token.Token {
	// The parser uses the byte offset of the character after the
	// backslash, made 1-based and converted to characters on the line.
	// At the very end of the input (NoImplicitNewline) no character was
	// read after the backslash, so the column is the backslash's own.
	text := s.ErrorLine(int(s.line), s.curLine())
	col := bs + 1 - s.lineStart + 1
	if s.noFinalNL() && bs+1 == len(s.src)-1 {
		col--
	}
	s.errStatus = true
	return s.fail(&Error{Kind: "SyntaxError", Msg: "unexpected character after line continuation character",
		Lineno: int(s.line), Offset: byteToCharOffset(text, col), EndLineno: int(s.line), EndOffset: 0, Text: text})
}

// eofError: backslash-newline at the end of input.
func (s *Scanner) eofError(bs int) *Error {
	if s.level > 0 {
		return s.unclosedError()
	}
	buf := s.bufLine(s.lineStart)
	s.errStatus = true
	return &Error{Kind: "SyntaxError", Msg: "unexpected EOF while parsing", Lineno: int(s.line),
		Offset: utf8.RuneCountInString(buf), EndLineno: int(s.line), EndOffset: -1, Text: s.ErrorLine(int(s.line), s.curLine())}
}

// unclosedError reports the innermost open bracket at the end of input.
func (s *Scanner) unclosedError() *Error {
	p := s.parens[s.level-1]
	s.errStatus = true
	return s.ErrorAt("SyntaxError", "'"+string(rune(p.c))+"' was never closed", token.Pos{Line: p.line, Col: p.col}, token.Pos{Line: p.line, Col: -1})
}

// byteToCharOffset converts a 1-based byte offset on line into characters
// the way CPython does: the first n bytes (clamped to the line length
// plus one) decoded with replacement, counted.
func byteToCharOffset(line string, n int) int {
	if n > len(line)+1 {
		n = len(line) + 1
	}
	if n > len(line) {
		return utf8.RuneCountInString(line) + (n - len(line))
	}
	if n <= 0 {
		return n
	}
	return len([]rune(replaceInvalid([]byte(line[:n]))))
}

// ErrorAt builds an error located at start..end (0-based byte columns) as
// CPython's parser raises it (RAISE_ERROR_KNOWN_LOCATION): Offset and
// EndOffset are 1-based character columns computed on the line of start,
// Text is that line with its newline. An end column of -1 gives
// EndOffset 0 (CPython's "unknown"); an end line of 0 gives EndLineno
// equal to the start line.
func (s *Scanner) ErrorAt(kind, msg string, start, end token.Pos) *Error {
	text := s.ErrorLine(int(start.Line), s.curLine())
	e := &Error{Kind: kind, Msg: msg, Filename: s.filename, Lineno: int(start.Line), Text: text}
	e.Offset = byteToCharOffset(text, int(start.Col)+1)
	e.EndLineno = int(end.Line)
	if end.Line == 0 {
		e.EndLineno = e.Lineno
	}
	if end.Col >= 0 {
		etext := text
		if end.Line != start.Line && end.Line > 0 {
			etext = s.ErrorLine(int(end.Line), s.curLine())
		}
		e.EndOffset = byteToCharOffset(etext, int(end.Col)+1)
	}
	return e
}

func (s *Scanner) buildLines() {
	if s.lines != nil {
		return
	}
	n := strings.Count(s.src, "\n")
	s.lines = make([]int32, 1, n+2)
	for i := 0; i < len(s.src); i++ {
		if s.src[i] == '\n' {
			s.lines = append(s.lines, int32(i+1))
		}
	}
}

// LineText returns source line number line (1-based) with its trailing
// newline, as SyntaxError.text shows it for errors the parser raises; ""
// for a line outside the source.
func (s *Scanner) LineText(line int) string {
	s.buildLines()
	if line < 1 || line > len(s.lines) {
		return ""
	}
	start := int(s.lines[line-1])
	if start >= len(s.src) {
		return ""
	}
	text := s.lineWithNL(start)
	if s.addedFinalNL && start+len(text) == len(s.src) {
		// CPython reads error lines back from the source, which has no
		// newline after its last line.
		text = strings.TrimSuffix(text, "\n")
	}
	return text
}

// ErrorLine returns the SyntaxError.text CPython gives an error the parser
// raises on line line while its tokenizer stands on line cur (its last
// line read), which is also the text it converts columns with:
//
//   - normally (compile() in the exec mode, `python3.14 FILE`) the line is
//     read back from the source file: LineText, or cur's line when line
//     lies past the end;
//   - with NoImplicitNewline (the other modes, which never read the file)
//     or BufferText it comes from the tokenizer's buffers: the current line, newline
//     included, when line >= cur, else line without its newline.
func (s *Scanner) ErrorLine(line, cur int) string {
	if s.mode&(NoImplicitNewline|BufferText) == 0 {
		if text := s.LineText(line); text != "" {
			return text
		}
		return s.LineText(cur)
	}
	s.buildLines()
	if line >= cur {
		if cur < 1 || cur > len(s.lines) {
			return ""
		}
		return s.bufLine(int(s.lines[cur-1]))
	}
	if line < 1 {
		return ""
	}
	return s.lineNoNL(int(s.lines[line-1]))
}

// bufLine is the line starting at lineStart as the tokenizer holds it:
// with its newline, unless that newline was added by us and CPython does
// not add one (NoImplicitNewline).
func (s *Scanner) bufLine(lineStart int) string {
	text := s.lineWithNL(lineStart)
	if s.noFinalNL() && lineStart+len(text) == len(s.src) {
		text = strings.TrimSuffix(text, "\n")
	}
	return text
}

// noFinalNL reports whether the newline ending s.src is ours only: the
// text lacked it and CPython does not add it in this mode.
func (s *Scanner) noFinalNL() bool {
	return s.addedFinalNL && s.mode&NoImplicitNewline != 0
}

// curLine is the line CPython's tokenizer last read: the scanner's line,
// or the last line once the scanner has passed the end.
func (s *Scanner) curLine() int {
	s.buildLines()
	n := len(s.lines) - 1 // lines start after each newline; src ends in one
	if n < 1 {
		n = 1
	}
	if int(s.line) > n {
		return n
	}
	return int(s.line)
}

// ErrIsStatus reports whether the scanner's error is one CPython's
// tokenizer only signals through its status, for the parser to raise
// (indentation and tab errors, a bad line continuation, the end of input
// after a continuation or inside brackets), rather than raising it
// itself. After a failed parse CPython tokenizes the rest of the source
// and lets only raised errors replace the parser's.
func (s *Scanner) ErrIsStatus() bool { return s.err != nil && s.errStatus }

// InFString reports whether the scanner is inside an f- or t-string.
func (s *Scanner) InFString() bool { return len(s.modes) > 0 }

// UnclosedBracketError returns the "'(' was never closed" error for the
// innermost open bracket, or nil when none is open.
func (s *Scanner) UnclosedBracketError() *Error {
	if s.level == 0 {
		return nil
	}
	e := s.unclosedError()
	e.Filename = s.filename
	return e
}

// CharOffset converts a 0-based byte column on a line into a 0-based
// character column.
func (s *Scanner) CharOffset(line int, byteCol int) int {
	text := s.LineText(line)
	if byteCol <= 0 {
		return byteCol
	}
	if byteCol > len(text) {
		return utf8.RuneCountInString(text) + byteCol - len(text)
	}
	return utf8.RuneCountInString(text[:byteCol])
}
