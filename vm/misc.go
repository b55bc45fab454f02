package vm

import (
	"fmt"
	"strconv"
	"unsafe"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

func addr(o Object) string { return fmt.Sprintf("%#x", uintptr(o.Ptr())) }
func itoa(n int) string    { return strconv.Itoa(n) }

// ---------------------------------------------------------------- raise

func (t *Thread) makeRaise(x, cause Object, withCause bool) *py.Exception {
	e, err := instantiateExc(t, x)
	if err != nil {
		return err
	}
	if withCause {
		if cause.IsNone() {
			e.SetCause(nil)
		} else {
			c, err := instantiateExc(t, cause)
			if err != nil {
				if err.Matches(py.TypeErrorType) {
					return py.TypeError("exception causes must derive from BaseException")
				}
				return err
			}
			e.SetCause(c)
		}
	}
	return e
}

func instantiateExc(t *Thread, x Object) (*py.Exception, *py.Exception) {
	if ty := py.AsType(x); ty != nil {
		if !ty.IsSubtype(py.BaseExceptionType) {
			return nil, py.TypeError("exceptions must derive from BaseException")
		}
		v, e := t.callObject(x, nil, nil)
		if e != nil {
			return nil, e
		}
		ex := py.AsException(v)
		if ex == nil {
			return nil, py.TypeError("calling %s should have returned an instance of BaseException, not %s", py.TypeName(x), py.TypeName(v))
		}
		return ex, nil
	}
	if ex := py.AsException(x); ex != nil {
		return ex, nil
	}
	return nil, py.TypeError("exceptions must derive from BaseException")
}

func excMatches(e, typ Object) (bool, *py.Exception) {
	check := func(c Object) (bool, *py.Exception) {
		ty := py.AsType(c)
		if ty == nil || !ty.IsSubtype(py.BaseExceptionType) {
			return false, py.TypeError("catching classes that do not inherit from BaseException is not allowed")
		}
		return e.Type().IsSubtype(ty), nil
	}
	if tu, ok := py.AsTuple(typ); ok {
		any := false
		for _, c := range tu.Items() {
			m, err := check(c)
			if err != nil {
				return false, err
			}
			any = any || m
		}
		return any, nil
	}
	return check(typ)
}

// egMatch splits an exception (group) for except*.
func (t *Thread) egMatch(ev, typ Object) (Object, Object, *py.Exception) {
	check := func(c Object) *py.Exception {
		ty := py.AsType(c)
		if ty == nil || !ty.IsSubtype(py.BaseExceptionType) {
			return py.TypeError("catching classes that do not inherit from BaseException is not allowed")
		}
		if ty.IsSubtype(py.BaseExceptionGroupType) {
			return py.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tu, ok := py.AsTuple(typ); ok {
		for _, c := range tu.Items() {
			if e := check(c); e != nil {
				return nilObj, nilObj, e
			}
		}
	} else if e := check(typ); e != nil {
		return nilObj, nilObj, e
	}
	m, e := excMatches(ev, typ)
	if e != nil {
		return nilObj, nilObj, e
	}
	if m {
		if ev.Type().IsSubtype(py.BaseExceptionGroupType) {
			return ev, py.None, nil
		}
		// A naked exception is wrapped in an ExceptionGroup.
		g, e := py.Call(t.P, py.ExceptionGroupType.Obj(), []Object{py.NewStrObj(""), py.NewTuple(ev).Obj()}, nil)
		if e != nil {
			return nilObj, nilObj, e
		}
		ge := py.AsException(g)
		ex := py.AsException(ev)
		ge.SetTraceback(ex.Traceback())
		ge.SetCause(ex.Cause())
		ge.SetSuppressContext(ex.SuppressContext())
		ge.SetContext(ex.Context())
		return g, py.None, nil
	}
	if !ev.Type().IsSubtype(py.BaseExceptionGroupType) {
		return py.None, ev, nil
	}
	match, rest, e := splitGroup(t, ev, func(x Object) (bool, *py.Exception) { return excMatches(x, typ) })
	if e != nil {
		return nilObj, nilObj, e
	}
	if match.IsNil() {
		match = py.None
	}
	if rest.IsNil() {
		rest = py.None
	}
	return match, rest, nil
}

// prepReraiseStar computes what a try/except* block raises at its end.
func (t *Thread) prepReraiseStar(orig, excs Object) (Object, *py.Exception) {
	l, _ := py.AsList(excs)
	items := l.Items()
	var raised []Object
	origE := py.AsException(orig)
	for _, x := range items {
		if x.IsNone() {
			continue
		}
		raised = append(raised, x)
	}
	if len(raised) == 0 {
		return py.None, nil
	}
	if origE == nil || !orig.Type().IsSubtype(py.BaseExceptionGroupType) {
		return raised[0], nil
	}
	// Re-raised parts (identical leaves of the original) are kept by
	// projecting the original group; new exceptions are grouped with it.
	var reraised, newRaised []Object
	leaves := map[unsafe.Pointer]bool{}
	collectLeaves(orig, leaves)
	for _, x := range raised {
		if isSubgroupOf(x, leaves) {
			reraised = append(reraised, x)
		} else {
			newRaised = append(newRaised, x)
		}
	}
	var keep Object = py.None
	if len(reraised) > 0 {
		keepLeaves := map[unsafe.Pointer]bool{}
		for _, x := range reraised {
			collectLeaves(x, keepLeaves)
		}
		pred := py.NewBuiltin("pred", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return py.Bool(keepLeaves[args[0].Ptr()]), nil
		})
		_ = pred
		m, _, e := splitGroup(t, orig, func(x Object) (bool, *py.Exception) { return keepLeaves[x.Ptr()], nil })
		if e != nil {
			return nilObj, e
		}
		if !m.IsNil() {
			keep = m
		}
	}
	if len(newRaised) == 0 {
		return keep, nil
	}
	all := newRaised
	if !keep.IsNone() {
		all = append(all, keep)
	}
	if len(all) == 1 {
		return all[0], nil
	}
	return py.Call(t.P, py.ExceptionGroupType.Obj(), []Object{py.NewStrObj(""), py.NewList(all).Obj()}, nil)
}

func collectLeaves(x Object, set map[unsafe.Pointer]bool) {
	if x.Type().IsSubtype(py.BaseExceptionGroupType) {
		ex := py.AsException(x)
		if l, ok := py.AsTuple(ex.Field("exceptions")); ok {
			for _, c := range l.Items() {
				collectLeaves(c, set)
			}
		}
		return
	}
	set[x.Ptr()] = true
}

func isSubgroupOf(x Object, leaves map[unsafe.Pointer]bool) bool {
	sub := map[unsafe.Pointer]bool{}
	collectLeaves(x, sub)
	if len(sub) == 0 {
		return false
	}
	for k := range sub {
		if !leaves[k] {
			return false
		}
	}
	return true
}

func commonConstant(in *Interp, x int) Object {
	switch x {
	case 0:
		return py.AssertionErrorType.Obj()
	case 1:
		return py.NotImplementedErrorType.Obj()
	case 2:
		return py.TupleType.Obj()
	case 3:
		return in.Builtins.Dict.GetStr(py.Intern("all"))
	case 4:
		return in.Builtins.Dict.GetStr(py.Intern("any"))
	case 5:
		return py.ListType.Obj()
	case 6:
		return py.SetType.Obj()
	}
	return py.None
}

// ---------------------------------------------------------------- with

var strEnter, strExit = py.Intern("__enter__"), py.Intern("__exit__")

func (t *Thread) beforeWith(m Object) (Object, Object, *py.Exception) {
	typ := m.Type()
	// Builtin context managers (locks, files...): call a Go __enter__
	// directly instead of binding it; `with lock:` was mostly the binding.
	if en := typ.Lookup(strEnter); !en.IsNil() && en.Type() == py.MethodDescrType {
		if d := (*py.MethodDescr)(en.Ptr()); !d.Class {
			if ex := typ.Lookup(strExit); !ex.IsNil() {
				exit, e := t.lookupSpecialAttr(m, ex)
				if e != nil {
					return nilObj, nilObj, e
				}
				v, e := d.Fn(t.P, m, nil, nil)
				if e != nil {
					return nilObj, nilObj, e
				}
				return exit, v, nil
			}
		}
	}
	enter, e := t.lookupSpecialAttr(m, typ.Lookup(strEnter))
	if e != nil {
		return nilObj, nilObj, e
	}
	exit, e := t.lookupSpecialAttr(m, typ.Lookup(strExit))
	if e != nil {
		return nilObj, nilObj, e
	}
	if exit.IsNil() {
		// CPython looks __exit__ up first.
		return nilObj, nilObj, py.TypeError("'%s' object does not support the context manager protocol (missed __exit__ method)%s", py.TypeName(m), t.otherProtocolHint(m, true))
	}
	if enter.IsNil() {
		return nilObj, nilObj, py.TypeError("'%s' object does not support the context manager protocol (missed __enter__ method)%s", py.TypeName(m), t.otherProtocolHint(m, true))
	}
	v, e := t.callObject(enter, nil, nil)
	if e != nil {
		return nilObj, nilObj, e
	}
	return exit, v, nil
}

// lookupSpecialAttr binds attr (found on type(o); nil: not found) to o,
// as lookupSpecial does.
func (t *Thread) lookupSpecialAttr(o, attr Object) (Object, *py.Exception) {
	if attr.IsNil() {
		return nilObj, nil
	}
	if get := attr.Type().Slots().DescrGet; get != nil {
		return get(t.P, attr, o, o.Type())
	}
	return attr, nil
}

// otherProtocolHint is the end of CPython's message for `with` on an
// asynchronous context manager (sync true) or `async with` on a plain one.
func (t *Thread) otherProtocolHint(m Object, sync bool) string {
	enter, exit := "__aenter__", "__aexit__"
	if !sync {
		enter, exit = "__enter__", "__exit__"
	}
	en, e1 := t.lookupSpecial(m, enter)
	ex, e2 := t.lookupSpecial(m, exit)
	if e1 != nil || e2 != nil || en.IsNil() || ex.IsNil() {
		return ""
	}
	if sync {
		return " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
	}
	return " but it supports the context manager protocol. Did you mean to use 'with'?"
}

func (t *Thread) beforeAsyncWith(m Object) (Object, Object, *py.Exception) {
	enter, e := t.lookupSpecial(m, "__aenter__")
	if e != nil {
		return nilObj, nilObj, e
	}
	exit, e := t.lookupSpecial(m, "__aexit__")
	if e != nil {
		return nilObj, nilObj, e
	}
	if exit.IsNil() {
		return nilObj, nilObj, py.TypeError("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)%s", py.TypeName(m), t.otherProtocolHint(m, false))
	}
	if enter.IsNil() {
		return nilObj, nilObj, py.TypeError("'%s' object does not support the asynchronous context manager protocol (missed __aenter__ method)%s", py.TypeName(m), t.otherProtocolHint(m, false))
	}
	v, e := t.callObject(enter, nil, nil)
	if e != nil {
		return nilObj, nilObj, e
	}
	return exit, v, nil
}

// ---------------------------------------------------------------- intrinsics

func (t *Thread) intrinsic1(fr *Frame, which int, x Object) (Object, *py.Exception) {
	switch which {
	case bytecode.IntrinsicPrint:
		// sys.displayhook(x) (runmain.go), unless the program replaced it.
		hook := t.interp.Sys.Dict.GetStr(py.Intern("displayhook"))
		if hook.IsNil() {
			return nilObj, py.RuntimeError("lost sys.displayhook")
		}
		if hook.Is(t.interp.Sys.Dict.GetStr(py.Intern("__displayhook__"))) {
			return t.displayHook(x)
		}
		return t.callObject(hook, []Object{x}, nil)
	case bytecode.IntrinsicImportStar:
		return py.None, t.importStar(fr, x)
	case bytecode.IntrinsicListToTuple:
		l, _ := py.AsList(x)
		return py.NewTuple(l.Items()...).Obj(), nil
	case bytecode.IntrinsicSubscriptGeneric, bytecode.IntrinsicTypeVar, bytecode.IntrinsicParamSpec,
		bytecode.IntrinsicTypeVarTuple, bytecode.IntrinsicTypeAlias:
		return t.typeIntrinsic1(fr, which, x)
	}
	return nilObj, py.SystemError("unknown intrinsic %d", which)
}

func (t *Thread) intrinsic2(fr *Frame, which int, x, y Object) (Object, *py.Exception) {
	switch which {
	case bytecode.IntrinsicPrepReraiseStar:
		return t.prepReraiseStar(x, y)
	case bytecode.IntrinsicSetFunctionTypeParams:
		if fn := asFunction(x); fn != nil {
			fn.TypeParams = y
		}
		return x, nil
	case bytecode.IntrinsicTypeVarWithBound, bytecode.IntrinsicTypeVarWithConstraints, bytecode.IntrinsicSetTypeParamDefault:
		return t.typeIntrinsic2(which, x, y)
	}
	return nilObj, py.SystemError("unknown intrinsic %d", which)
}

// ---------------------------------------------------------------- match

func (t *Thread) matchKeys(subject, keys Object) (Object, *py.Exception) {
	kt, _ := py.AsTuple(keys)
	get, e := py.GetAttrOpt(t.P, subject, "get")
	if e != nil {
		return nilObj, e
	}
	sentinel := py.NewList(nil).Obj()
	vals := make([]Object, 0, kt.Len())
	seen := py.NewDict()
	for _, k := range kt.Items() {
		if old, e := seen.Get(t.P, k); e != nil {
			return nilObj, e
		} else if !old.IsNil() {
			r, _ := py.ReprS(t.P, k)
			return nilObj, py.ValueError("mapping pattern checks duplicate key (%s)", r)
		}
		seen.Set(t.P, k, py.True)
		var v Object
		if d, ok := py.AsDict(subject); ok && get.IsNil() {
			v, e = d.Get(t.P, k)
		} else {
			v, e = t.callObject(get, []Object{k, sentinel}, nil)
			if v.Is(sentinel) {
				v = nilObj
			}
		}
		if e != nil {
			return nilObj, e
		}
		if v.IsNil() {
			return py.None, nil
		}
		vals = append(vals, v)
	}
	return py.NewTupleNoCopy(vals).Obj(), nil
}

func (t *Thread) matchClass(subject, cls Object, npos int, names *py.Tuple) (Object, *py.Exception) {
	ty := py.AsType(cls)
	if ty == nil {
		return nilObj, py.TypeError("called match pattern must be a class")
	}
	if !subject.Type().IsSubtype(ty) {
		return py.None, nil
	}
	var out []Object
	var seen []string
	getAttr := func(name string) (Object, bool, *py.Exception) {
		for _, s := range seen {
			if s == name {
				return nilObj, false, py.TypeError("%s() got multiple sub-patterns for attribute '%s'", ty.Name, name)
			}
		}
		seen = append(seen, name)
		v, e := py.GetAttrOpt(t.P, subject, name)
		if e != nil {
			return nilObj, false, e
		}
		return v, !v.IsNil(), nil
	}
	if npos > 0 {
		ma := ty.Lookup(py.Intern("__match_args__"))
		selfMatch := ty.Flags&(py.FlagIntSubclass|py.FlagFloatSubclass|py.FlagStrSubclass|py.FlagBytesSubclass|
			py.FlagListSubclass|py.FlagTupleSubclass|py.FlagDictSubclass|py.FlagSetSubclass) != 0 || ty == py.BoolType
		if ma.IsNil() {
			if selfMatch && npos == 1 {
				out = append(out, subject)
			} else {
				return nilObj, py.TypeError("%s() accepts 0 positional sub-patterns (%d given)", ty.Name, npos)
			}
		} else {
			mt, ok := py.AsTuple(ma)
			if !ok {
				return nilObj, py.TypeError("%s.__match_args__ must be a tuple (got %s)", ty.Name, py.TypeName(ma))
			}
			if npos > mt.Len() {
				s := "s"
				if mt.Len() == 1 {
					s = ""
				}
				return nilObj, py.TypeError("%s() accepts %d positional sub-pattern%s (%d given)", ty.Name, mt.Len(), s, npos)
			}
			for i := 0; i < npos; i++ {
				n, ok := py.AsStr(mt.Items()[i])
				if !ok {
					return nilObj, py.TypeError("__match_args__ elements must be strings (got %s)", py.TypeName(mt.Items()[i]))
				}
				v, ok, e := getAttr(n.String())
				if e != nil {
					return nilObj, e
				}
				if !ok {
					return py.None, nil
				}
				out = append(out, v)
			}
		}
	}
	for _, k := range names.Items() {
		n, _ := py.AsStr(k)
		v, ok, e := getAttr(n.String())
		if e != nil {
			return nilObj, e
		}
		if !ok {
			return py.None, nil
		}
		out = append(out, v)
	}
	return py.NewTupleNoCopy(out).Obj(), nil
}

// ---------------------------------------------------------------- t-strings

// buildInterpolation and buildTemplate are in templatelib.go.

// ---------------------------------------------------------------- tracebacks

// addTraceback prepends an entry for fr's current instruction to e's
// traceback.
func (t *Thread) addTraceback(e *py.Exception, fr *Frame) {
	fo := t.frameObject(fr)
	pc := fr.lastpc
	line := 0
	if pc >= 0 && pc < len(fr.code.B.Locs) {
		line = int(fr.code.B.Locs[pc].Line)
	}
	tb := &Traceback{Head: py.MakeHead(py.TracebackType), Frame: fo, Lasti: pc * 2, Lineno: line, Pc: pc}
	old := e.Traceback()
	if old.IsNone() {
		old = nilObj
	}
	tb.Next = old
	e.SetTraceback(tb.Obj())
}

// frameObject materialises the Python frame object of a record.
func (t *Thread) frameObject(fr *Frame) *FrameObject {
	if fr.fobj != nil {
		return fr.fobj
	}
	fo := &FrameObject{Head: py.MakeHead(FrameType), code: fr.code, globals: fr.globals, locals: fr.locals, fr: fr}
	fr.fobj = fo
	// f_back: the record below fr on this thread's stack. The records
	// below without a frame object get one, in one pass (a recursive
	// call per record rescanned the stack: quadratic in deep recursion).
	for i := t.n - 1; i >= 0; i-- {
		if t.frames[i] == fr {
			cur := fo
			for j := i - 1; j >= 0; j-- {
				below := t.frames[j]
				if below.fobj != nil {
					cur.back = below.fobj.Obj()
					break
				}
				bo := &FrameObject{Head: py.MakeHead(FrameType), code: below.code, globals: below.globals, locals: below.locals, fr: below}
				below.fobj = bo
				cur.back = bo.Obj()
				cur = bo
			}
			break
		}
	}
	return fo
}

func (fo *FrameObject) detach(fr *Frame) {
	fo.lineno = lineOf(fr.code, fr.lastpc)
	fo.regs = append([]Object(nil), fr.regs...)
	fo.fr = nil
}

func lineOf(c *Code, pc int) int {
	if pc >= 0 && pc < len(c.B.Locs) {
		return int(c.B.Locs[pc].Line)
	}
	return c.B.FirstLineNo
}

func (fo *FrameObject) currentLine() int {
	if fo.fr != nil {
		return lineOf(fo.code, fo.fr.lastpc)
	}
	return fo.lineno
}

func (fo *FrameObject) localsDict(p *py.Thread) Object {
	if !fo.locals.IsNil() {
		return fo.locals
	}
	regs := fo.regs
	if fo.fr != nil {
		regs = fo.fr.regs
	}
	return fastLocals(fo.code, regs).Obj()
}

// fastLocals builds a dict of a function frame's locals.
func fastLocals(c *Code, regs []Object) *py.Dict {
	d := py.NewDict()
	b := c.B
	for i, n := range b.VarNames {
		if i < len(regs) && !regs[i].IsNil() {
			v := regs[i]
			if isCell(v) {
				v = asCell(v).Get()
				if v.IsNil() {
					continue
				}
			}
			d.SetStr(py.Intern(n), v)
		}
	}
	for i, n := range b.CellVars {
		r := b.CellRegs[i]
		if r < len(b.VarNames) || r >= len(regs) {
			continue
		}
		if isCell(regs[r]) {
			if v := asCell(regs[r]).Get(); !v.IsNil() {
				d.SetStr(py.Intern(n), v)
			}
		}
	}
	for i, n := range b.FreeVars {
		r := b.FreeStart + i
		if r < len(regs) && isCell(regs[r]) {
			if v := asCell(regs[r]).Get(); !v.IsNil() {
				d.SetStr(py.Intern(n), v)
			}
		}
	}
	return d
}

func initFrameTypes() {
	FrameType = newTypeS("frame", py.ObjectType, &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			fo := (*FrameObject)(o.Ptr())
			return py.NewStrObj(fmt.Sprintf("<frame at %s, file '%s', line %d, code %s>", addr(o), fo.code.B.Filename, fo.currentLine(), fo.code.B.Name)), nil
		},
	})
	fg := func(name string, f func(p *py.Thread, fo *FrameObject) Object) {
		py.AddGetSet(FrameType, name, func(p *py.Thread, o Object) (Object, *py.Exception) {
			v := f(p, (*FrameObject)(o.Ptr()))
			if v.IsNil() {
				return py.None, nil
			}
			return v, nil
		}, nil)
	}
	fg("f_code", func(p *py.Thread, fo *FrameObject) Object { return fo.code.Obj() })
	fg("f_globals", func(p *py.Thread, fo *FrameObject) Object { return fo.globals.Obj() })
	fg("f_locals", func(p *py.Thread, fo *FrameObject) Object { return fo.localsDict(p) })
	fg("f_lineno", func(p *py.Thread, fo *FrameObject) Object { return py.MakeInt(int64(fo.currentLine())) })
	fg("f_back", func(p *py.Thread, fo *FrameObject) Object { return fo.back })
	fg("f_builtins", func(p *py.Thread, fo *FrameObject) Object { return builtinsOf(defaultInterp, fo.globals).Obj() })
	fg("f_lasti", func(p *py.Thread, fo *FrameObject) Object {
		if fo.fr != nil {
			return py.MakeInt(int64(fo.fr.lastpc * 2))
		}
		return py.MakeInt(0)
	})

	py.TracebackType = newTypeS("traceback", py.ObjectType, nil)
	tg := func(name string, f func(tb *Traceback) Object) {
		py.AddGetSet(py.TracebackType, name, func(p *py.Thread, o Object) (Object, *py.Exception) {
			v := f((*Traceback)(o.Ptr()))
			if v.IsNil() {
				return py.None, nil
			}
			return v, nil
		}, nil)
	}
	tg("tb_frame", func(tb *Traceback) Object { return tb.Frame.Obj() })
	tg("tb_lineno", func(tb *Traceback) Object { return py.MakeInt(int64(tb.Lineno)) })
	tg("tb_lasti", func(tb *Traceback) Object { return py.MakeInt(int64(tb.Lasti)) })
	tg("tb_next", func(tb *Traceback) Object { return tb.Next })
}
