// Package report formats errors the way CPython prints them to stderr.
// For now it holds the SyntaxError report (the last lines of a traceback,
// as traceback.format_exception_only writes them); the traceback printer of
// the VM will join it here.
package report

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/scanner"
)

// SyntaxError formats e as CPython 3.14 does for an uncaught SyntaxError
// when the program's source is not known (no keyword-typo hints):
//
//	  File "NAME", line N
//	    source line
//	        ^^^^
//	SyntaxError: message
func SyntaxError(e *scanner.Error) string {
	return SyntaxErrorWithSource(e, nil)
}

// SyntaxErrorWithSource is SyntaxError for an error found in src: a
// generic "invalid syntax" may become "invalid syntax. Did you mean
// 'KEYWORD'?" pointing at a misspelt keyword, as the traceback module of
// CPython 3.14 finds them.
func SyntaxErrorWithSource(e *scanner.Error, src *Source) string {
	var b strings.Builder
	if e.Lineno > 0 {
		name := e.Filename
		if name == "" {
			name = "<string>"
		}
		b.WriteString(`  File "` + name + `", line ` + strconv.Itoa(e.Lineno) + "\n")
	}
	msg := e.Msg
	if !e.NoText {
		v := caretView{text: e.Text, offset: e.Offset, endOffset: e.EndOffset, sameLine: e.Lineno == e.EndLineno}
		if fix, ok := findKeywordTypo(e, src); ok {
			// The fix's position is on one line of its own.
			v = caretView{text: fix.text, offset: fix.offset, endOffset: fix.endOffset, sameLine: true}
			msg = fix.msg
		}
		if v.text != "" {
			writeSourceAndCarets(&b, v)
		}
	}
	b.WriteString(e.Kind)
	if msg != "" {
		b.WriteString(": " + msg)
	}
	b.WriteString("\n")
	return b.String()
}

// caretView is what the caret line is drawn from.
type caretView struct {
	text              string
	offset, endOffset int
	sameLine          bool // lineno == end_lineno
}

// writeSourceAndCarets writes the offending line without its indentation
// and, when the error has a column, a caret line under the error's range.
func writeSourceAndCarets(b *strings.Builder, e caretView) {
	rtext := strings.TrimRight(e.text, "\n")
	ltext := strings.TrimLeft(rtext, " \n\f")
	// Offsets count characters, so work on runes.
	rr := []rune(rtext)
	lr := []rune(ltext)
	spaces := len(rr) - len(lr)
	textLen := utf8.RuneCountInString(e.text)
	b.WriteString("    " + ltext + "\n")
	if e.offset == 0 {
		return
	}
	offset := e.offset
	var end int
	if e.sameLine {
		end = e.endOffset
		if end == 0 {
			end = offset
		}
	} else {
		end = len(rr) + 1
	}
	if offset > textLen {
		offset = len(rr) + 1
	}
	if end > textLen {
		end = len(rr) + 1
	}
	if offset >= end || end < 0 {
		end = offset + 1
	}
	col := offset - 1 - spaces
	endCol := end - 1 - spaces
	if col < 0 {
		return
	}
	b.WriteString("    ")
	for i := 0; i < col; i++ {
		// Whitespace such as tabs is kept so the carets line up.
		if i < len(lr) && unicode.IsSpace(lr[i]) {
			b.WriteRune(lr[i])
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteString(strings.Repeat("^", endCol-col))
	b.WriteString("\n")
}
