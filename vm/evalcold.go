package vm

import (
	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// coldOp runs the opcodes that are rare in hot loops (name-dict access,
// imports, with, raise, pattern matching, async, unpacking with *, ...).
// They live outside run so that run stays below the Go compiler's "big
// function" size: above it the inliner allows only trivial callees into
// run, and MakeInt, asFunction, pushFrame, NewFloat and the inline-cache
// helpers become real calls on every hot instruction. The reads[] unbound
// checks are made here (run checks only its own ops' operands). It returns the next pc and the
// exception to raise, if any (reraise: raise it as is, without a new
// traceback entry or context).
func (t *Thread) coldOp(fr *Frame, regs []Object, in bytecode.Instr, pc int) (int, *py.Exception, bool) {
	var (
		code    = fr.code
		consts  = code.Consts
		p       = t.P
		exc     *py.Exception
		reraise bool
	)
	op := bytecode.Op(in)
	a := int(in >> 8 & 0xFFFF)
	b := int(in >> 24 & 0xFFFF)
	c := int(in >> 40 & 0xFFFF)
	if m := reads[op]; m != 0 {
		if exc = unboundOperand(fr, regs, m, a, b, c); exc != nil {
			goto raise
		}
	}
	switch op {
	case bytecode.LoadName:
		name := code.Names[b]
		v, e := t.loadName(fr, name)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.StoreName:
		if fr.locals.IsNil() {
			exc = py.SystemError("no locals found when storing %s", code.Names[b].String())
			goto raise
		}
		if d, ok := py.AsDict(fr.locals); ok && d.Obj().Type() == py.DictType {
			if e := d.Set(p, code.Names[b].Obj(), regs[a]); e != nil {
				exc = e
				goto raise
			}
		} else if e := py.SetItem(p, fr.locals, code.Names[b].Obj(), regs[a]); e != nil {
			exc = e
			goto raise
		}
	case bytecode.DeleteName:
		name := code.Names[b]
		if e := py.DelItem(p, fr.locals, name.Obj()); e != nil {
			if e.Matches(py.KeyErrorType) {
				e = nameErr(name.String())
			}
			exc = e
			goto raise
		}
	case bytecode.DeleteGlobal:
		found, e := fr.globals.Delete(p, code.Names[b].Obj())
		if e == nil && !found {
			e = nameErr(code.Names[b].String())
		}
		if e != nil {
			exc = e
			goto raise
		}
	case bytecode.LoadLocals:
		if fr.locals.IsNil() {
			exc = py.SystemError("no locals found")
			goto raise
		}
		regs[a] = fr.locals
	case bytecode.LoadFromDictOrGlobals:
		name := code.Names[b]
		v, e := mappingGet(p, regs[c], name.Obj())
		if e != nil {
			exc = e
			goto raise
		}
		if v.IsNil() {
			v = fr.globals.GetStr(name)
			if v.IsNil() {
				v = fr.builtins.GetStr(name)
			}
			if v.IsNil() {
				exc = nameErr(name.String())
				goto raise
			}
		}
		regs[a] = v
	case bytecode.LoadFromDictOrDeref:
		name := cellName(code, b)
		v, e := mappingGet(p, regs[c], py.Intern(name).Obj())
		if e != nil {
			exc = e
			goto raise
		}
		if v.IsNil() {
			v = asCell(regs[b]).Get()
			if v.IsNil() {
				exc = freeVarErr(name)
				goto raise
			}
		}
		regs[a] = v
	case bytecode.DeleteDeref:
		cl := asCell(regs[b])
		if cl.Get().IsNil() {
			exc = derefErr(code, b)
			goto raise
		}
		cl.Set(nilObj)
	case bytecode.DeleteAttr:
		if e := py.SetAttr(p, regs[b], code.Names[c], nilObj); e != nil {
			exc = e
			goto raise
		}
	case bytecode.DeleteSubscr:
		if e := py.DelItem(p, regs[b], regs[c]); e != nil {
			exc = e
			goto raise
		}
	case bytecode.BuildSlice:
		var s *py.Slice
		if c == 2 {
			s = py.NewSlice(regs[b], regs[b+1], py.None)
		} else {
			s = py.NewSlice(regs[b], regs[b+1], regs[b+2])
		}
		regs[a] = s.Obj()
	case bytecode.Neg:
		v, e := py.Neg(p, regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.Pos:
		v, e := py.Pos(p, regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.Invert:
		v, e := py.Invert(p, regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.BuildSet:
		s, e := py.NewSet(p, regs[b:b+c], false)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = s.Obj()
	case bytecode.BuildMap:
		d := py.NewDict()
		for i := 0; i < c; i++ {
			if e := d.Set(p, regs[b+2*i], regs[b+2*i+1]); e != nil {
				exc = e
				goto raise
			}
		}
		regs[a] = d.Obj()
	case bytecode.SetAdd:
		s, _ := py.AsSet(regs[a])
		if e := s.Add(p, regs[b]); e != nil {
			exc = e
			goto raise
		}
	case bytecode.MapAdd:
		d, _ := py.AsDict(regs[a])
		if e := d.Set(p, regs[b], regs[c]); e != nil {
			exc = e
			goto raise
		}
	case bytecode.ListExtend:
		l, _ := py.AsList(regs[a])
		items, e := py.SequenceItems(p, regs[b])
		if e != nil {
			if e.Matches(py.TypeErrorType) && regs[b].Type().Slots().Iter == nil && regs[b].Type().Slots().GetItem == nil {
				e = py.TypeError("Value after * must be an iterable, not %s", py.TypeName(regs[b]))
			}
			exc = e
			goto raise
		}
		l.Extend(items)
	case bytecode.SetUpdate:
		s, _ := py.AsSet(regs[a])
		if e := s.Update(p, regs[b]); e != nil {
			exc = e
			goto raise
		}
	case bytecode.DictUpdate:
		d, _ := py.AsDict(regs[a])
		if e := dictUpdate(p, d, regs[b], false, nilObj); e != nil {
			exc = e
			goto raise
		}
	case bytecode.DictMerge:
		d, _ := py.AsDict(regs[a])
		if e := dictUpdate(p, d, regs[b], true, regs[c]); e != nil {
			exc = e
			goto raise
		}
	case bytecode.UnpackEx:
		before, after := c&0xFF, c>>8
		if e := unpack(p, regs[b], regs[a:a+before+1+after], before, after); e != nil {
			exc = e
			goto raise
		}
	case bytecode.CallEx:
		args, ok := py.AsTuple(regs[b])
		if !ok {
			// f(*x): the iterable itself (see compiler.callEx).
			items, e := py.SequenceItems(p, regs[b])
			if e != nil {
				if e.Matches(py.TypeErrorType) && regs[b].Type().Slots().Iter == nil && regs[b].Type().Slots().GetItem == nil {
					e = py.TypeError("%s argument after * must be an iterable, not %s", funcDesc(regs[a]), py.TypeName(regs[b]))
				}
				exc = e
				goto raise
			}
			args = py.NewTuple(items...)
		}
		v, e := t.callEx(regs[a], args, regs, c)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.CallIntrinsic1:
		v, e := t.intrinsic1(fr, int(in>>56), regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.CallIntrinsic2:
		v, e := t.intrinsic2(fr, int(in>>56), regs[b], regs[c])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.LoadBuildClass:
		v := fr.builtins.GetStr(py.Intern("__build_class__"))
		if v.IsNil() {
			exc = py.NameError("__build_class__", "__build_class__ not found")
			goto raise
		}
		regs[a] = v
	case bytecode.Raise:
		x := int(in >> 56)
		if x == 0 {
			if t.handled == nil {
				exc = py.RuntimeError("No active exception to reraise")
				goto raise
			}
			exc = t.handled
			reraise = true
			goto raise
		}
		var cause Object
		if x == 2 {
			cause = regs[b]
		}
		e := t.makeRaise(regs[a], cause, x == 2)
		if e.Type().IsSubtype(py.BaseExceptionType) && t.handled != nil && t.handled != e {
			setContext(e, t.handled)
		}
		exc = e
		goto raise
	case bytecode.Reraise:
		exc = py.AsException(regs[a])
		if exc == nil {
			exc = py.SystemError("RERAISE of a non-exception")
		}
		reraise = true
		goto raise
	case bytecode.PushExcInfo:
		if t.handled == nil {
			regs[a] = py.None
		} else {
			regs[a] = t.handled.Obj()
		}
		t.handled = py.AsException(regs[b])
	case bytecode.PopExcept:
		t.handled = py.AsException(regs[a])
	case bytecode.JumpUnlessExcMatch:
		m, e := excMatches(regs[a], regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		if !m {
			pc = int(in>>40&0xFFFF) | int(in>>56)<<16
		}
	case bytecode.CheckEgMatch:
		match, rest, e := t.egMatch(regs[b], regs[c])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a], regs[b] = match, rest
	case bytecode.LoadCommonConstant:
		regs[a] = commonConstant(t.interp, int(in>>56))
	case bytecode.BeforeWith:
		ex, v, e := t.beforeWith(regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a], regs[a+1] = ex, v
	case bytecode.BeforeAsyncWith:
		ex, v, e := t.beforeAsyncWith(regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a], regs[a+1] = ex, v
	case bytecode.WithExit:
		v, e := t.callObject(regs[b], []Object{py.None, py.None, py.None}, nil)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.WithExceptStart:
		ev := regs[c]
		tb := py.None
		if x := py.AsException(ev); x != nil && !x.Traceback().IsNil() {
			tb = x.Traceback()
		}
		v, e := t.callObject(regs[b], []Object{ev.Type().Obj(), ev, tb}, nil)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.GetYieldFromIter:
		x := regs[b]
		if g := asGenerator(x); g != nil {
			if g.kind == kindCoroutine && code.B.Flags&(bytecode.Coroutine|bytecode.IterableCoroutine) == 0 {
				exc = py.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
				goto raise
			}
			regs[a] = x
		} else {
			v, e := py.GetIter(p, x)
			if e != nil {
				exc = e
				goto raise
			}
			regs[a] = v
		}
	case bytecode.GetAwaitable:
		v, e := t.getAwaitable(regs[b], int(in>>56))
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.GetAiter:
		v, e := t.getAiter(regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.GetAnext:
		v, e := t.callMethod(regs[b], "__anext__")
		if e != nil {
			exc = e
			goto raise
		}
		aw, e := t.getAwaitable(v, 3)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = aw
	case bytecode.EndAsyncFor:
		e := py.AsException(regs[a])
		if e != nil && e.Matches(py.StopAsyncIterationType) {
			pc = int(in>>40&0xFFFF) | int(in>>56)<<16
			return pc, nil, false
		}
		exc = e
		reraise = true
		goto raise
	case bytecode.CleanupThrow:
		e := py.AsException(regs[a])
		if e != nil && e.Matches(py.StopIterationType) {
			v := e.Field("value")
			if v.IsNil() {
				v = py.None
			}
			regs[b] = v
			pc = int(in>>40&0xFFFF) | int(in>>56)<<16
			return pc, nil, false
		}
		exc = e
		reraise = true
		goto raise
	case bytecode.ImportName:
		lvl, _ := consts[c].Small()
		v, e := t.importName(fr, code.Names[b].String(), consts[c+1], int(lvl))
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.ImportFrom:
		v, e := t.importFrom(regs[b], code.Names[c])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.SetupAnnotations:
		if d, ok := py.AsDict(fr.locals); ok {
			if d.GetStr(py.Intern("__annotations__")).IsNil() {
				d.SetStr(py.Intern("__annotations__"), py.NewDict().Obj())
			}
		}
	case bytecode.JumpUnlessMapping:
		if !isMapping(regs[a]) {
			pc = int(in>>40&0xFFFF) | int(in>>56)<<16
		}
	case bytecode.JumpUnlessSequence:
		if !isSequence(regs[a]) {
			pc = int(in>>40&0xFFFF) | int(in>>56)<<16
		}
	case bytecode.GetLen:
		n, e := py.Len(p, regs[b])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = py.MakeInt(int64(n))
	case bytecode.MatchKeys:
		v, e := t.matchKeys(regs[b], regs[c])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.MatchClass:
		names, _ := py.AsTuple(consts[c])
		v, e := t.matchClass(regs[b], regs[a], int(in>>56), names)
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.FormatWithSpec:
		spec, _ := py.AsStr(regs[c])
		v, e := py.Format(p, regs[b], spec.String())
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.ConvertValue:
		var v Object
		var e *py.Exception
		switch in >> 56 {
		case 1:
			v, e = py.ToStr(p, regs[b])
		case 2:
			v, e = py.Repr(p, regs[b])
		default:
			v, e = asciiOf(p, regs[b])
		}
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.BuildInterpolation:
		v, e := t.buildInterpolation(regs, b, consts[c], int(in>>56))
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	case bytecode.BuildTemplate:
		v, e := t.buildTemplate(regs[b], regs[c])
		if e != nil {
			exc = e
			goto raise
		}
		regs[a] = v
	default:
		exc = py.SystemError("unknown opcode %s", op.String())
		goto raise
	}
	return pc, nil, false
raise:
	return pc, exc, reraise
}
