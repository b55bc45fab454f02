package vm

import (
	"strconv"
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// Frame is the record of one active Python frame. Records are pooled per
// thread (t.frames) and reused, so a call allocates nothing; generator
// frames are heap records owned by their generator.
type Frame struct {
	code     *Code
	fn       *Function
	regs     []Object // len = NRegs; cap reaches to the end of its chunk
	pc       int
	ret      int // caller register receiving the result
	globals  *py.Dict
	builtins *py.Dict
	locals   Object // module/class bodies: the locals mapping
	entry    bool   // run() returns when this frame returns
	gen      *Generator
	fobj     *FrameObject
	lastpc   int    // pc of the instruction executing (for tracebacks)
	initSelf Object // __init__ frame of a class call made by the eval loop: the instance it returns
	// genInline: a generator frame resumed by FOR_ITER inside its caller's
	// eval loop (not by resume); genSaved is the caller's handled exception,
	// restored when the generator yields, returns or raises.
	genInline bool
	genSaved  *py.Exception
}

// Thread is the VM's per-thread state.
type Thread struct {
	P       *py.Thread
	interp  *Interp
	frames  []*Frame // pool; frames[:n] are active
	n       int
	chunk   []Object // register stack for frames not placed in a caller's window
	handled *py.Exception
	scratch []Object
	ts      threadState // threads.go: identity, contextvars context, GIL
	// panicResumes counts recovered Go panics being unwound (runmain.go).
	panicResumes int
	// pad rounds the size up to a multiple of the cache line (192 bytes)
	// so that threads allocated back to back never share a line (n is
	// written on every call).
	_ [48]byte
}

const chunkSize = 1 << 15

func newThread(in *Interp) *Thread {
	t := &Thread{P: py.NewThread(), interp: in}
	t.P.VM = t
	return t
}

// vt returns the VM thread of a py.Thread (creating one for foreign ones).
func vt(p *py.Thread) *Thread {
	if p != nil {
		if t, ok := p.VM.(*Thread); ok {
			return t
		}
	}
	t := newThread(defaultInterp)
	if p != nil {
		t.P = p
		p.VM = t
	}
	return t
}

func (t *Thread) top() *Frame {
	if t.n == 0 {
		return nil
	}
	return t.frames[t.n-1]
}

// window returns room for n registers above the innermost frame.
func (t *Thread) window(n int) []Object {
	if f := t.top(); f != nil && f.gen == nil {
		if rest := f.regs[len(f.regs):cap(f.regs)]; len(rest) >= n {
			return rest
		}
	} else if f == nil && t.chunk != nil && len(t.chunk) >= n {
		return t.chunk
	}
	size := chunkSize
	if n > size {
		size = n
	}
	c := make([]Object, size)
	if t.n == 0 {
		t.chunk = c
	}
	return c
}

func (t *Thread) pushFrame() *Frame {
	if t.n == len(t.frames) {
		t.frames = append(t.frames, &Frame{})
	} else if t.frames[t.n] == nil {
		t.frames[t.n] = &Frame{}
	} else {
		*t.frames[t.n] = Frame{} // popFrame leaves records as they were
	}
	f := t.frames[t.n]
	t.n++
	return f
}

// pushCall pushes the frame of a Python function called by the eval loop.
// It writes only the fields a pooled record may have stale (cheaper than
// clearing the whole record on pop and filling it on push).
func (t *Thread) pushCall(fn *Function, regs []Object, ret int, initSelf Object) *Frame {
	if t.n == len(t.frames) {
		t.frames = append(t.frames, &Frame{})
	} else if t.frames[t.n] == nil {
		t.frames[t.n] = &Frame{}
	}
	f := t.frames[t.n]
	t.n++
	// Field by field: a composite literal is built on the stack and copied.
	// A pooled record has gen, fobj, locals, initSelf, genInline and
	// genSaved clear (popFrame); entry, pc and lastpc may be stale.
	f.code, f.fn, f.regs, f.globals, f.builtins = fn.Code, fn, regs, fn.Globals, fn.Builtins
	f.ret, f.pc, f.entry = ret, 0, false
	if !initSelf.IsNil() {
		f.initSelf = initSelf
	}
	return f
}

func (t *Thread) popFrame() {
	t.n--
	f := t.frames[t.n]
	if f.gen != nil {
		// A generator's frame survives its suspension; the pool slot is
		// refilled with a fresh record on the next push.
		t.frames[t.n] = nil
		if f.gen.done && f.fobj != nil {
			f.fobj.detach(f)
		}
		return
	}
	if f.fobj != nil {
		f.fobj.detach(f)
		f.fobj = nil
	}
	// The record is not cleared here: pushFrame clears it, pushCall
	// overwrites the fields that can be stale.
	// What it still points to (code, registers) is shared or reused
	// anyway; initSelf and locals may hold objects, so drop those.
	f.initSelf, f.locals = nilObj, nilObj
}

// ---------------------------------------------------------------- argument binding

// bindArgs places the call's arguments into regs (the callee's fresh
// registers) following fn's signature. args may alias regs (positional
// arguments already in place); it is copied first when it does.
func (t *Thread) bindArgs(fn *Function, regs []Object, args []Object, kw *py.Tuple) *py.Exception {
	c := fn.Code
	b := c.B
	nkw := kw.Len()
	npos := len(args) - nkw
	if c.simple && nkw == 0 && npos == b.ArgCount {
		// Fast path: arguments in place (or copied), the rest cleared.
		if len(args) > 0 && &args[0] != &regs[0] {
			copy(regs, args)
		}
		clear(regs[npos:])
		return nil
	}
	// General path: copy the arguments aside.
	buf := append(t.scratch[:0], args...)
	t.scratch = buf[:0]
	args = buf
	clear(regs)
	nargs := b.ArgCount
	if npos > nargs && b.Flags&bytecode.Varargs == 0 {
		return t.tooManyPositional(fn, npos, args[npos:], kw)
	}
	n := min(npos, nargs)
	copy(regs, args[:n])
	slot := nargs + b.KwOnlyArgCount
	if b.Flags&bytecode.Varargs != 0 {
		if npos > nargs {
			regs[slot] = py.NewTuple(args[nargs:npos]...).Obj()
		} else {
			regs[slot] = py.NewTuple().Obj()
		}
		slot++
	}
	var kwdict *py.Dict
	if b.Flags&bytecode.Varkeywords != 0 {
		kwdict = py.NewDict()
		regs[slot] = kwdict.Obj()
	}
	var posonlyKw []string
	for i := 0; i < nkw; i++ {
		name := kw.Items()[i]
		ns, _ := py.AsStr(name)
		found := -1
		for j := b.PosOnlyArgCount; j < nargs+b.KwOnlyArgCount; j++ {
			if c.varnames[j] == ns || c.varnames[j].String() == ns.String() {
				found = j
				break
			}
		}
		if found < 0 {
			if kwdict != nil {
				if exc := kwdict.Set(t.P, name, args[npos+i]); exc != nil {
					return exc
				}
				continue
			}
			for j := 0; j < b.PosOnlyArgCount; j++ {
				if c.varnames[j].String() == ns.String() {
					posonlyKw = append(posonlyKw, ns.String())
					found = j
					break
				}
			}
			if found >= 0 {
				continue
			}
			return py.TypeError("%s() got an unexpected keyword argument '%s'", fn.qual(), ns.String())
		}
		if !regs[found].IsNil() {
			return py.TypeError("%s() got multiple values for argument '%s'", fn.qual(), ns.String())
		}
		regs[found] = args[npos+i]
	}
	if len(posonlyKw) > 0 {
		return py.TypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", fn.qual(), strings.Join(posonlyKw, ", "))
	}
	// Defaults.
	ndef := fn.Defaults.Len()
	var missing []string
	for j := n; j < nargs; j++ {
		if regs[j].IsNil() {
			if d := j - (nargs - ndef); d >= 0 {
				regs[j] = fn.Defaults.Items()[d]
			} else {
				missing = append(missing, c.varnames[j].String())
			}
		}
	}
	if len(missing) > 0 {
		return missingErr(fn, missing, "positional")
	}
	for j := nargs; j < nargs+b.KwOnlyArgCount; j++ {
		if regs[j].IsNil() {
			if fn.KwDefaults != nil {
				if v := fn.KwDefaults.GetStr(c.varnames[j]); !v.IsNil() {
					regs[j] = v
					continue
				}
			}
			missing = append(missing, c.varnames[j].String())
		}
	}
	if len(missing) > 0 {
		return missingErr(fn, missing, "keyword-only")
	}
	return nil
}

func (f *Function) qual() string {
	s, _ := py.AsStr(f.QualName)
	if s == nil {
		return "?"
	}
	return s.String()
}

func missingErr(fn *Function, names []string, kind string) *py.Exception {
	var list string
	switch len(names) {
	case 1:
		list = "'" + names[0] + "'"
	case 2:
		list = "'" + names[0] + "' and '" + names[1] + "'"
	default:
		var b strings.Builder
		for i, n := range names {
			if i == len(names)-1 {
				b.WriteString("and '" + n + "'")
			} else {
				b.WriteString("'" + n + "', ")
			}
		}
		list = b.String()
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return py.TypeError("%s() missing %d required %s argument%s: %s", fn.qual(), len(names), kind, s, list)
}

func (t *Thread) tooManyPositional(fn *Function, given int, kwvals []Object, kw *py.Tuple) *py.Exception {
	b := fn.Code.B
	nargs := b.ArgCount
	ndef := fn.Defaults.Len()
	var takes string
	if ndef > 0 {
		takes = "from " + strconv.Itoa(nargs-ndef) + " to " + strconv.Itoa(nargs) + " positional arguments"
	} else {
		takes = strconv.Itoa(nargs) + " positional argument"
		if nargs != 1 {
			takes += "s"
		}
	}
	// Keyword-only arguments given by keyword are mentioned.
	kwonly := 0
	for i := 0; i < kw.Len(); i++ {
		ns, _ := py.AsStr(kw.Items()[i])
		for j := nargs; j < nargs+b.KwOnlyArgCount; j++ {
			if fn.Code.varnames[j].String() == ns.String() {
				kwonly++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonly > 0 {
		ks := "s"
		if kwonly == 1 {
			ks = ""
		}
		ps := "s"
		if given == 1 {
			ps = ""
		}
		return py.TypeError("%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", fn.qual(), takes, given, ps, kwonly, ks)
	}
	return py.TypeError("%s() takes %s but %d %s given", fn.qual(), takes, given, was)
}

// ---------------------------------------------------------------- calling from Go

// callFunction runs a Python function to completion from Go (re-entering
// the eval loop).
func (t *Thread) callFunction(fn *Function, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if exc := t.enter(); exc != nil {
		return nilObj, exc
	}
	defer t.leave()
	code := fn.Code
	win := t.window(code.B.NRegs)
	regs := win[:code.B.NRegs:len(win)]
	if exc := t.bindArgs(fn, regs, args, kw); exc != nil {
		return nilObj, exc
	}
	f := t.pushFrame()
	f.code, f.fn, f.regs, f.globals, f.builtins, f.entry = code, fn, regs, fn.Globals, fn.Builtins, true
	return t.run(f)
}

func (t *Thread) enter() *py.Exception {
	t.P.Depth++
	if t.P.Depth > t.P.MaxDepth {
		t.P.Depth--
		return py.RecursionError("maximum recursion depth exceeded")
	}
	// Calls, like backward jumps, deliver a pending SIGINT (runmain.go).
	if in := t.interp; in != nil && in.sig.pending.Load() != 0 {
		if e := t.checkSignals(); e != nil {
			t.P.Depth--
			return e
		}
	}
	return nil
}

func (t *Thread) leave() { t.P.Depth-- }

// runCode executes a module-level code object with the given namespace.
func (t *Thread) runCode(code *Code, globals *py.Dict, locals Object) (Object, *py.Exception) {
	if exc := t.enter(); exc != nil {
		return nilObj, exc
	}
	defer t.leave()
	win := t.window(code.B.NRegs)
	regs := win[:code.B.NRegs:len(win)]
	clear(regs)
	f := t.pushFrame()
	f.code, f.regs, f.globals, f.entry = code, regs, globals, true
	f.builtins = builtinsOf(t.interp, globals)
	if locals.IsNil() {
		locals = globals.Obj()
	}
	f.locals = locals
	return t.run(f)
}

func builtinsOf(in *Interp, globals *py.Dict) *py.Dict {
	if b := globals.GetStr(py.Intern("__builtins__")); !b.IsNil() {
		if m := asModule(b); m != nil {
			return m.Dict
		}
		if d, ok := py.AsDict(b); ok {
			return d
		}
	}
	return in.Builtins.Dict
}
