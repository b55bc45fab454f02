package py

import (
	"strings"
	"unsafe"
)

// Union is types.UnionType, the value of X | Y for types (int | str):
// usable with isinstance and issubclass. __args__ holds the member types
// in order without duplicates, None stored as NoneType as in CPython.
type Union struct {
	Head
	args *Tuple
}

var UnionType *Type

func (u *Union) Obj() Object { return Object{unsafe.Pointer(u)} }

// unionArg reports whether o may be an operand of | on types, and returns
// its members (None becomes NoneType; a union contributes its own).
func unionArg(o Object) ([]Object, bool) {
	if o.IsNone() {
		return []Object{NoneType.Obj()}, true
	}
	if AsType(o) != nil {
		return []Object{o}, true
	}
	if o.p != nil && !isSmall(o) && (*Head)(o.p).typ == UnionType {
		return (*Union)(o.p).args.items, true
	}
	// typing-style generic aliases (list[int]) from other packages.
	if IsGenericAlias(o) || o.Type().Name == "_GenericAlias" {
		return []Object{o}, true
	}
	return nil, false
}

// MakeUnion is a | b, or NotImplemented when an operand is not a type.
func MakeUnion(a, b Object) Object {
	x, ok1 := unionArg(a)
	y, ok2 := unionArg(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	var args []Object
	for _, o := range append(append([]Object(nil), x...), y...) {
		dup := false
		for _, p := range args {
			if p.p == o.p {
				dup = true
				break
			}
		}
		if !dup {
			args = append(args, o)
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return (&Union{Head: Head{UnionType}, args: NewTuple(args...)}).Obj()
}

func unionOr(t *Thread, a, b Object) (Object, *Exception) { return MakeUnion(a, b), nil }

func unionRepr(t *Thread, o Object) (Object, *Exception) {
	u := (*Union)(o.p)
	parts := make([]string, len(u.args.items))
	for i, a := range u.args.items {
		if ty := AsType(a); ty != nil {
			if ty == NoneType {
				parts[i] = "None"
			} else {
				parts[i] = ty.FullName()
			}
			continue
		}
		s, exc := ReprS(t, a)
		if exc != nil {
			return Object{}, exc
		}
		parts[i] = s
	}
	return NewStr(strings.Join(parts, " | ")).Obj(), nil
}

// unionSet reports whether every member of x is in y.
func unionSubset(x, y []Object) bool {
	for _, a := range x {
		found := false
		for _, b := range y {
			if a.p == b.p {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func initUnionType(mk func(string, *Type, uint32, *Slots) *Type) {
	UnionType = mk("Union", nil, 0, &Slots{
		Repr: unionRepr,
		Hash: func(t *Thread, o Object) (int64, *Exception) {
			// Order-independent: the members' identities combined.
			var h uint64
			for _, a := range (*Union)(o.p).args.items {
				x := uint64(uintptr(a.p))
				x ^= x >> 29
				x *= 0xbf58476d1ce4e5b9
				h += x ^ x>>32
			}
			return int64(h>>1) | 1, nil
		},
		Compare: func(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
			if (op != Eq && op != Ne) || b.Type() != UnionType {
				return NotImplemented, nil
			}
			x, y := (*Union)(a.p).args.items, (*Union)(b.p).args.items
			eq := unionSubset(x, y) && unionSubset(y, x)
			return Bool(eq == (op == Eq)), nil
		},
	})
	UnionType.Module = "typing"
	UnionType.Slots().Bin[OpOr] = unionOr
	UnionType.Slots().RBin[OpOr] = func(t *Thread, self, other Object) (Object, *Exception) { return MakeUnion(other, self), nil }
	addGetSet(UnionType, "__args__", func(t *Thread, o Object) (Object, *Exception) {
		return (*Union)(o.p).args.Obj(), nil
	}, nil)
	// type.__or__ / __ror__ build unions.
	ts := TypeType.Slots()
	ts.Bin[OpOr] = unionOr
	ts.RBin[OpOr] = func(t *Thread, self, other Object) (Object, *Exception) { return MakeUnion(other, self), nil }
}

// UnionArgs returns the members of a types.UnionType value.
func UnionArgs(o Object) (*Tuple, bool) {
	if o.p == nil || isSmall(o) || UnionType == nil || (*Head)(o.p).typ != UnionType {
		return nil, false
	}
	return (*Union)(o.p).args, true
}
