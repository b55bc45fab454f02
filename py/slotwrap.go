package py

import (
	"fmt"
	"unsafe"
)

// Slot wrappers: the dunder methods of builtin types as Python sees them
// (list.__len__, int.__add__, dict.__getitem__). CPython puts a
// wrapper_descriptor in the type's dict for every slot the type defines
// itself; getting one from an instance binds it to a method-wrapper.
// pygo's builtin types are built from Slots tables in Go, so the wrappers
// are derived from those tables once the types are complete
// (AddSlotWrappers). A wrapper calls the slot function of the type that
// defines it, never the instance type's slot, so list.__len__(self) inside
// a subclass's __len__ does not recurse.

var (
	// WrapperDescrType is wrapper_descriptor (list.__len__);
	// MethodWrapperType is method-wrapper ([].__len__).
	WrapperDescrType, MethodWrapperType *Type
	builtinTypes                        []*Type // every type made by initBuiltin, in order
)

func initSlotWrapperTypes() {
	WrapperDescrType = &Type{}
	initBuiltin(WrapperDescrType, "wrapper_descriptor", ObjectType, 0, &Slots{
		DescrGet: wrapperDescrGet, Call: wrapperDescrCall,
		Repr: func(t *Thread, o Object) (Object, *Exception) {
			d := (*MethodDescr)(o.p)
			return NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", d.Name, d.Owner.Name)).Obj(), nil
		},
	})
	MethodWrapperType = &Type{}
	initBuiltin(MethodWrapperType, "method-wrapper", ObjectType, 0, &Slots{
		Call: builtinCall,
		Repr: func(t *Thread, o Object) (Object, *Exception) {
			b := (*BuiltinFunction)(o.p)
			return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", b.Name, TypeName(b.Self), uintptr(b.Self.p))).Obj(), nil
		},
	})
	builtinFunctionMembers(MethodWrapperType)
	for _, typ := range []*Type{WrapperDescrType, MethodDescrType, ClassMethodDescrType} {
		descrMembers(typ)
	}
}

// descrMembers are __name__, __qualname__, __objclass__ and __doc__ of the
// method descriptor types.
func descrMembers(typ *Type) {
	get := func(name string, f func(d *MethodDescr) Object) {
		if typ.Dict.GetStr(Intern(name)).p != nil {
			return
		}
		addGetSet(typ, name, func(t *Thread, o Object) (Object, *Exception) {
			return f((*MethodDescr)(o.p)), nil
		}, nil)
	}
	get("__name__", func(d *MethodDescr) Object { return NewStr(d.Name).Obj() })
	get("__qualname__", func(d *MethodDescr) Object { return NewStr(d.Owner.Name + "." + d.Name).Obj() })
	get("__objclass__", func(d *MethodDescr) Object { return d.Owner.Obj() })
	get("__doc__", func(d *MethodDescr) Object { return None })
	get("__text_signature__", func(d *MethodDescr) Object { return None })
}

func wrapperDescrGet(t *Thread, descr, obj Object, typ *Type) (Object, *Exception) {
	d := (*MethodDescr)(descr.p)
	if obj.p == nil {
		return descr, nil
	}
	if !obj.Type().IsSubtype(d.Owner) {
		return Object{}, TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, TypeName(obj))
	}
	return (&BuiltinFunction{Head: Head{MethodWrapperType}, Name: d.Name, Qual: d.Owner.Name + "." + d.Name, Self: obj, Meth: d.Fn}).Obj(), nil
}

func wrapperDescrCall(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception) {
	d := (*MethodDescr)(f.p)
	if len(args)-kw.Len() < 1 {
		return Object{}, TypeError("descriptor '%s' of '%s' object needs an argument", d.Name, d.Owner.Name)
	}
	if !args[0].Type().IsSubtype(d.Owner) {
		return Object{}, TypeError("descriptor '%s' requires a '%s' object but received a '%s'", d.Name, d.Owner.Name, TypeName(args[0]))
	}
	return d.Fn(t, args[0], args[1:], kw)
}

// samePtr reports whether two func values are the same closure (Go has no
// func equality; an inherited slot is a copy of the base's func value).
func samePtr[F any](a, b F) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&a)) == *(*unsafe.Pointer)(unsafe.Pointer(&b))
}

func wrapArgs(name string, args []Object, kw *Tuple, n int) *Exception {
	if kw.Len() > 0 {
		return TypeError("wrapper %s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return TypeError("expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// AddSlotWrappers puts a wrapper_descriptor in typ's dict for each slot typ
// defines itself (not inherited from its base) whose dunder is not already
// there. Types made in other packages call it once their slots are final.
func AddSlotWrappers(typ *Type) {
	s := typ.Slots()
	var b *Slots
	if typ.Base != nil {
		b = typ.Base.Slots()
	} else {
		b = &Slots{}
	}
	add := func(name string, fn MethodFunc) {
		if typ.Dict.GetStr(Intern(name)).p != nil {
			return
		}
		head := WrapperDescrType
		if typ == DictType && name == "__getitem__" {
			head = MethodDescrType // CPython's dict.__getitem__ is a plain method
		}
		typ.Dict.SetStr(Intern(name), (&MethodDescr{Head: Head{head}, Name: name, Owner: typ, Fn: fn}).Obj())
	}
	unary := func(name string, f, base func(*Thread, Object) (Object, *Exception)) {
		if f == nil || base != nil && samePtr(f, base) {
			return
		}
		add(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs(name, args, kw, 0); exc != nil {
				return Object{}, exc
			}
			return f(t, self)
		})
	}
	unary("__repr__", s.Repr, b.Repr)
	unary("__str__", s.Str, b.Str)
	unary("__neg__", s.Neg, b.Neg)
	unary("__pos__", s.Pos, b.Pos)
	unary("__abs__", s.Abs, b.Abs)
	unary("__invert__", s.Invert, b.Invert)
	unary("__index__", s.Index, b.Index)
	unary("__int__", s.Int, b.Int)
	unary("__float__", s.Float, b.Float)
	unary("__iter__", s.Iter, b.Iter)
	if f := s.Next; f != nil && (b.Next == nil || !samePtr(f, b.Next)) {
		add("__next__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__next__", args, kw, 0); exc != nil {
				return Object{}, exc
			}
			v, exc := f(t, self)
			if exc == nil && v.p == nil {
				return Object{}, StopIteration(Object{})
			}
			return v, exc
		})
	}
	if f := s.Hash; f != nil && (b.Hash == nil || !samePtr(f, b.Hash)) {
		if samePtr(f, HashNotImplemented) {
			if typ.Dict.GetStr(Intern("__hash__")).p == nil {
				typ.Dict.SetStr(Intern("__hash__"), None)
			}
		} else {
			add("__hash__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
				if exc := wrapArgs("__hash__", args, kw, 0); exc != nil {
					return Object{}, exc
				}
				h, exc := f(t, self)
				if exc != nil {
					return Object{}, exc
				}
				return MakeInt(h), nil
			})
		}
	}
	if f := s.Bool; f != nil && (b.Bool == nil || !samePtr(f, b.Bool)) {
		add("__bool__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__bool__", args, kw, 0); exc != nil {
				return Object{}, exc
			}
			v, exc := f(t, self)
			return Bool(v), exc
		})
	}
	if f := s.Len; f != nil && (b.Len == nil || !samePtr(f, b.Len)) {
		add("__len__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__len__", args, kw, 0); exc != nil {
				return Object{}, exc
			}
			n, exc := f(t, self)
			return MakeInt(int64(n)), exc
		})
	}
	if f := s.Compare; f != nil && (b.Compare == nil || !samePtr(f, b.Compare)) {
		for op := Lt; op <= Ge; op++ {
			op := op
			add(op.Dunder(), func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
				if exc := wrapArgs(op.Dunder(), args, kw, 1); exc != nil {
					return Object{}, exc
				}
				return f(t, self, args[0], op)
			})
		}
	}
	for op := BinOp(0); op < NumBinOps; op++ {
		fwd, refl, inpl := op.Dunder()
		bin := func(name string, f, base func(*Thread, Object, Object) (Object, *Exception), pow3 func(*Thread, Object, Object, Object) (Object, *Exception), reflected bool) {
			if f == nil || base != nil && samePtr(f, base) {
				return
			}
			add(name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
				if op == OpPow && len(args) == 2 && kw.Len() == 0 {
					if args[1].IsNone() {
						return f(t, self, args[0])
					}
					if pow3 == nil || reflected {
						return NotImplemented, nil
					}
					return pow3(t, self, args[0], args[1])
				}
				if exc := wrapArgs(name, args, kw, 1); exc != nil {
					return Object{}, exc
				}
				return f(t, self, args[0])
			})
		}
		bin(fwd, s.Bin[op], b.Bin[op], s.Pow3, false)
		bin(refl, s.RBin[op], b.RBin[op], s.Pow3, true)
		if inpl != "" {
			bin(inpl, s.IBin[op], b.IBin[op], nil, false)
		}
	}
	if f := s.GetAttr; f != nil && (b.GetAttr == nil || !samePtr(f, b.GetAttr)) {
		add("__getattribute__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__getattribute__", args, kw, 1); exc != nil {
				return Object{}, exc
			}
			n, ok := AsStr(args[0])
			if !ok {
				return Object{}, TypeError("attribute name must be string, not '%s'", TypeName(args[0]))
			}
			return f(t, self, Intern(n.s))
		})
	}
	if f := s.SetAttr; f != nil && (b.SetAttr == nil || !samePtr(f, b.SetAttr)) {
		name := func(o Object) (*Str, *Exception) {
			n, ok := AsStr(o)
			if !ok {
				return nil, TypeError("attribute name must be string, not '%s'", TypeName(o))
			}
			return Intern(n.s), nil
		}
		add("__setattr__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__setattr__", args, kw, 2); exc != nil {
				return Object{}, exc
			}
			n, exc := name(args[0])
			if exc != nil {
				return Object{}, exc
			}
			return None, f(t, self, n, args[1])
		})
		add("__delattr__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__delattr__", args, kw, 1); exc != nil {
				return Object{}, exc
			}
			n, exc := name(args[0])
			if exc != nil {
				return Object{}, exc
			}
			return None, f(t, self, n, Object{})
		})
	}
	if f := s.DescrGet; f != nil && (b.DescrGet == nil || !samePtr(f, b.DescrGet)) {
		add("__get__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if kw.Len() > 0 || len(args) < 1 || len(args) > 2 {
				return Object{}, TypeError("expected 1 or 2 arguments, got %d", len(args))
			}
			obj := args[0]
			var typ *Type
			if len(args) == 2 && !args[1].IsNone() {
				if typ = AsType(args[1]); typ == nil {
					return Object{}, TypeError("__get__(None, None) is invalid")
				}
			}
			if obj.IsNone() {
				if typ == nil {
					return Object{}, TypeError("__get__(None, None) is invalid")
				}
				obj = Object{}
			}
			return f(t, self, obj, typ)
		})
	}
	if f := s.DescrSet; f != nil && (b.DescrSet == nil || !samePtr(f, b.DescrSet)) {
		add("__set__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__set__", args, kw, 2); exc != nil {
				return Object{}, exc
			}
			return None, f(t, self, args[0], args[1])
		})
		add("__delete__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__delete__", args, kw, 1); exc != nil {
				return Object{}, exc
			}
			return None, f(t, self, args[0], Object{})
		})
	}
	if f := s.Call; f != nil && (b.Call == nil || !samePtr(f, b.Call)) {
		add("__call__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return f(t, self, args, kw)
		})
	}
	if f := s.GetItem; f != nil && (b.GetItem == nil || !samePtr(f, b.GetItem)) {
		add("__getitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__getitem__", args, kw, 1); exc != nil {
				return Object{}, exc
			}
			return f(t, self, args[0])
		})
	}
	if f := s.SetItem; f != nil && (b.SetItem == nil || !samePtr(f, b.SetItem)) {
		add("__setitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__setitem__", args, kw, 2); exc != nil {
				return Object{}, exc
			}
			return None, f(t, self, args[0], args[1])
		})
		add("__delitem__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__delitem__", args, kw, 1); exc != nil {
				return Object{}, exc
			}
			return None, f(t, self, args[0], Object{})
		})
	}
	if f := s.Contains; f != nil && (b.Contains == nil || !samePtr(f, b.Contains)) {
		add("__contains__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := wrapArgs("__contains__", args, kw, 1); exc != nil {
				return Object{}, exc
			}
			v, exc := f(t, self, args[0])
			return Bool(v), exc
		})
	}
	if f := s.Init; f != nil && (b.Init == nil || !samePtr(f, b.Init)) && typ != TypeType {
		add("__init__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return None, f(t, self, args, kw)
		})
	}
	// __new__ is a builtin method bound to the type: int.__new__(int, 5).
	if f := s.New; f != nil && typ != ObjectType && typ != TypeType && (b.New == nil || !samePtr(f, b.New)) &&
		typ.Dict.GetStr(Intern("__new__")).p == nil {
		owner := typ
		nf := &BuiltinFunction{Head: Head{BuiltinFunctionType}, Name: "__new__", Qual: typ.Name + ".__new__", Self: typ.Obj()}
		nf.Meth = func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if len(args)-kw.Len() < 1 {
				return Object{}, TypeError("%s.__new__(): not enough arguments", owner.Name)
			}
			sub := AsType(args[0])
			if sub == nil {
				return Object{}, TypeError("%s.__new__(X): X is not a type object (%s)", owner.Name, TypeName(args[0]))
			}
			if !sub.IsSubtype(owner) {
				return Object{}, TypeError("%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
			}
			return f(t, sub, args[1:], kw)
		}
		typ.Dict.SetStr(Intern("__new__"), nf.Obj())
	}
}

// addAllSlotWrappers runs AddSlotWrappers over the builtin types of this
// package once their slot tables are final.
func addAllSlotWrappers() {
	for _, typ := range builtinTypes {
		if typ == WrapperDescrType || typ == MethodWrapperType {
			continue
		}
		AddSlotWrappers(typ)
		typ.Modified()
	}
}

// ToSlotWrapper turns the method_descriptor typ.name (a dunder another
// package registered with AddMethod) into a wrapper_descriptor, as the
// slot dunders of builtin types are in CPython.
func ToSlotWrapper(typ *Type, name string) {
	v := typ.Dict.GetStr(Intern(name))
	if v.p == nil || v.Type() != MethodDescrType {
		return
	}
	d := (*MethodDescr)(v.p)
	typ.Dict.SetStr(Intern(name), (&MethodDescr{Head: Head{WrapperDescrType}, Name: d.Name, Owner: d.Owner, Fn: d.Fn}).Obj())
	typ.Modified()
}
