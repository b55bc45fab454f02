package vm

import (
	"unsafe"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

const (
	kindGenerator = iota
	kindCoroutine
	kindAsyncGen
)

// Generator is a generator, coroutine or async generator: a suspended
// frame with its own registers.
type Generator struct {
	py.Head
	fr       *Frame
	kind     int
	started  bool
	running  bool
	done     bool
	yielded  bool
	sendReg  int // register receiving the sent value on resume
	delegate int // register of the iterator being delegated to (-1: none)
	name     Object
	qualname Object
	code     *Code
	// handled is the exception the generator was handling when it last
	// yielded (nil outside an except block): it becomes the thread's
	// handled exception again while the generator runs.
	handled *py.Exception
}

var GeneratorType, CoroutineType, AsyncGenType, CoroWrapperType *py.Type

func (g *Generator) Obj() Object { return py.FromPtr(unsafe.Pointer(g)) }

func asGenerator(o Object) *Generator {
	if o.IsNil() {
		return nil
	}
	t := o.Type()
	if t == GeneratorType || t == CoroutineType || t == AsyncGenType {
		return (*Generator)(o.Ptr())
	}
	return nil
}

func newGenerator(fr *Frame) *Generator {
	code := fr.code
	regs := make([]Object, code.B.NRegs)
	copy(regs, fr.regs)
	nf := &Frame{code: code, fn: fr.fn, regs: regs, pc: fr.pc, globals: fr.globals, builtins: fr.builtins, locals: fr.locals}
	g := &Generator{fr: nf, code: code, delegate: -1}
	nf.gen = g
	switch {
	case code.B.Flags&bytecode.Coroutine != 0:
		g.kind = kindCoroutine
		g.Head = py.MakeHead(CoroutineType)
	case code.B.Flags&bytecode.AsyncGenerator != 0:
		g.kind = kindAsyncGen
		g.Head = py.MakeHead(AsyncGenType)
	default:
		g.Head = py.MakeHead(GeneratorType)
	}
	if fr.fn != nil {
		g.name, g.qualname = fr.fn.Name, fr.fn.QualName
	} else {
		g.name, g.qualname = code.Name.Obj(), code.QualName.Obj()
	}
	return g
}

func (g *Generator) suspend(sendReg, delegate int, delegating bool) {
	g.yielded = true
	g.sendReg = sendReg
	if delegating {
		g.delegate = delegate
	} else {
		g.delegate = -1
	}
}

func (g *Generator) finish() { g.done = true }

// finishExc converts an exception leaving the generator's frame (PEP 479).
func (g *Generator) finishExc(e *py.Exception) *py.Exception {
	g.done = true
	if e.Matches(py.StopIterationType) {
		what := "generator"
		if g.kind == kindCoroutine {
			what = "coroutine"
		} else if g.kind == kindAsyncGen {
			what = "async generator"
		}
		n := py.RuntimeError("%s raised StopIteration", what)
		n.SetCause(e)
		n.SetContext(e)
		return n
	}
	if g.kind == kindAsyncGen && e.Matches(py.StopAsyncIterationType) {
		n := py.RuntimeError("async generator raised StopAsyncIteration")
		n.SetCause(e)
		n.SetContext(e)
		return n
	}
	return e
}

func (g *Generator) what() string {
	switch g.kind {
	case kindCoroutine:
		return "coroutine"
	case kindAsyncGen:
		return "async generator"
	}
	return "generator"
}

// resume runs the generator until it yields (returns value, false), returns
// (value, true) or raises.
func (t *Thread) resume(g *Generator, v Object, throw *py.Exception) (Object, bool, *py.Exception) {
	if g.running {
		return nilObj, false, py.ValueError("%s already executing", g.what())
	}
	if g.done {
		if throw != nil {
			return nilObj, false, throw
		}
		if g.kind == kindCoroutine {
			return nilObj, false, py.RuntimeError("cannot reuse already awaited coroutine")
		}
		return py.None, true, nil
	}
	if !g.started && throw == nil && !v.IsNil() && !v.IsNone() {
		return nilObj, false, py.TypeError("can't send non-None value to a just-started %s", g.what())
	}
	if exc := t.enter(); exc != nil {
		return nilObj, false, exc
	}
	defer t.leave()
	fr := g.fr
	if g.started && throw == nil {
		if v.IsNil() {
			v = py.None
		}
		fr.regs[g.sendReg] = v
	}
	g.started = true
	g.running = true
	g.yielded = false
	t.frames = append(t.frames[:t.n], fr)
	t.n++
	fr.entry, fr.genInline = true, false
	saved := t.handled
	if g.handled != nil {
		t.handled = g.handled
	}
	var r Object
	var e *py.Exception
	if throw != nil {
		r, e = t.run(fr, throw)
	} else {
		r, e = t.run(fr)
	}
	if g.yielded && t.handled != saved {
		g.handled = t.handled
	} else {
		g.handled = nil
	}
	t.handled = saved
	g.running = false
	if e != nil {
		g.done = true
		return nilObj, false, e
	}
	if g.yielded {
		return r, false, nil
	}
	g.done = true
	return r, true, nil
}

// genNext is next(g) for FOR_ITER: (nil, nil) when exhausted.
func (t *Thread) genNext(g *Generator) (Object, *py.Exception) {
	v, done, e := t.resume(g, py.None, nil)
	if e != nil {
		return nilObj, e
	}
	if done {
		return nilObj, nil
	}
	return v, nil
}

// send implements SEND: (value, done, exc).
func (t *Thread) send(it, v Object) (Object, bool, *py.Exception) {
	if g := asGenerator(it); g != nil {
		return t.resume(g, v, nil)
	}
	if v.IsNone() {
		nx := it.Type().Slots().Next
		if nx == nil {
			return nilObj, false, py.TypeError("'%s' object is not an iterator", py.TypeName(it))
		}
		r, e := nx(t.P, it)
		if e != nil {
			if e.Matches(py.StopIterationType) {
				val := e.Field("value")
				if val.IsNil() {
					val = py.None
				}
				return val, true, nil
			}
			return nilObj, false, e
		}
		if r.IsNil() {
			return py.None, true, nil
		}
		return r, false, nil
	}
	r, e := t.callMethod(it, "send", v)
	if e != nil {
		if e.Matches(py.StopIterationType) {
			val := e.Field("value")
			if val.IsNil() {
				val = py.None
			}
			return val, true, nil
		}
		return nilObj, false, e
	}
	return r, false, nil
}

// throwInto is gen.throw(exc).
func (t *Thread) throwInto(g *Generator, exc *py.Exception) (Object, bool, *py.Exception) {
	if g.delegate >= 0 && !g.done && !g.running {
		inner := g.fr.regs[g.delegate]
		var r Object
		var e *py.Exception
		if ig := asGenerator(inner); ig != nil {
			if exc.Matches(py.GeneratorExitType) {
				e = t.closeGen(ig)
				if e == nil {
					e = exc
				}
			} else {
				var done bool
				g.running = true
				r, done, e = t.throwInto(ig, exc)
				g.running = false
				if e == nil && done {
					e = py.StopIteration(r)
				}
			}
		} else if exc.Matches(py.GeneratorExitType) {
			if cl, _ := py.GetAttrOpt(t.P, inner, "close"); !cl.IsNil() {
				_, e = t.callObject(cl, nil, nil)
			}
			if e == nil {
				e = exc
			}
		} else {
			th, e2 := py.GetAttrOpt(t.P, inner, "throw")
			if e2 != nil {
				e = e2
			} else if th.IsNil() {
				e = exc
			} else {
				r, e = t.callObject(th, []Object{exc.Obj()}, nil)
			}
		}
		if e == nil {
			return r, false, nil
		}
		g.delegate = -1
		return t.resume(g, nilObj, e)
	}
	return t.resume(g, nilObj, exc)
}

func (t *Thread) closeGen(g *Generator) *py.Exception {
	_, e := t.closeGenValue(g)
	return e
}

// closeGenValue is generator.close(): the value the generator returned
// while handling GeneratorExit, else None.
func (t *Thread) closeGenValue(g *Generator) (Object, *py.Exception) {
	if g.done || !g.started {
		g.done = true
		return py.None, nil
	}
	v, done, e := t.throwInto(g, py.NewException(py.GeneratorExitType))
	if e != nil {
		if e.Matches(py.GeneratorExitType) || e.Matches(py.StopIterationType) {
			return py.None, nil
		}
		return nilObj, e
	}
	if !done {
		return nilObj, py.RuntimeError("%s ignored GeneratorExit", g.what())
	}
	if v.IsNil() {
		v = py.None
	}
	return v, nil
}

func (t *Thread) getAwaitable(o Object, where int) (Object, *py.Exception) {
	if g := asGenerator(o); g != nil && g.kind == kindCoroutine {
		if g.running || (g.started && !g.done && g.delegate >= 0 && false) {
			return nilObj, py.RuntimeError("coroutine is being awaited already")
		}
		return o, nil
	}
	if g := asGenerator(o); g != nil && g.kind == kindGenerator && g.code.B.Flags&bytecode.IterableCoroutine != 0 {
		return o, nil
	}
	aw, e := t.lookupSpecial(o, "__await__")
	if e != nil {
		return nilObj, e
	}
	if aw.IsNil() {
		switch where {
		case 1:
			return nilObj, py.TypeError("'async with' received an object from __aenter__ that does not implement __await__: %s", py.TypeName(o))
		case 2:
			return nilObj, py.TypeError("'async with' received an object from __aexit__ that does not implement __await__: %s", py.TypeName(o))
		case 3:
			return nilObj, py.TypeError("'async for' received an invalid object from __anext__: %s", py.TypeName(o))
		}
		return nilObj, py.TypeError("'%s' object can't be awaited", py.TypeName(o))
	}
	it, e := t.callObject(aw, nil, nil)
	if e != nil {
		return nilObj, e
	}
	if g := asGenerator(it); g != nil && g.kind == kindCoroutine {
		return nilObj, py.TypeError("__await__() returned a coroutine")
	}
	if it.Type().Slots().Next == nil && asGenerator(it) == nil {
		return nilObj, py.TypeError("__await__() returned non-iterator of type '%s'", py.TypeName(it))
	}
	return it, nil
}

func (t *Thread) getAiter(o Object) (Object, *py.Exception) {
	m, e := t.lookupSpecial(o, "__aiter__")
	if e != nil {
		return nilObj, e
	}
	if m.IsNil() {
		return nilObj, py.TypeError("'async for' requires an object with __aiter__ method, got %s", py.TypeName(o))
	}
	return t.callObject(m, nil, nil)
}

func genMethod(name string, f func(t *Thread, g *Generator, args []Object) (Object, *py.Exception)) {
	for _, ty := range []*py.Type{GeneratorType, CoroutineType} {
		py.AddMethod(ty, name, func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return f(vt(p), (*Generator)(self.Ptr()), args)
		})
	}
}

// stepResult turns a resume outcome into the send()/next() protocol.
func stepResult(v Object, done bool, e *py.Exception) (Object, *py.Exception) {
	if e != nil {
		return nilObj, e
	}
	if done {
		if v.IsNone() {
			return nilObj, py.StopIteration(nilObj)
		}
		return nilObj, py.StopIteration(v)
	}
	return v, nil
}

func throwArgs(args []Object) (*py.Exception, *py.Exception) {
	if len(args) == 0 {
		return nil, py.TypeError("throw expected at least 1 argument, got 0")
	}
	x := args[0]
	if ty := py.AsType(x); ty != nil && ty.IsSubtype(py.BaseExceptionType) {
		var a []Object
		if len(args) > 1 && !args[1].IsNone() {
			a = []Object{args[1]}
		}
		v, e := py.Call(nil, x, a, nil)
		if e != nil {
			return nil, e
		}
		return py.AsException(v), nil
	}
	if e := py.AsException(x); e != nil {
		return e, nil
	}
	return nil, py.TypeError("exceptions must be classes or instances deriving from BaseException, not %s", py.TypeName(x))
}

func initGenTypes() {
	genRepr := func(kind string) func(p *py.Thread, o Object) (Object, *py.Exception) {
		return func(p *py.Thread, o Object) (Object, *py.Exception) {
			g := (*Generator)(o.Ptr())
			q, _ := py.StrS(p, g.qualname)
			return py.NewStrObj("<" + kind + " object " + q + " at " + addr(o) + ">"), nil
		}
	}
	GeneratorType = newTypeS("generator", py.ObjectType, &py.Slots{
		Iter: func(p *py.Thread, o Object) (Object, *py.Exception) { return o, nil },
		Next: func(p *py.Thread, o Object) (Object, *py.Exception) {
			return vt(p).genNext((*Generator)(o.Ptr()))
		},
		Repr: genRepr("generator"),
	})
	CoroutineType = newTypeS("coroutine", py.ObjectType, &py.Slots{Repr: genRepr("coroutine")})
	AsyncGenType = newTypeS("async_generator", py.ObjectType, &py.Slots{Repr: genRepr("async_generator")})
	genMethod("send", func(t *Thread, g *Generator, args []Object) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("send() takes exactly one argument (%d given)", len(args))
		}
		return stepResult(t.resume(g, args[0], nil))
	})
	genMethod("throw", func(t *Thread, g *Generator, args []Object) (Object, *py.Exception) {
		if len(args) > 1 {
			if e := Warn(t, py.DeprecationWarningType, "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.", 1); e != nil {
				return nilObj, e
			}
		}
		exc, e := throwArgs(args)
		if e != nil {
			return nilObj, e
		}
		return stepResult(t.throwInto(g, exc))
	})
	genMethod("close", func(t *Thread, g *Generator, args []Object) (Object, *py.Exception) {
		return t.closeGenValue(g)
	})
	py.AddMethod(CoroutineType, "__await__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return self, nil
	})
	for _, ty := range []*py.Type{GeneratorType, CoroutineType, AsyncGenType} {
		py.AddGetSet(ty, "__name__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*Generator)(o.Ptr()).name, nil },
			func(p *py.Thread, o, v Object) *py.Exception {
				if _, ok := py.AsStr(v); !ok {
					return py.TypeError("__name__ must be set to a string object")
				}
				(*Generator)(o.Ptr()).name = v
				return nil
			})
		py.AddGetSet(ty, "__qualname__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*Generator)(o.Ptr()).qualname, nil },
			func(p *py.Thread, o, v Object) *py.Exception {
				if _, ok := py.AsStr(v); !ok {
					return py.TypeError("__qualname__ must be set to a string object")
				}
				(*Generator)(o.Ptr()).qualname = v
				return nil
			})
		py.AddGetSet(ty, "gi_running", func(p *py.Thread, o Object) (Object, *py.Exception) {
			return py.Bool((*Generator)(o.Ptr()).running), nil
		}, nil)
		py.AddGetSet(ty, "gi_code", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*Generator)(o.Ptr()).code.Obj(), nil }, nil)
		py.AddGetSet(ty, "cr_code", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*Generator)(o.Ptr()).code.Obj(), nil }, nil)
		py.AddGetSet(ty, "gi_suspended", func(p *py.Thread, o Object) (Object, *py.Exception) {
			g := (*Generator)(o.Ptr())
			return py.Bool(g.started && !g.done && !g.running), nil
		}, nil)
		// The frame (None once finished) and the iterator being
		// delegated to by yield from / await (None when there is none).
		frame := func(p *py.Thread, o Object) (Object, *py.Exception) {
			g := (*Generator)(o.Ptr())
			if g.done || g.fr == nil {
				return py.None, nil
			}
			return vt(p).frameObject(g.fr).Obj(), nil
		}
		delegate := func(p *py.Thread, o Object) (Object, *py.Exception) {
			g := (*Generator)(o.Ptr())
			if g.done || !g.started || g.running || g.delegate < 0 || g.fr == nil {
				return py.None, nil
			}
			if v := g.fr.regs[g.delegate]; !v.IsNil() {
				return v, nil
			}
			return py.None, nil
		}
		running := func(p *py.Thread, o Object) (Object, *py.Exception) {
			return py.Bool((*Generator)(o.Ptr()).running), nil
		}
		switch ty {
		case GeneratorType:
			py.AddGetSet(ty, "gi_frame", frame, nil)
			py.AddGetSet(ty, "gi_yieldfrom", delegate, nil)
		case CoroutineType:
			py.AddGetSet(ty, "cr_frame", frame, nil)
			py.AddGetSet(ty, "cr_await", delegate, nil)
			py.AddGetSet(ty, "cr_running", running, nil)
			py.AddGetSet(ty, "cr_suspended", func(p *py.Thread, o Object) (Object, *py.Exception) {
				g := (*Generator)(o.Ptr())
				return py.Bool(g.started && !g.done && !g.running), nil
			}, nil)
		case AsyncGenType:
			py.AddGetSet(ty, "ag_frame", frame, nil)
			py.AddGetSet(ty, "ag_await", delegate, nil)
			py.AddGetSet(ty, "ag_running", running, nil)
		}
	}
	// Async generators: __anext__/asend/athrow return awaitables that drive
	// the generator frame; values yielded by the body (not by awaits) end
	// the await with StopIteration(value).
	py.AddMethod(AsyncGenType, "__aiter__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return self, nil
	})
	py.AddMethod(AsyncGenType, "__anext__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return newAsyncStep((*Generator)(self.Ptr()), py.None, nil), nil
	})
	py.AddMethod(AsyncGenType, "asend", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return newAsyncStep((*Generator)(self.Ptr()), args[0], nil), nil
	})
	py.AddMethod(AsyncGenType, "athrow", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) > 1 {
			if e := Warn(vt(p), py.DeprecationWarningType, "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.", 1); e != nil {
				return nilObj, e
			}
		}
		exc, e := throwArgs(args)
		if e != nil {
			return nilObj, e
		}
		return newAsyncStep((*Generator)(self.Ptr()), nilObj, exc), nil
	})
	py.AddMethod(AsyncGenType, "aclose", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return newAsyncStep((*Generator)(self.Ptr()), nilObj, py.NewException(py.GeneratorExitType)), nil
	})
	initAsyncStep()
}

// asyncValue marks a value yielded by an async generator body (as opposed
// to one yielded by an await inside it).
type asyncValue struct {
	py.Head
	v Object
}

var asyncValueType, asyncStepType *py.Type

// asyncStep is the awaitable of __anext__/asend/athrow.
type asyncStep struct {
	py.Head
	g     *Generator
	v     Object
	throw *py.Exception
	first bool
}

func newAsyncStep(g *Generator, v Object, throw *py.Exception) Object {
	return py.FromPtr(unsafe.Pointer(&asyncStep{Head: py.MakeHead(asyncStepType), g: g, v: v, throw: throw, first: true}))
}

func (s *asyncStep) step(t *Thread, v Object, throw *py.Exception) (Object, *py.Exception) {
	g := s.g
	if s.first {
		s.first = false
		if s.throw != nil {
			throw = s.throw
		} else {
			v = s.v
		}
		if g.done {
			if throw != nil && !throw.Matches(py.GeneratorExitType) {
				return nilObj, throw
			}
			if throw != nil {
				return nilObj, py.StopIteration(nilObj)
			}
			return nilObj, py.NewException(py.StopAsyncIterationType)
		}
	}
	var r Object
	var done bool
	var e *py.Exception
	if throw != nil {
		r, done, e = t.throwInto(g, throw)
	} else {
		r, done, e = t.resume(g, v, nil)
	}
	if e != nil {
		if s.throw != nil && s.throw.Matches(py.GeneratorExitType) && (e.Matches(py.GeneratorExitType) || e.Matches(py.StopAsyncIterationType)) {
			return nilObj, py.StopIteration(nilObj)
		}
		return nilObj, e
	}
	if done {
		if s.throw != nil && s.throw.Matches(py.GeneratorExitType) {
			return nilObj, py.StopIteration(nilObj)
		}
		return nilObj, py.NewException(py.StopAsyncIterationType)
	}
	if !r.IsNil() && r.Type() == asyncValueType {
		if s.throw != nil && s.throw.Matches(py.GeneratorExitType) {
			return nilObj, py.RuntimeError("async generator ignored GeneratorExit")
		}
		return nilObj, py.StopIteration((*asyncValue)(r.Ptr()).v)
	}
	return r, nil
}

func initAsyncStep() {
	asyncValueType = newTypeS("async_generator_wrapped_value", py.ObjectType, nil)
	asyncStepType = newTypeS("async_generator_asend", py.ObjectType, &py.Slots{
		Iter: func(p *py.Thread, o Object) (Object, *py.Exception) { return o, nil },
		Next: func(p *py.Thread, o Object) (Object, *py.Exception) {
			return (*asyncStep)(o.Ptr()).step(vt(p), py.None, nil)
		},
	})
	py.AddMethod(asyncStepType, "__await__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return self, nil
	})
	py.AddMethod(asyncStepType, "send", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return (*asyncStep)(self.Ptr()).step(vt(p), args[0], nil)
	})
	py.AddMethod(asyncStepType, "throw", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		exc, e := throwArgs(args)
		if e != nil {
			return nilObj, e
		}
		return (*asyncStep)(self.Ptr()).step(vt(p), nilObj, exc)
	})
	py.AddMethod(asyncStepType, "close", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.None, nil
	})
}

// genExit leaves a generator frame that FOR_ITER resumed inside the
// caller's eval loop (Frame.genInline) when it yields, returns or raises:
// resume's bookkeeping after its nested run, then the frame is popped.
func (t *Thread) genExit(fr *Frame, g *Generator) {
	if g.yielded && t.handled != fr.genSaved {
		g.handled = t.handled
	} else {
		g.handled = nil
	}
	t.handled = fr.genSaved
	fr.genInline, fr.genSaved = false, nil
	g.running = false
	t.leave()
	t.popFrame()
}
