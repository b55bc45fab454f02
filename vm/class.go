package vm

import (
	"unsafe"

	"github.com/pygo/pygo/py"
)

// classInfo is the VM's per-class data (py.Type.VM).
type classInfo struct {
	customGetAttr bool
	noDict        bool // __slots__ without "__dict__": instances have no __dict__
	// nslots is the number of __slots__ members of instances (this class's
	// and its bases'); slotNames their names by index; slotBase the most
	// derived class on the MRO that added members (nil: none), the
	// "solid base" of layout checks and __class__ assignment.
	nslots    int
	slotNames []string
	slotBase  *py.Type
}

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=, **kw).
func buildClass(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	t := vt(p)
	npos := len(args) - kw.Len()
	if npos < 2 {
		return nilObj, py.TypeError("__build_class__: not enough arguments")
	}
	body := asFunction(args[0])
	if body == nil {
		return nilObj, py.TypeError("__build_class__: func must be a function")
	}
	name := args[1]
	if _, ok := py.AsStr(name); !ok {
		return nilObj, py.TypeError("__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	bases, e := resolveMroEntries(t, origBases)
	if e != nil {
		return nilObj, e
	}
	var meta Object
	var kwNames []Object
	var kwVals []Object
	for i := 0; i < kw.Len(); i++ {
		k := kw.Items()[i]
		if s, _ := py.AsStr(k); s.String() == "metaclass" {
			meta = args[npos+i]
			continue
		}
		kwNames = append(kwNames, k)
		kwVals = append(kwVals, args[npos+i])
	}
	isClass := false
	if meta.IsNil() {
		if len(bases) > 0 {
			meta = bases[0].Type().Obj()
		} else {
			meta = py.TypeType.Obj()
		}
		isClass = true
	} else if py.AsType(meta) != nil {
		isClass = true
	}
	if isClass {
		// The most derived metaclass of meta and the bases' types.
		winner := py.AsType(meta)
		for _, b := range bases {
			bt := b.Type()
			if winner.IsSubtype(bt) {
				continue
			}
			if bt.IsSubtype(winner) {
				winner = bt
				continue
			}
			return nilObj, py.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner.Obj()
	}
	basesT := py.NewTuple(bases...)
	var kwt *py.Tuple
	if len(kwNames) > 0 {
		kwt = py.NewTuple(kwNames...)
	}
	// __prepare__
	var ns Object
	prep, e := py.GetAttrOpt(p, meta, "__prepare__")
	if e != nil {
		return nilObj, e
	}
	if !prep.IsNil() {
		ns, e = t.callObject(prep, append([]Object{name, basesT.Obj()}, kwVals...), kwt)
		if e != nil {
			return nilObj, e
		}
		if ns.Type().Slots().GetItem == nil {
			mn := "<metaclass>"
			if mt := py.AsType(meta); mt != nil {
				mn = mt.Name
			}
			return nilObj, py.TypeError("%s.__prepare__() must return a mapping, not %s", mn, py.TypeName(ns))
		}
	} else {
		ns = py.NewDict().Obj()
	}
	// Run the body with ns as its locals.
	if _, e := t.runBody(body, ns); e != nil {
		return nilObj, e
	}
	if len(origBases) != len(bases) || !sameObjs(origBases, bases) {
		py.SetItem(p, ns, py.NewStrObj("__orig_bases__"), py.NewTuple(origBases...).Obj())
	}
	callArgs := append([]Object{name, basesT.Obj(), ns}, kwVals...)
	cls, e := t.callObject(meta, callArgs, kwt)
	if e != nil {
		return nilObj, e
	}
	return cls, nil
}

func sameObjs(a, b []Object) bool {
	for i := range a {
		if !a[i].Is(b[i]) {
			return false
		}
	}
	return true
}

func resolveMroEntries(t *Thread, bases []Object) ([]Object, *py.Exception) {
	var out []Object
	changed := false
	for _, b := range bases {
		if py.AsType(b) == nil {
			me, e := py.GetAttrOpt(t.P, b, "__mro_entries__")
			if e != nil {
				return nil, e
			}
			if !me.IsNil() {
				r, e := t.callObject(me, []Object{py.NewTuple(bases...).Obj()}, nil)
				if e != nil {
					return nil, e
				}
				tu, ok := py.AsTuple(r)
				if !ok {
					return nil, py.TypeError("__mro_entries__ must return a tuple")
				}
				out = append(out, tu.Items()...)
				changed = true
				continue
			}
		}
		out = append(out, b)
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// runBody runs a class body function with ns as its locals mapping.
func (t *Thread) runBody(fn *Function, ns Object) (Object, *py.Exception) {
	if exc := t.enter(); exc != nil {
		return nilObj, exc
	}
	defer t.leave()
	code := fn.Code
	win := t.window(code.B.NRegs)
	regs := win[:code.B.NRegs:len(win)]
	clear(regs)
	f := t.pushFrame()
	f.code, f.fn, f.regs, f.globals, f.builtins, f.entry, f.locals = code, fn, regs, fn.Globals, fn.Builtins, true, ns
	return t.run(f)
}

// typeNewHook is type.__new__(meta, name, bases, ns).
func typeNewHook(p *py.Thread, meta *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	t := vt(p)
	name, ok := py.AsStr(args[0])
	if !ok {
		return nilObj, py.TypeError("type.__new__() argument 1 must be str, not %s", py.TypeName(args[0]))
	}
	bt, ok := py.AsTuple(args[1])
	if !ok {
		return nilObj, py.TypeError("type.__new__() argument 2 must be tuple, not %s", py.TypeName(args[1]))
	}
	src, ok := py.AsDict(args[2])
	if !ok {
		return nilObj, py.TypeError("type.__new__() argument 3 must be dict, not %s", py.TypeName(args[2]))
	}
	var bases []*py.Type
	for _, b := range bt.Items() {
		bty := py.AsType(b)
		if bty == nil {
			if mro, e := py.GetAttrOpt(p, b, "__mro_entries__"); e == nil && !mro.IsNil() {
				return nilObj, py.TypeError("type() doesn't support MRO entry resolution; use types.new_class()")
			}
			return nilObj, py.TypeError("bases must be types")
		}
		bases = append(bases, bty)
	}
	// The most derived metaclass of meta and the bases' wins (type() with
	// bases of a custom metaclass); a Python __new__ of the winner runs.
	winner := meta
	for _, b := range bases {
		bm := b.Obj().Type()
		switch {
		case winner.IsSubtype(bm):
		case bm.IsSubtype(winner):
			winner = bm
		default:
			return nilObj, py.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	if winner != meta {
		if pyDefined(winner, "__new__") {
			nf, e := py.GetAttr(p, winner.Obj(), py.Intern("__new__"))
			if e != nil {
				return nilObj, e
			}
			return t.callObject(nf, append([]Object{winner.Obj()}, args...), kw)
		}
		meta = winner
	}
	d := src.Copy()
	typ, e := py.NewType(name.String(), bases, d)
	if e != nil {
		return nilObj, e
	}
	if meta != py.TypeType {
		typ.Head.SetType(meta)
		if pyDefined(meta, "mro") {
			if e := customMRO(t, typ); e != nil {
				return nilObj, e
			}
		}
	}
	if q := d.GetStr(py.Intern("__qualname__")); !q.IsNil() {
		qs, ok := py.AsStr(q)
		if !ok {
			return nilObj, py.TypeError("type __qualname__ must be a str, not %s", py.TypeName(q))
		}
		typ.Qualname = qs.String()
		d.Delete(p, py.Intern("__qualname__").Obj())
	}
	if m := d.GetStr(py.Intern("__module__")); !m.IsNil() {
		if ms, ok := py.AsStr(m); ok {
			typ.Module = ms.String()
		}
	} else if fr := t.top(); fr != nil {
		if m := fr.globals.GetStr(py.Intern("__name__")); !m.IsNil() {
			d.SetStr(py.Intern("__module__"), m)
			if ms, ok := py.AsStr(m); ok {
				typ.Module = ms.String()
			}
		}
	}
	info, wantDict, e := applySlots(p, typ, d)
	if e != nil {
		return nilObj, e
	}
	// A builtin layout with its own __dict__ (exceptions) keeps it.
	inherited := basesHaveDict(typ) || typ.Layout != py.ObjectType && typ.Layout.Slots().Dict != nil
	noDict := !wantDict && !inherited
	// A layout with a __dict__ attribute of its own (type) keeps it.
	if (typ.Layout == py.ObjectType || typ.Slots().Dict == nil) && typ.Layout.Lookup(py.Intern("__dict__")).IsNil() {
		if !noDict && !inherited && d.GetStr(py.Intern("__dict__")).IsNil() {
			d.SetStr(py.Intern("__dict__"), instanceDictDescr(typ))
		}
	}
	info.noDict = noDict
	typ.VM = info
	// Instances of a class without __slots__ support weak references
	// (when no base does yet, and the layout is not variable-size).
	if d.GetStr(py.Intern("__slots__")).IsNil() && typ.Lookup(py.Intern("__weakref__")).IsNil() {
		switch typ.Layout {
		case py.IntType, py.TupleType, py.BytesType:
		default:
			d.SetStr(py.Intern("__weakref__"), weakrefDescr(typ))
		}
	}
	if d.GetStr(py.Intern("__doc__")).IsNil() {
		d.SetStr(py.Intern("__doc__"), py.None)
	}
	// __eq__ without __hash__ makes instances unhashable.
	if !d.GetStr(py.Intern("__eq__")).IsNil() && d.GetStr(py.Intern("__hash__")).IsNil() {
		d.SetStr(py.Intern("__hash__"), py.None)
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f := d.GetStr(py.Intern(n)); asFunction(f) != nil {
			d.SetStr(py.Intern(n), newClassMethod(f))
		}
	}
	if f := d.GetStr(py.Intern("__new__")); asFunction(f) != nil {
		d.SetStr(py.Intern("__new__"), newStaticMethod(f))
	}
	if c := d.GetStr(py.Intern("__classcell__")); !c.IsNil() {
		if isCell(c) {
			asCell(c).Set(typ.Obj())
		}
		d.Delete(p, py.Intern("__classcell__").Obj())
	}
	if c := d.GetStr(py.Intern("__classdictcell__")); !c.IsNil() {
		if isCell(c) {
			asCell(c).Set(d.Obj())
		}
		d.Delete(p, py.Intern("__classdictcell__").Obj())
	}
	installSlots(typ)
	typ.Modified()
	// __set_name__
	keys, vals := d.Items()
	for i, v := range vals {
		sn, e := t.lookupSpecial(v, "__set_name__")
		if e != nil {
			return nilObj, e
		}
		if !sn.IsNil() {
			if _, e := t.callObject(sn, []Object{typ.Obj(), keys[i]}, nil); e != nil {
				ks, _ := py.ReprS(p, keys[i])
				note := py.NewStrObj("Error calling __set_name__ on '" + py.TypeName(v) + "' instance " + ks + " in '" + typ.Name + "'")
				if add, e2 := py.GetAttrOpt(p, e.Obj(), "add_note"); e2 == nil && !add.IsNil() {
					t.callObject(add, []Object{note}, nil)
				}
				return nilObj, e
			}
		}
	}
	// super().__init_subclass__(**kw)
	mro := typ.MRO()
	for _, m := range mro[1:] {
		if f := m.Dict.GetStr(py.Intern("__init_subclass__")); !f.IsNil() {
			var bound Object
			if get := f.Type().Slots().DescrGet; get != nil {
				bound, e = get(p, f, nilObj, typ)
				if e != nil {
					return nilObj, e
				}
			} else {
				bound = f
			}
			if _, e := t.callObject(bound, args[3:], kw); e != nil {
				return nilObj, e
			}
			break
		}
	}
	return typ.Obj(), nil
}

// customMRO installs the MRO a metaclass's mro() override computes.
func customMRO(t *Thread, typ *py.Type) *py.Exception {
	r, _, e := callDunder(t.P, typ.Obj(), "mro")
	if e != nil {
		return e
	}
	items, e := py.SequenceItems(t.P, r)
	if e != nil {
		return e
	}
	mro := make([]*py.Type, len(items))
	for i, it := range items {
		c := py.AsType(it)
		if c == nil {
			return py.TypeError("mro() returned a non-class ('%s')", py.TypeName(it))
		}
		if !typ.Layout.IsSubtype(c.Layout) {
			return py.TypeError("mro() returned base with unsuitable layout ('%s')", c.Name)
		}
		mro[i] = c
	}
	typ.SetMRO(mro)
	return nil
}

// ---------------------------------------------------------------- slots from dunders

// pyDefined reports whether name is found on typ's MRO in a class
// created by Python code (so the slot must call it).
func pyDefined(typ *py.Type, name string) bool {
	n := py.Intern(name)
	for _, m := range typ.MRO() {
		if v := m.Dict.GetStr(n); !v.IsNil() {
			return m.Flags&py.FlagHeapType != 0
		}
	}
	return false
}

// callDunder calls type(o).name(o, args...); found is false when absent.
func callDunder(p *py.Thread, o Object, name string, args ...Object) (Object, bool, *py.Exception) {
	attr := o.Type().Lookup(py.Intern(name))
	if attr.IsNil() {
		return nilObj, false, nil
	}
	t := vt(p)
	if fn := asFunction(attr); fn != nil {
		buf := make([]Object, 0, len(args)+1)
		buf = append(buf, o)
		buf = append(buf, args...)
		v, e := t.callFunction(fn, buf, nil)
		return v, true, e
	}
	if attr.IsNone() {
		return nilObj, true, py.TypeError("'%s' object is not callable", "NoneType")
	}
	if get := attr.Type().Slots().DescrGet; get != nil {
		b, e := get(p, attr, o, o.Type())
		if e != nil {
			return nilObj, true, e
		}
		attr = b
	} else {
		args = append([]Object{o}, args...)
	}
	v, e := t.callObject(attr, args, nil)
	return v, true, e
}

// WeakrefHead is the first weak reference to o, or None: what the
// __weakref__ attribute of instances reads. The _weakref module (which
// owns the references) replaces it in its init.
var WeakrefHead = func(o Object) Object { return py.None }

// weakrefDescr is the __weakref__ attribute a class gets when its
// instances support weak references.
func weakrefDescr(typ *py.Type) Object {
	return (&py.GetSetDescr{Head: py.MakeHead(py.GetSetDescrType), Name: "__weakref__", Owner: typ,
		Get: func(p *py.Thread, o Object) (Object, *py.Exception) { return WeakrefHead(o), nil }}).Obj()
}

func installSlots(typ *py.Type) {
	// Start from what the bases provide: a re-derivation (after a dunder
	// was assigned or deleted) must drop the slots of removed dunders.
	s := py.InheritedSlots(typ)
	info := &classInfo{}
	if prev, ok := typ.VM.(*classInfo); ok {
		*info = *prev
		info.customGetAttr = false
	}
	typ.VM = info
	has := func(n string) bool { return pyDefined(typ, n) }
	if typ.Layout == py.ObjectType {
		s.New = instanceNew
		s.Dict = func(o Object) *py.Dict { return (*Instance)(o.Ptr()).Dict() }
	}
	switch {
	case info.noDict:
		s.Dict = nil
	case s.Dict == nil:
		// A builtin layout without room for a __dict__ (int, str, list...).
		s.Dict = subclassDict
	}
	if has("__repr__") {
		s.Repr = func(p *py.Thread, o Object) (Object, *py.Exception) { return strResult(p, o, "__repr__") }
	}
	if has("__str__") {
		s.Str = func(p *py.Thread, o Object) (Object, *py.Exception) { return strResult(p, o, "__str__") }
	}
	if h := typ.Lookup(py.Intern("__hash__")); h.IsNone() {
		s.Hash = nil
	} else if has("__hash__") {
		s.Hash = func(p *py.Thread, o Object) (int64, *py.Exception) {
			v, _, e := callDunder(p, o, "__hash__")
			if e != nil {
				return 0, e
			}
			if !py.IsInt(v) {
				return 0, py.TypeError("__hash__ method should return an integer")
			}
			h, e := py.Hash(p, v)
			return h, e
		}
	}
	for _, n := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		if has(n) {
			base := s.Compare
			s.Compare = func(p *py.Thread, a, b Object, op py.CmpOp) (Object, *py.Exception) {
				return compareSlot(p, a, b, op, base)
			}
			break
		}
	}
	if has("__bool__") {
		s.Bool = func(p *py.Thread, o Object) (bool, *py.Exception) {
			v, _, e := callDunder(p, o, "__bool__")
			if e != nil {
				return false, e
			}
			if v.Type() != py.BoolType {
				return false, py.TypeError("__bool__ should return bool, returned %s", py.TypeName(v))
			}
			return v.Is(py.True), nil
		}
	} else if has("__len__") {
		s.Bool = func(p *py.Thread, o Object) (bool, *py.Exception) {
			n, e := lenSlot(p, o)
			return n != 0, e
		}
	}
	if has("__len__") {
		s.Len = lenSlot
	}
	for op := py.BinOp(0); op < py.NumBinOps; op++ {
		fwd, refl, inpl := op.Dunder()
		if has(fwd) {
			s.Bin[op] = binSlot(fwd)
		}
		if has(refl) {
			s.RBin[op] = binSlot(refl)
		}
		if inpl != "" && has(inpl) {
			s.IBin[op] = binSlot(inpl)
		}
	}
	un := func(name string, dst *func(*py.Thread, Object) (Object, *py.Exception)) {
		if has(name) {
			*dst = func(p *py.Thread, o Object) (Object, *py.Exception) {
				v, _, e := callDunder(p, o, name)
				return v, e
			}
		}
	}
	un("__neg__", &s.Neg)
	un("__pos__", &s.Pos)
	un("__abs__", &s.Abs)
	un("__invert__", &s.Invert)
	un("__index__", &s.Index)
	un("__int__", &s.Int)
	un("__float__", &s.Float)
	un("__iter__", &s.Iter)
	if has("__next__") {
		s.Next = func(p *py.Thread, o Object) (Object, *py.Exception) {
			v, _, e := callDunder(p, o, "__next__")
			if e != nil && e.Matches(py.StopIterationType) {
				return nilObj, nil
			}
			return v, e
		}
	}
	if has("__getattribute__") || has("__getattr__") {
		info.customGetAttr = true
		ga := has("__getattribute__")
		// A builtin layout's own lookup (module, threading.local) comes
		// before __getattr__, not the generic one.
		base := py.GenericGetAttr
		if typ.Layout != py.ObjectType && typ.Layout.Slots().GetAttr != nil {
			base = typ.Layout.Slots().GetAttr
		}
		s.GetAttr = func(p *py.Thread, o Object, name *py.Str) (Object, *py.Exception) {
			var v Object
			var e *py.Exception
			if ga {
				v, _, e = callDunder(p, o, "__getattribute__", name.Obj())
			} else {
				v, e = base(p, o, name)
			}
			if e != nil && e.Matches(py.AttributeErrorType) {
				if !o.Type().Lookup(py.Intern("__getattr__")).IsNil() {
					v, _, e = callDunder(p, o, "__getattr__", name.Obj())
				}
			}
			return v, e
		}
	}
	if has("__setattr__") || has("__delattr__") {
		s.SetAttr = func(p *py.Thread, o Object, name *py.Str, v Object) *py.Exception {
			var e *py.Exception
			if v.IsNil() {
				_, _, e = callDunder(p, o, "__delattr__", name.Obj())
			} else {
				_, _, e = callDunder(p, o, "__setattr__", name.Obj(), v)
			}
			return e
		}
	}
	if has("__get__") {
		s.DescrGet = func(p *py.Thread, d, obj Object, typ *py.Type) (Object, *py.Exception) {
			o := obj
			if o.IsNil() {
				o = py.None
			}
			var to Object = py.None
			if typ != nil {
				to = typ.Obj()
			}
			v, _, e := callDunder(p, d, "__get__", o, to)
			return v, e
		}
	}
	if has("__set__") || has("__delete__") {
		s.DescrSet = func(p *py.Thread, d, obj, v Object) *py.Exception {
			var e *py.Exception
			var found bool
			if v.IsNil() {
				_, found, e = callDunder(p, d, "__delete__", obj)
			} else {
				_, found, e = callDunder(p, d, "__set__", obj, v)
			}
			if !found && e == nil {
				e = py.AttributeError(obj, "", "__set__")
			}
			return e
		}
	}
	if has("__call__") {
		s.Call = func(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			attr := f.Type().Lookup(py.Intern("__call__"))
			t := vt(p)
			if fn := asFunction(attr); fn != nil {
				buf := make([]Object, 0, len(args)+1)
				buf = append(append(buf, f), args...)
				return t.callFunction(fn, buf, kw)
			}
			b, _, e := bindAttr(p, attr, f)
			if e != nil {
				return nilObj, e
			}
			return t.callObject(b, args, kw)
		}
	}
	if has("__getitem__") {
		s.GetItem = func(p *py.Thread, o, k Object) (Object, *py.Exception) {
			v, _, e := callDunder(p, o, "__getitem__", k)
			return v, e
		}
	}
	if has("__setitem__") || has("__delitem__") {
		s.SetItem = func(p *py.Thread, o, k, v Object) *py.Exception {
			var e *py.Exception
			var found bool
			if v.IsNil() {
				_, found, e = callDunder(p, o, "__delitem__", k)
				if !found {
					e = py.AttributeError(o, "__delitem__", "%s", "__delitem__")
				}
			} else {
				_, found, e = callDunder(p, o, "__setitem__", k, v)
				if !found {
					e = py.TypeError("'%s' object does not support item assignment", py.TypeName(o))
				}
			}
			return e
		}
	}
	if has("__contains__") {
		s.Contains = func(p *py.Thread, o, k Object) (bool, *py.Exception) {
			v, _, e := callDunder(p, o, "__contains__", k)
			if e != nil {
				return false, e
			}
			return py.Truthy(p, v)
		}
	}
	if has("__new__") {
		s.New = func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			f := typ.Lookup(py.Intern("__new__"))
			if get := f.Type().Slots().DescrGet; get != nil {
				var e *py.Exception
				if f, e = get(p, f, nilObj, typ); e != nil {
					return nilObj, e
				}
			}
			buf := append([]Object{typ.Obj()}, args...)
			return vt(p).callObject(f, buf, kw)
		}
	}
	if has("__init__") {
		s.Init = func(p *py.Thread, self Object, args []Object, kw *py.Tuple) *py.Exception {
			attr := self.Type().Lookup(py.Intern("__init__"))
			t := vt(p)
			var v Object
			var e *py.Exception
			if fn := asFunction(attr); fn != nil {
				buf := make([]Object, 0, len(args)+1)
				buf = append(append(buf, self), args...)
				v, e = t.callFunction(fn, buf, kw)
			} else {
				b, _, e2 := bindAttr(p, attr, self)
				if e2 != nil {
					return e2
				}
				v, e = t.callObject(b, args, kw)
			}
			if e != nil {
				return e
			}
			if !v.IsNone() {
				return py.TypeError("__init__() should return None, not '%s'", py.TypeName(v))
			}
			return nil
		}
	}
	if has("__pow__") || has("__rpow__") {
		// pow(a, b, m): a.__pow__(b, m), or b.__rpow__(a, m) when this
		// class is the second operand's.
		s.Pow3 = func(p *py.Thread, a, b, m Object) (Object, *py.Exception) {
			if a.Type().IsSubtype(typ) {
				if v, found, e := callDunder(p, a, "__pow__", b, m); found || e != nil {
					return v, e
				}
				return py.NotImplemented, nil
			}
			if v, found, e := callDunder(p, b, "__rpow__", a, m); found || e != nil {
				return v, e
			}
			return py.NotImplemented, nil
		}
	}
	// A dunder set to None blocks the protocol (and its fallbacks).
	if v := typ.Lookup(py.Intern("__iter__")); v.IsNone() {
		s.Iter = func(p *py.Thread, o Object) (Object, *py.Exception) {
			return nilObj, py.TypeError("'%s' object is not iterable", py.TypeName(o))
		}
	}
	if v := typ.Lookup(py.Intern("__contains__")); v.IsNone() {
		s.Contains = func(p *py.Thread, o, k Object) (bool, *py.Exception) {
			return false, py.TypeError("'%s' object is not a container", py.TypeName(o))
		}
	}
	typ.SetSlots(&s)
}

func bindAttr(p *py.Thread, attr, o Object) (Object, bool, *py.Exception) {
	if get := attr.Type().Slots().DescrGet; get != nil {
		v, e := get(p, attr, o, o.Type())
		return v, true, e
	}
	return attr, false, nil
}

func strResult(p *py.Thread, o Object, name string) (Object, *py.Exception) {
	v, _, e := callDunder(p, o, name)
	if e != nil {
		return nilObj, e
	}
	if _, ok := py.AsStr(v); !ok {
		return nilObj, py.TypeError("%s returned non-string (type %s)", name, py.TypeName(v))
	}
	return v, nil
}

func lenSlot(p *py.Thread, o Object) (int, *py.Exception) {
	v, _, e := callDunder(p, o, "__len__")
	if e != nil {
		return 0, e
	}
	if !py.IsInt(v) {
		if v.Type().Slots().Index == nil {
			return 0, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(v))
		}
		if v, e = py.Index(p, v); e != nil {
			return 0, e
		}
	}
	// The sign is checked before the size, as CPython does.
	if i, b, _ := py.IntValue(v); b != nil && b.Sign() < 0 || b == nil && i < 0 {
		return 0, py.ValueError("__len__() should return >= 0")
	}
	n, ok := py.AsInt64(v)
	if !ok {
		return 0, py.OverflowError("cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

func binSlot(name string) func(p *py.Thread, a, b Object) (Object, *py.Exception) {
	return func(p *py.Thread, a, b Object) (Object, *py.Exception) {
		v, found, e := callDunder(p, a, name, b)
		if !found && e == nil {
			return py.NotImplemented, nil
		}
		return v, e
	}
}

func compareSlot(p *py.Thread, a, b Object, op py.CmpOp, base func(*py.Thread, Object, Object, py.CmpOp) (Object, *py.Exception)) (Object, *py.Exception) {
	name := op.Dunder()
	if pyDefined(a.Type(), name) {
		v, _, e := callDunder(p, a, name, b)
		return v, e
	}
	if op == py.Ne && pyDefined(a.Type(), "__eq__") {
		v, _, e := callDunder(p, a, "__eq__", b)
		if e != nil || v.Is(py.NotImplemented) {
			return v, e
		}
		tr, e := py.Truthy(p, v)
		if e != nil {
			return nilObj, e
		}
		return py.Bool(!tr), nil
	}
	if base != nil {
		return base(p, a, b, op)
	}
	return py.NotImplemented, nil
}

func instanceNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if len(args) > 0 {
		if !pyDefined(typ, "__init__") && !pyDefined(typ, "__new__") {
			return nilObj, py.TypeError("%s() takes no arguments", typ.Name)
		}
	}
	return newInstance(typ), nil
}

func newInstance(typ *py.Type) Object {
	if ci, ok := typ.VM.(*classInfo); ok && ci.nslots > 0 {
		return newSlottedInstance(typ, ci.nslots)
	}
	o := &Instance{Head: py.MakeHead(typ)}
	return py.FromPtr(unsafe.Pointer(o))
}
