package vm

import (
	"sort"
	"strings"

	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/scanner"
)

// TracebackChain describes an uncaught exception and the exceptions it
// chains to (cause/context), oldest first, for report.Traceback.
func (in *Interp) TracebackChain(e *py.Exception) []report.TBException {
	return in.tracebackChain(in.main, e)
}

// tracebackChain is TracebackChain computed on thread t (str() of the
// exceptions may run Python code, which must run on the calling thread).
func (in *Interp) tracebackChain(t *Thread, e *py.Exception) []report.TBException {
	return in.chainOf(t, e, map[*py.Exception]bool{}, 0)
}

// tbNode is one exception of the tree the traceback module builds
// (TracebackException): its cause or context and, for a group, its
// sub-exceptions.
type tbNode struct {
	e              *py.Exception
	cause, context *tbNode
	subs           []*tbNode
	depth          int // group nesting
}

// chainOf builds what is printed for e in the order the traceback module
// builds it: a queue (last in, first out) of exceptions whose cause (or,
// when there is none and the context is not suppressed, context) is
// followed unless already seen, and whose sub-exceptions are always
// included.
func (in *Interp) chainOf(t *Thread, e *py.Exception, seen map[*py.Exception]bool, depth int) []report.TBException {
	root := &tbNode{e: e}
	seen[e] = true
	queue := []*tbNode{root}
	for len(queue) > 0 {
		n := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		if c := n.e.Cause(); c != nil && !seen[c] {
			seen[c] = true
			n.cause = &tbNode{e: c, depth: n.depth}
		}
		if c := n.e.Context(); n.cause == nil && c != nil && !n.e.SuppressContext() && !seen[c] {
			seen[c] = true
			n.context = &tbNode{e: c, depth: n.depth}
		}
		// Groups nested deeper than printed are not expanded.
		if n.e.Matches(py.BaseExceptionGroupType) && n.depth <= report.MaxGroupDepth+1 {
			if subs, ok := py.AsTuple(n.e.Field("exceptions")); ok {
				for k, sub := range subs.Items() {
					if k > report.MaxGroupWidth {
						break
					}
					if se := py.AsException(sub); se != nil {
						seen[se] = true
						n.subs = append(n.subs, &tbNode{e: se, depth: n.depth + 1})
					}
				}
			}
		}
		if n.cause != nil {
			queue = append(queue, n.cause)
		}
		if n.context != nil {
			queue = append(queue, n.context)
		}
		for k := len(n.subs) - 1; k >= 0; k-- {
			queue = append(queue, n.subs[k])
		}
	}
	return in.chainFrom(t, root)
}

// chainFrom turns a node and the exceptions it chains to into the chain
// report.Traceback prints, oldest first.
func (in *Interp) chainFrom(t *Thread, n *tbNode) []report.TBException {
	var rev []report.TBException
	for n != nil {
		te := report.TBException{Frames: tbFrames(n.e), Summary: in.summary(t, n.e)}
		if n.e.Matches(py.BaseExceptionGroupType) {
			te.IsGroup = true
			if subs, ok := py.AsTuple(n.e.Field("exceptions")); ok {
				te.GroupSize = subs.Len()
			}
			for _, s := range n.subs {
				te.Group = append(te.Group, in.chainFrom(t, s))
			}
		}
		next := n.cause
		link := report.LinkCause
		if next == nil {
			next, link = n.context, report.LinkContext
		}
		if next == nil {
			link = ""
		}
		te.Link = link
		rev = append(rev, te)
		n = next
	}
	// rev is newest first; each entry's Link says how it was reached from
	// the next older one, which is where Traceback expects it.
	chain := make([]report.TBException, len(rev))
	for i := range rev {
		chain[i] = rev[len(rev)-1-i]
	}
	for i := 0; i < len(chain)-1; i++ {
		chain[i].Link = chain[i+1].Link
	}
	if len(chain) > 0 {
		chain[len(chain)-1].Link = ""
	}
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
	mod := typ.Module
	if v := typ.Dict.GetStr(py.Intern("__module__")); !v.IsNil() {
		if ms, ok := py.AsStr(v); ok {
			mod = ms.String()
		} else {
			mod = "<unknown>"
		}
	}
	if mod == "" || mod == "builtins" || mod == "__main__" {
		return typ.Qualname
	}
	return mod + "." + typ.Qualname
}

// summary is the traceback module's format_exception_only: "Type: str",
// the "Did you mean" hints, then the notes.
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
		} else {
			s += in.suggestion(t, e)
		}
		b.WriteString(name)
		if s != "" {
			b.WriteString(": " + s)
		}
	}
	notes, nexc := py.GetAttrOpt(t.P, e.Obj(), "__notes__")
	if nexc != nil {
		r, rexc := py.ReprS(t.P, nexc.Obj())
		if rexc != nil {
			r = "<__notes__ repr() failed>"
		}
		notes = py.NewList([]Object{py.NewStrObj("Ignored error getting __notes__: " + r)}).Obj()
	}
	switch {
	case notes.IsNil() || notes.IsNone():
	case isNoteSequence(notes):
		items, exc := py.SequenceItems(t.P, notes)
		if exc != nil {
			break
		}
		for _, n := range items {
			s, exc := py.StrS(t.P, n)
			if exc != nil {
				s = "<note str() failed>"
			}
			b.WriteString("\n" + s)
		}
	default:
		s, exc := py.ReprS(t.P, notes)
		if exc != nil {
			s = "<__notes__ repr() failed>"
		}
		b.WriteString("\n" + s)
	}
	return b.String()
}

// isNoteSequence: __notes__ is printed note by note when it is a
// collections.abc.Sequence other than str and bytes.
func isNoteSequence(o Object) bool {
	typ := o.Type()
	if typ.IsSubtype(py.StrType) || typ.IsSubtype(py.BytesType) {
		return false
	}
	return typ.IsSubtype(py.ListType) || typ.IsSubtype(py.TupleType) || typ.IsSubtype(py.RangeType)
}

// suggestion is the hint the traceback module appends to a NameError,
// AttributeError or ImportError message: ". Did you mean: 'x'?" for the
// nearest name by edit distance among the names that were visible, and
// for a NameError naming a standard module, "Did you forget to import".
func (in *Interp) suggestion(t *Thread, e *py.Exception) string {
	var wrong Object
	switch {
	case e.Matches(py.ImportErrorType):
		wrong = e.Field("name_from")
	case e.Matches(py.NameErrorType), e.Matches(py.AttributeErrorType):
		wrong = e.Field("name")
	default:
		return ""
	}
	ws, ok := py.AsStr(wrong)
	if !ok || wrong.IsNil() {
		return ""
	}
	name := ws.String()
	var cands []string
	names := func(o Object) {
		items, exc := py.SequenceItems(t.P, o)
		if exc != nil {
			return
		}
		for _, it := range items {
			if s, ok := py.AsStr(it); ok {
				cands = append(cands, s.String())
			}
		}
	}
	dir := func(o Object) bool {
		d, exc := t.callObject(in.Builtins.Dict.GetStr(py.Intern("dir")), []Object{o}, nil)
		if exc != nil {
			return false
		}
		names(d)
		sort.Strings(cands)
		return true
	}
	hideUnderscored := func() {
		if strings.HasPrefix(name, "_") {
			return
		}
		kept := cands[:0]
		for _, c := range cands {
			if !strings.HasPrefix(c, "_") {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	lastFrame := func() *FrameObject {
		var last *Traceback
		for tb := asTraceback(e.Traceback()); tb != nil; tb = asTraceback(tb.Next) {
			last = tb
		}
		if last == nil {
			return nil
		}
		return last.Frame
	}
	var hint string
	switch {
	case e.Matches(py.AttributeErrorType):
		obj := e.Field("obj")
		if obj.IsNil() || !dir(obj) {
			return ""
		}
		hide := !strings.HasPrefix(name, "_")
		if fo := lastFrame(); hide && fo != nil {
			if d, ok := py.AsDict(fo.localsDict(t.P)); ok {
				if self := d.GetStr(py.Intern("self")); !self.IsNil() && self.Is(obj) {
					hide = false
				}
			}
		}
		if hide {
			hideUnderscored()
		}
		hint = report.ClosestName(cands, name)
	case e.Matches(py.ImportErrorType):
		mn, ok := py.AsStr(e.Field("name"))
		if !ok {
			return ""
		}
		m := in.Modules.GetStr(py.Intern(mn.String()))
		if m.IsNil() || !dir(m) {
			return ""
		}
		hideUnderscored()
		hint = report.ClosestName(cands, name)
	default:
		fo := lastFrame()
		if fo == nil {
			return ""
		}
		locals := fo.localsDict(t.P)
		names(locals)
		names(fo.globals.Obj())
		names(builtinsOf(in, fo.globals).Obj())
		if d, ok := py.AsDict(locals); ok {
			if self := d.GetStr(py.Intern("self")); !self.IsNil() {
				if v, exc := py.GetAttrOpt(t.P, self, name); exc == nil && !v.IsNil() {
					hint = "self." + name
				}
			}
		}
		if hint == "" {
			hint = report.ClosestName(cands, name)
		}
		var s string
		if hint != "" {
			s = ". Did you mean: '" + hint + "'?"
		}
		if report.IsStdlibModule(name) {
			if hint != "" {
				s += " Or did you forget to import '" + name + "'?"
			} else {
				s += ". Did you forget to import '" + name + "'?"
			}
		}
		return s
	}
	if hint == "" {
		return ""
	}
	return ". Did you mean: '" + hint + "'?"
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
// SystemExit it prints a non-int code to sys.stderr and returns the
// status; otherwise it passes the exception to sys.excepthook (which, left
// alone, prints the traceback) and returns 1, or 130 for
// KeyboardInterrupt (CPython re-raises SIGINT, which shells report as 130).
func (in *Interp) ExitStatus(e *py.Exception, src *report.SourceLines) int {
	in.flushStd(in.stdout)
	t := in.main
	if e.Matches(py.SystemExitType) {
		return in.systemExitStatus(t, e)
	}
	status := 1
	if e.Matches(py.KeyboardInterruptType) {
		status = 130
	}
	d := in.Sys.Dict
	d.SetStr(py.Intern("last_exc"), e.Obj())
	d.SetStr(py.Intern("last_type"), e.Type().Obj())
	d.SetStr(py.Intern("last_value"), e.Obj())
	tb := e.Traceback()
	if tb.IsNil() {
		tb = py.None
	}
	d.SetStr(py.Intern("last_traceback"), tb)
	hook := d.GetStr(py.Intern("excepthook"))
	switch {
	case hook.IsNil() || hook.IsNone():
		t.WriteStderr("sys.excepthook is missing\n")
		t.WriteStderr(report.Traceback(in.tracebackChain(t, e), src))
	case hook.Is(in.defaultExceptHook):
		t.WriteStderr(report.Traceback(in.tracebackChain(t, e), src))
	default:
		if _, herr := t.callObject(hook, []Object{e.Type().Obj(), e.Obj(), tb}, nil); herr != nil {
			if herr.Matches(py.SystemExitType) {
				return in.systemExitStatus(t, herr)
			}
			t.WriteStderr("Error in sys.excepthook:\n")
			t.WriteStderr(report.Traceback(in.tracebackChain(t, herr), src))
			t.WriteStderr("\nOriginal exception was:\n")
			t.WriteStderr(report.Traceback(in.tracebackChain(t, e), src))
		}
	}
	in.Flush()
	return status
}

// systemExitStatus is the exit status of an uncaught SystemExit: its code
// None is 0, an int is the status (the OS keeps the low byte; one too big
// for a C long is -1), anything else is printed to sys.stderr and is 1.
func (in *Interp) systemExitStatus(t *Thread, e *py.Exception) int {
	code := e.Field("code")
	if code.IsNil() || code.IsNone() {
		return 0
	}
	if py.IsInt(code) {
		n, ok := py.AsInt64(code)
		if !ok {
			n = -1
		}
		return int(n & 0xFF)
	}
	s, exc := py.StrS(t.P, code)
	if exc == nil {
		t.WriteStderr(s + "\n")
	} else {
		t.WriteStderr("\n")
	}
	in.flushStd(in.stderr)
	return 1
}
