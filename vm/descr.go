package vm

import (
	"unsafe"

	"github.com/pygo/pygo/py"
)

// wrapper is staticmethod / classmethod: one callable.
type wrapper struct {
	py.Head
	f    Object
	dict *py.Dict
}

var StaticMethodType, ClassMethodType, PropertyType, SuperType *py.Type

func newStaticMethod(f Object) Object {
	return py.FromPtr(unsafe.Pointer(&wrapper{Head: py.MakeHead(StaticMethodType), f: f}))
}

func newClassMethod(f Object) Object {
	return py.FromPtr(unsafe.Pointer(&wrapper{Head: py.MakeHead(ClassMethodType), f: f}))
}

func wrapperNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if len(args) != 1 || kw.Len() > 0 {
		return nilObj, py.TypeError("%s expected 1 argument, got %d", typ.Name, len(args))
	}
	return py.FromPtr(unsafe.Pointer(&wrapper{Head: py.MakeHead(typ), f: args[0]})), nil
}

// property
type property struct {
	py.Head
	get, set, del, doc Object
	name               Object
}

func propNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	pr := &property{Head: py.MakeHead(typ)}
	var vals [4]Object
	names := []string{"fget", "fset", "fdel", "doc"}
	npos := len(args) - kw.Len()
	if npos > 4 {
		return nilObj, py.TypeError("property() takes at most 4 arguments (%d given)", npos)
	}
	copy(vals[:], args[:npos])
	for i := 0; i < kw.Len(); i++ {
		k, _ := py.AsStr(kw.Items()[i])
		found := false
		for j, n := range names {
			if n == k.String() {
				vals[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nilObj, py.TypeError("property() got an unexpected keyword argument '%s'", k.String())
		}
	}
	for i := range vals {
		if vals[i].IsNil() {
			vals[i] = py.None
		}
	}
	pr.get, pr.set, pr.del, pr.doc = vals[0], vals[1], vals[2], vals[3]
	if pr.doc.IsNone() && !pr.get.IsNone() {
		if d, e := py.GetAttrOpt(p, pr.get, "__doc__"); e == nil && !d.IsNil() {
			pr.doc = d
		}
	}
	pr.name = py.None
	return py.FromPtr(unsafe.Pointer(pr)), nil
}

func (pr *property) nameStr() string {
	if s, ok := py.AsStr(pr.name); ok {
		return s.String()
	}
	if !pr.get.IsNone() {
		if n, e := py.GetAttrOpt(nil, pr.get, "__name__"); e == nil && !n.IsNil() {
			if s, ok := py.AsStr(n); ok {
				return s.String()
			}
		}
	}
	return ""
}

// superObj is super(type, obj).
type superObj struct {
	py.Head
	typ     *py.Type
	obj     Object
	objType *py.Type
}

func superNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	t := vt(p)
	var start *py.Type
	var obj Object
	switch len(args) {
	case 0:
		fr := t.top()
		if fr == nil || fr.fn == nil {
			return nilObj, py.RuntimeError("super(): no arguments")
		}
		b := fr.code.B
		if b.ArgCount == 0 {
			return nilObj, py.RuntimeError("super(): no arguments")
		}
		obj = fr.regs[0]
		if isCell(obj) {
			obj = asCell(obj).Get()
		}
		if obj.IsNil() {
			return nilObj, py.RuntimeError("super(): arg[0] deleted")
		}
		for i, n := range b.FreeVars {
			if n == "__class__" {
				c := fr.regs[b.FreeStart+i]
				if isCell(c) {
					v := asCell(c).Get()
					if v.IsNil() {
						return nilObj, py.RuntimeError("super(): empty __class__ cell")
					}
					start = py.AsType(v)
					if start == nil {
						return nilObj, py.RuntimeError("super(): __class__ is not a type (%s)", py.TypeName(v))
					}
				}
			}
		}
		if start == nil {
			return nilObj, py.RuntimeError("super(): __class__ cell not found")
		}
	case 1, 2:
		start = py.AsType(args[0])
		if start == nil {
			return nilObj, py.TypeError("super() argument 1 must be a type, not %s", py.TypeName(args[0]))
		}
		if len(args) == 2 {
			obj = args[1]
		}
	default:
		return nilObj, py.TypeError("super() expected at most 2 arguments, got %d", len(args))
	}
	s := &superObj{Head: py.MakeHead(typ), typ: start, obj: obj}
	if !obj.IsNil() {
		if ot := py.AsType(obj); ot != nil && ot.IsSubtype(start) {
			s.objType = ot
		} else if obj.Type().IsSubtype(start) {
			s.objType = obj.Type()
		} else {
			if ot := py.AsType(obj); ot != nil {
				return nilObj, py.TypeError("super(type, obj): obj (type %s) is not an instance or subtype of type (%s).", ot.Name, start.Name)
			}
			return nilObj, py.TypeError("super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).", py.TypeName(obj), start.Name)
		}
	}
	return py.FromPtr(unsafe.Pointer(s)), nil
}

func superGetAttr(p *py.Thread, o Object, name *py.Str) (Object, *py.Exception) {
	s := (*superObj)(o.Ptr())
	if s.objType != nil && name.String() != "__class__" {
		mro := s.objType.MRO()
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			v := mro[i].Dict.GetStr(name)
			if v.IsNil() {
				continue
			}
			if get := v.Type().Slots().DescrGet; get != nil {
				obj := s.obj
				if obj.Is(s.objType.Obj()) {
					obj = nilObj
				}
				return get(p, v, obj, s.objType)
			}
			return v, nil
		}
	}
	return py.GenericGetAttr(p, o, name)
}

func initDescrTypes() {
	StaticMethodType = newTypeS("staticmethod", py.ObjectType, &py.Slots{
		New: wrapperNew,
		DescrGet: func(p *py.Thread, d, obj Object, typ *py.Type) (Object, *py.Exception) {
			return (*wrapper)(d.Ptr()).f, nil
		},
		Call: func(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return vt(p).callObject((*wrapper)(f.Ptr()).f, args, kw)
		},
	})
	StaticMethodType.Flags |= py.FlagBaseType
	ClassMethodType = newTypeS("classmethod", py.ObjectType, &py.Slots{
		New: wrapperNew,
		DescrGet: func(p *py.Thread, d, obj Object, typ *py.Type) (Object, *py.Exception) {
			if typ == nil {
				typ = obj.Type()
			}
			return newMethod((*wrapper)(d.Ptr()).f, typ.Obj()), nil
		},
	})
	ClassMethodType.Flags |= py.FlagBaseType
	for _, ty := range []*py.Type{StaticMethodType, ClassMethodType} {
		py.AddGetSet(ty, "__func__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*wrapper)(o.Ptr()).f, nil }, nil)
		py.AddGetSet(ty, "__wrapped__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*wrapper)(o.Ptr()).f, nil }, nil)
		py.AddGetSet(ty, "__isabstractmethod__", func(p *py.Thread, o Object) (Object, *py.Exception) { return py.False, nil }, nil)
	}

	PropertyType = newTypeS("property", py.ObjectType, &py.Slots{
		New: propNew,
		DescrGet: func(p *py.Thread, d, obj Object, typ *py.Type) (Object, *py.Exception) {
			pr := (*property)(d.Ptr())
			if obj.IsNil() {
				return d, nil
			}
			if pr.get.IsNone() {
				return nilObj, py.AttributeError(obj, pr.nameStr(), "property '%s' of '%s' object has no getter", pr.nameStr(), py.TypeName(obj))
			}
			return vt(p).callObject(pr.get, []Object{obj}, nil)
		},
		DescrSet: func(p *py.Thread, d, obj, v Object) *py.Exception {
			pr := (*property)(d.Ptr())
			if v.IsNil() {
				if pr.del.IsNone() {
					return py.AttributeError(obj, pr.nameStr(), "property '%s' of '%s' object has no deleter", pr.nameStr(), py.TypeName(obj))
				}
				_, e := vt(p).callObject(pr.del, []Object{obj}, nil)
				return e
			}
			if pr.set.IsNone() {
				return py.AttributeError(obj, pr.nameStr(), "property '%s' of '%s' object has no setter", pr.nameStr(), py.TypeName(obj))
			}
			_, e := vt(p).callObject(pr.set, []Object{obj, v}, nil)
			return e
		},
	})
	PropertyType.Flags |= py.FlagBaseType
	pcopy := func(which int) py.MethodFunc {
		return func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 {
				return nilObj, py.TypeError("expected 1 argument")
			}
			old := (*property)(self.Ptr())
			n := *old
			if args[0].IsNone() { // None keeps the old function, as in CPython
				return py.FromPtr(unsafe.Pointer(&n)), nil
			}
			switch which {
			case 0:
				n.get = args[0]
			case 1:
				n.set = args[0]
			case 2:
				n.del = args[0]
			}
			return py.FromPtr(unsafe.Pointer(&n)), nil
		}
	}
	py.AddMethod(PropertyType, "getter", pcopy(0))
	py.AddMethod(PropertyType, "setter", pcopy(1))
	py.AddMethod(PropertyType, "deleter", pcopy(2))
	py.AddMethod(PropertyType, "__set_name__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) == 2 {
			(*property)(self.Ptr()).name = args[1]
		}
		return py.None, nil
	})
	py.AddGetSet(PropertyType, "fget", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*property)(o.Ptr()).get, nil }, nil)
	py.AddGetSet(PropertyType, "fset", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*property)(o.Ptr()).set, nil }, nil)
	py.AddGetSet(PropertyType, "fdel", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*property)(o.Ptr()).del, nil }, nil)
	py.AddGetSet(PropertyType, "__doc__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*property)(o.Ptr()).doc, nil }, nil)

	SuperType = newTypeS("super", py.ObjectType, &py.Slots{
		New:     superNew,
		GetAttr: superGetAttr,
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			s := (*superObj)(o.Ptr())
			if s.objType == nil {
				return py.NewStrObj("<super: <class '" + s.typ.Name + "'>, NULL>"), nil
			}
			return py.NewStrObj("<super: <class '" + s.typ.Name + "'>, <" + s.objType.Name + " object>>"), nil
		},
	})
	SuperType.Flags |= py.FlagBaseType

	// object's and type's dunders callable from Python (super().__init__()).
	py.AddMethod(py.ObjectType, "__init__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) > 0 {
			typ := self.Type()
			if !pyDefined(typ, "__new__") || pyDefined(typ, "__init__") {
				return nilObj, py.TypeError("%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
			}
		}
		return py.None, nil
	})
	objNew := py.NewBuiltin("__new__", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) == 0 {
			return nilObj, py.TypeError("object.__new__(): not enough arguments")
		}
		typ := py.AsType(args[0])
		if typ == nil {
			return nilObj, py.TypeError("object.__new__(X): X is not a type object (%s)", py.TypeName(args[0]))
		}
		if typ.Layout == py.ObjectType && typ.Flags&py.FlagHeapType != 0 {
			if len(args) > 1 && !pyDefined(typ, "__init__") {
				return nilObj, py.TypeError("%s() takes no arguments", typ.Name)
			}
			return newInstance(typ), nil
		}
		if typ.Layout != nil && typ.Layout != py.ObjectType {
			// CPython's tp_new_wrapper safety check: the layout's own
			// __new__ must build such objects.
			return nilObj, py.TypeError("object.__new__(%s) is not safe, use %s.__new__()", typ.Name, typ.Layout.Name)
		}
		return typ.Layout.Slots().New(p, typ, nil, nil)
	})
	py.ObjectType.Dict.SetStr(py.Intern("__new__"), newStaticMethod(objNew.Obj()))
	py.AddMethod(py.ObjectType, "__setattr__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 2 {
			return nilObj, py.TypeError("expected 2 arguments, got %d", len(args))
		}
		n, ok := py.AsStr(args[0])
		if !ok {
			return nilObj, py.TypeError("attribute name must be string, not '%s'", py.TypeName(args[0]))
		}
		return py.None, py.GenericSetAttr(p, self, py.Intern(n.String()), args[1])
	})
	py.AddMethod(py.ObjectType, "__delattr__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("expected 1 argument, got %d", len(args))
		}
		n, _ := py.AsStr(args[0])
		return py.None, py.GenericSetAttr(p, self, py.Intern(n.String()), nilObj)
	})
	py.AddMethod(py.ObjectType, "__getattribute__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("expected 1 argument, got %d", len(args))
		}
		n, ok := py.AsStr(args[0])
		if !ok {
			return nilObj, py.TypeError("attribute name must be string, not '%s'", py.TypeName(args[0]))
		}
		return py.GenericGetAttr(p, self, py.Intern(n.String()))
	})
	for _, op := range []py.CmpOp{py.Eq, py.Ne, py.Lt, py.Le, py.Gt, py.Ge} {
		op := op
		py.AddMethod(py.ObjectType, op.Dunder(), func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 {
				return nilObj, py.TypeError("expected 1 argument, got %d", len(args))
			}
			switch op {
			case py.Eq:
				if self.Is(args[0]) {
					return py.True, nil
				}
			case py.Ne:
				r, _, e := callDunder(p, self, "__eq__", args[0])
				if e != nil || r.Is(py.NotImplemented) {
					return r, e
				}
				b, e := py.Truthy(p, r)
				return py.Bool(!b), e
			}
			return py.NotImplemented, nil
		})
	}
	py.AddMethod(py.ObjectType, "__hash__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		h := int64(uintptr(self.Ptr()))
		h = int64(uint64(h)>>4 | uint64(h)<<60)
		return py.MakeInt(h), nil
	})
	py.AddMethod(py.ObjectType, "__str__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.Repr(p, self)
	})
	py.AddClassMethod(py.ObjectType, "__init_subclass__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) > 0 || kw.Len() > 0 {
			return nilObj, py.TypeError("%s.__init_subclass__() takes no keyword arguments", py.AsType(self).Name)
		}
		return py.None, nil
	})
	py.AddMethod(py.ObjectType, "__dir__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return dirOf(p, self)
	})
	typeNewFn := py.NewBuiltin("__new__", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) < 1 {
			return nilObj, py.TypeError("type.__new__(): not enough arguments")
		}
		meta := py.AsType(args[0])
		if meta == nil {
			return nilObj, py.TypeError("type.__new__(X): X is not a type object (%s)", py.TypeName(args[0]))
		}
		if len(args)-kw.Len() == 2 && meta == py.TypeType {
			return args[1].Type().Obj(), nil
		}
		if len(args)-kw.Len() != 4 {
			return nilObj, py.TypeError("type.__new__() takes exactly 3 arguments (%d given)", len(args)-1)
		}
		return typeNewHook(p, meta, args[1:], kw)
	})
	py.TypeType.Dict.SetStr(py.Intern("__new__"), newStaticMethod(typeNewFn.Obj()))
	py.AddMethod(py.TypeType, "__init__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.None, nil
	})
	py.AddMethod(py.TypeType, "__call__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		typ := py.AsType(self)
		sl := typ.Slots()
		if sl.New == nil {
			return nilObj, py.TypeError("cannot create '%s' instances", typ.Name)
		}
		o, e := sl.New(p, typ, args, kw)
		if e != nil {
			return nilObj, e
		}
		if o.Type().IsSubtype(typ) {
			if init := o.Type().Slots().Init; init != nil {
				if e := init(p, o, args, kw); e != nil {
					return nilObj, e
				}
			}
		}
		return o, nil
	})
	py.AddMethod(py.TypeType, "__instancecheck__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.Bool(args[0].Type().IsSubtype(py.AsType(self))), nil
	})
	py.AddMethod(py.TypeType, "__subclasscheck__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		st := py.AsType(args[0])
		return py.Bool(st != nil && st.IsSubtype(py.AsType(self))), nil
	})
}
