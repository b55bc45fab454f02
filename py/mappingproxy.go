package py

import "unsafe"

// MappingProxy is types.MappingProxyType: a read-only view of a mapping,
// what type.__dict__ returns (a live view of the class's dict).
type MappingProxy struct {
	Head
	m Object
}

var MappingProxyType *Type

func (p *MappingProxy) Obj() Object { return Object{unsafe.Pointer(p)} }

// NewMappingProxy wraps m (a dict or other mapping).
func NewMappingProxy(m Object) Object {
	return (&MappingProxy{Head: Head{MappingProxyType}, m: m}).Obj()
}

func proxied(o Object) Object { return (*MappingProxy)(o.p).m }

func initMappingProxy(mk func(string, *Type, uint32, *Slots) *Type) {
	MappingProxyType = mk("mappingproxy", nil, 0, &Slots{
		Repr: func(t *Thread, o Object) (Object, *Exception) {
			s, exc := ReprS(t, proxied(o))
			if exc != nil {
				return Object{}, exc
			}
			return NewStr("mappingproxy(" + s + ")").Obj(), nil
		},
		Str:     func(t *Thread, o Object) (Object, *Exception) { return ToStr(t, proxied(o)) },
		Len:     func(t *Thread, o Object) (int, *Exception) { return Len(t, proxied(o)) },
		GetItem: func(t *Thread, o, k Object) (Object, *Exception) { return GetItem(t, proxied(o), k) },
		Contains: func(t *Thread, o, k Object) (bool, *Exception) {
			return Contains(t, proxied(o), k)
		},
		Iter: func(t *Thread, o Object) (Object, *Exception) { return GetIter(t, proxied(o)) },
		Compare: func(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
			return RichCompare(t, proxied(a), b, op)
		},
		New: func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
			var m Object
			if exc := parseArgs("mappingproxy", args, kw, []string{"mapping"}, 1, &m); exc != nil {
				return Object{}, exc
			}
			ty := m.Type()
			if ty.Slots().GetItem == nil || ty.Flags&(FlagListSubclass|FlagTupleSubclass) != 0 {
				return Object{}, TypeError("mappingproxy() argument must be a mapping, not %s", TypeName(m))
			}
			return NewMappingProxy(m), nil
		},
	})
	s := MappingProxyType.Slots()
	s.Bin[OpOr] = func(t *Thread, a, b Object) (Object, *Exception) {
		if b.Type() == MappingProxyType {
			b = proxied(b)
		}
		return BinaryOp(t, OpOr, proxied(a), b)
	}
	s.RBin[OpOr] = func(t *Thread, self, other Object) (Object, *Exception) {
		return BinaryOp(t, OpOr, other, proxied(self))
	}
	fwd := func(name string) {
		addMethod(MappingProxyType, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			m, exc := GetAttrS(t, proxied(self), name)
			if exc != nil {
				return Object{}, exc
			}
			return Call(t, m, args, kw)
		})
	}
	for _, n := range []string{"get", "keys", "values", "items", "copy", "__reversed__"} {
		fwd(n)
	}
	addGetSet(TypeType, "__dict__", func(t *Thread, o Object) (Object, *Exception) {
		return NewMappingProxy((*Type)(o.p).Dict.Obj()), nil
	}, nil)
}
