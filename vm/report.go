package vm

import (
	"strings"

	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/scanner"
)

// TracebackChain describes an uncaught exception and the exceptions it
// chains to (cause/context), oldest first, for report.Traceback.
func (in *Interp) TracebackChain(e *py.Exception) []report.TBException {
	t := in.main
	var chain []report.TBException
	seen := map[*py.Exception]bool{}
	var walk func(e *py.Exception)
	walk = func(e *py.Exception) {
		seen[e] = true
		if c := e.Cause(); c != nil && !seen[c] {
			walk(c)
			chain[len(chain)-1].Link = report.LinkCause
		} else if c := e.Context(); c != nil && !e.SuppressContext() && !seen[c] {
			walk(c)
			chain[len(chain)-1].Link = report.LinkContext
		}
		chain = append(chain, report.TBException{Frames: tbFrames(e), Summary: in.summary(t, e)})
	}
	walk(e)
	return chain
}

func tbFrames(e *py.Exception) []report.TBFrame {
	var out []report.TBFrame
	for tb := asTraceback(e.Traceback()); tb != nil; tb = asTraceback(tb.Next) {
		c := tb.Frame.code
		f := report.TBFrame{Filename: c.B.Filename, Name: c.B.Name, Line: tb.Lineno, EndLine: tb.Lineno, Col: -1, EndCol: -1}
		if tb.Pc >= 0 && tb.Pc < len(c.B.Locs) {
			l := c.B.Locs[tb.Pc]
			f.EndLine, f.Col, f.EndCol = int(l.EndLine), int(l.Col), int(l.EndCol)
		}
		out = append(out, f)
	}
	return out
}

func excTypeName(typ *py.Type) string {
	if typ.Module == "" || typ.Module == "builtins" || typ.Module == "__main__" {
		return typ.Qualname
	}
	return typ.Module + "." + typ.Qualname
}

func (in *Interp) summary(t *Thread, e *py.Exception) string {
	name := excTypeName(e.Type())
	var b strings.Builder
	if e.Matches(py.SyntaxErrorType) {
		se := &scanner.Error{Kind: name}
		se.Msg, _ = fieldStr(t, e, "msg")
		se.Filename, _ = fieldStr(t, e, "filename")
		se.Lineno = fieldInt(e, "lineno")
		se.Offset = fieldInt(e, "offset")
		se.EndLineno = fieldInt(e, "end_lineno")
		se.EndOffset = fieldInt(e, "end_offset")
		text, ok := fieldStr(t, e, "text")
		se.Text = text
		se.NoText = !ok
		b.WriteString(strings.TrimSuffix(report.SyntaxError(se), "\n"))
	} else {
		s, exc := py.StrS(t.P, e.Obj())
		if exc != nil {
			s = "<exception str() failed>"
		}
		b.WriteString(name)
		if s != "" {
			b.WriteString(": " + s)
		}
	}
	if notes := e.Dict().GetStr(py.Intern("__notes__")); !notes.IsNil() {
		if items, exc := py.SequenceItems(t.P, notes); exc == nil {
			for _, n := range items {
				s, exc := py.StrS(t.P, n)
				if exc != nil {
					s = "<note str() failed>"
				}
				b.WriteString("\n" + s)
			}
		}
	}
	return b.String()
}

func fieldStr(t *Thread, e *py.Exception, name string) (string, bool) {
	v := e.Field(name)
	if v.IsNil() || v.IsNone() {
		return "", false
	}
	s, exc := py.StrS(t.P, v)
	return s, exc == nil
}

func fieldInt(e *py.Exception, name string) int {
	v := e.Field(name)
	if n, ok := py.AsInt64(v); ok && !v.IsNil() {
		return int(n)
	}
	return 0
}

// ExitStatus handles an uncaught exception as CPython's main does: for
// SystemExit it prints a non-int code to stderr and returns the status;
// otherwise it prints the traceback and returns 1.
func (in *Interp) ExitStatus(e *py.Exception, src *report.SourceLines) int {
	in.stdout.flush()
	t := in.main
	if e.Matches(py.SystemExitType) {
		code := e.Field("code")
		if code.IsNil() || code.IsNone() {
			return 0
		}
		if py.IsInt(code) {
			n, ok := py.AsInt64(code)
			if !ok {
				return 1
			}
			return int(n & 0xFF)
		}
		s, exc := py.StrS(t.P, code)
		if exc == nil {
			in.stderr.write(s + "\n")
		}
		in.stderr.flush()
		return 1
	}
	in.stderr.write(report.Traceback(in.TracebackChain(e), src))
	in.stderr.flush()
	return 1
}
