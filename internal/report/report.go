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

// SyntaxError formats e as CPython 3.14 does for an uncaught SyntaxError:
//
//	  File "NAME", line N
//	    source line
//	        ^^^^
//	SyntaxError: message
func SyntaxError(e *scanner.Error) string {
	var b strings.Builder
	if e.Lineno > 0 {
		name := e.Filename
		if name == "" {
			name = "<string>"
		}
		b.WriteString(`  File "` + name + `", line ` + strconv.Itoa(e.Lineno) + "\n")
	}
	if !e.NoText && e.Text != "" {
		writeSourceAndCarets(&b, e)
	}
	b.WriteString(e.Kind)
	if e.Msg != "" {
		b.WriteString(": " + e.Msg)
	}
	b.WriteString("\n")
	return b.String()
}

// writeSourceAndCarets writes the offending line without its indentation
// and, when the error has a column, a caret line under the error's range.
func writeSourceAndCarets(b *strings.Builder, e *scanner.Error) {
	rtext := strings.TrimRight(e.Text, "\n")
	ltext := strings.TrimLeft(rtext, " \n\f")
	// Offsets count characters, so work on runes.
	rr := []rune(rtext)
	lr := []rune(ltext)
	spaces := len(rr) - len(lr)
	textLen := utf8.RuneCountInString(e.Text)
	b.WriteString("    " + ltext + "\n")
	if e.Offset == 0 {
		return
	}
	offset := e.Offset
	var end int
	if e.Lineno == e.EndLineno {
		end = e.EndOffset
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
