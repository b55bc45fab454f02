package py

import (
	"strings"
	"unsafe"
)

// genericAlias is types.GenericAlias, the value of list[int]: it records
// the origin class and the arguments, prints as list[int], calls the
// origin, and is refused by isinstance/issubclass.
type genericAlias struct {
	Head
	origin Object
	args   *Tuple
}

var GenericAliasType *Type

func (g *genericAlias) Obj() Object { return Object{unsafe.Pointer(g)} }

// IsGenericAlias reports whether o is a types.GenericAlias.
func IsGenericAlias(o Object) bool {
	return o.p != nil && !isSmall(o) && GenericAliasType != nil && (*Head)(o.p).typ == GenericAliasType
}

// NewGenericAlias is origin[args].
func NewGenericAlias(origin, args Object) Object {
	tu, ok := AsTuple(args)
	if !ok {
		tu = NewTuple(args)
	}
	return (&genericAlias{Head: Head{GenericAliasType}, origin: origin, args: tu}).Obj()
}

// typeArgRepr is how typing prints a type argument: builtins by qualname,
// other classes module-qualified, ... and None by name.
func typeArgRepr(t *Thread, o Object) (string, *Exception) {
	if ty := AsType(o); ty != nil {
		if ty == NoneType {
			return "None", nil
		}
		return ty.FullName(), nil
	}
	if o.p == Ellipsis.p {
		return "...", nil
	}
	if tu, ok := AsTuple(o); ok && len(tu.items) == 0 {
		return "()", nil
	}
	return ReprS(t, o)
}

func genericAliasRepr(t *Thread, o Object) (Object, *Exception) {
	g := (*genericAlias)(o.p)
	head, exc := typeArgRepr(t, g.origin)
	if exc != nil {
		return Object{}, exc
	}
	parts := make([]string, len(g.args.items))
	for i, a := range g.args.items {
		if parts[i], exc = typeArgRepr(t, a); exc != nil {
			return Object{}, exc
		}
	}
	if len(parts) == 0 {
		parts = []string{"()"}
	}
	return NewStr(head + "[" + strings.Join(parts, ", ") + "]").Obj(), nil
}

func initGenericAlias(mk func(string, *Type, uint32, *Slots) *Type) {
	GenericAliasType = mk("GenericAlias", nil, 0, &Slots{
		Repr: genericAliasRepr,
		Call: func(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception) {
			return Call(t, (*genericAlias)(f.p).origin, args, kw)
		},
		Compare: func(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
			if (op != Eq && op != Ne) || !IsGenericAlias(b) {
				return NotImplemented, nil
			}
			x, y := (*genericAlias)(a.p), (*genericAlias)(b.p)
			eq := x.origin.p == y.origin.p
			if eq {
				r, exc := Equal(t, x.args.Obj(), y.args.Obj())
				if exc != nil {
					return Object{}, exc
				}
				eq = r
			}
			return Bool(eq == (op == Eq)), nil
		},
		Hash: func(t *Thread, o Object) (int64, *Exception) {
			g := (*genericAlias)(o.p)
			h, exc := Hash(t, g.args.Obj())
			return h ^ int64(uintptr(g.origin.p)>>4), exc
		},
	})
	GenericAliasType.Module = "types"
	GenericAliasType.Slots().Bin[OpOr] = unionOr
	GenericAliasType.Slots().RBin[OpOr] = func(t *Thread, self, other Object) (Object, *Exception) { return MakeUnion(other, self), nil }
	addGetSet(GenericAliasType, "__origin__", func(t *Thread, o Object) (Object, *Exception) {
		return (*genericAlias)(o.p).origin, nil
	}, nil)
	addGetSet(GenericAliasType, "__args__", func(t *Thread, o Object) (Object, *Exception) {
		return (*genericAlias)(o.p).args.Obj(), nil
	}, nil)
	addGetSet(GenericAliasType, "__parameters__", func(t *Thread, o Object) (Object, *Exception) {
		return NewTuple().Obj(), nil
	}, nil)
}

// addClassGetItem gives the builtin generic classes __class_getitem__.
func addClassGetItem(types ...*Type) {
	for _, typ := range types {
		addClassMethod(typ, "__class_getitem__", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
			if kw.Len() > 0 || len(args) != 1 {
				return Object{}, TypeError("__class_getitem__() takes exactly one argument (%d given)", len(args))
			}
			return NewGenericAlias(cls, args[0]), nil
		})
	}
}

func initGenericAliasHook() {
	GenericAlias = func(t *Thread, o, k Object) (Object, *Exception) { return NewGenericAlias(o, k), nil }
	addClassGetItem(ListType, DictType, TupleType, SetType, FrozenSetType)
}

// AddClassGetItem gives builtin generic classes of other packages
// (enumerate...) __class_getitem__.
func AddClassGetItem(types ...*Type) { addClassGetItem(types...) }
