package weakref

import (
	"github.com/pygo/pygo/py"
)

// Proxies forward every operation to their referent (unwrapping proxy
// operands on both sides of binary operators, as CPython does) and raise
// ReferenceError once it has died. They are unhashable and cannot be
// subclassed or created directly.

func deadErr() *py.Exception { return py.Errorf(py.ReferenceErrorType, "%s", errDead) }

// unwrap returns the referent of a proxy, or o itself for any other object.
func unwrap(o Object) (Object, *py.Exception) {
	if !isProxy(o) {
		return o, nil
	}
	if r := asRef(o).Referent(); !r.IsNil() {
		return r, nil
	}
	return Object{}, deadErr()
}

func unwrap2(a, b Object) (x, y Object, exc *py.Exception) {
	if x, exc = unwrap(a); exc != nil {
		return
	}
	y, exc = unwrap(b)
	return
}

func unary(f func(*py.Thread, Object) (Object, *py.Exception)) func(*py.Thread, Object) (Object, *py.Exception) {
	return func(p *py.Thread, o Object) (Object, *py.Exception) {
		x, exc := unwrap(o)
		if exc != nil {
			return Object{}, exc
		}
		return f(p, x)
	}
}

func proxySlots(callable bool) *py.Slots {
	s := &py.Slots{
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return Object{}, py.TypeError("cannot create '%s' instances", tpName(typ))
		},
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			obj := asRef(o).Referent()
			if obj.IsNil() {
				return py.NewStrObj("<weakproxy at " + addrOf(o) + "; dead>"), nil
			}
			return py.NewStrObj("<weakproxy at " + addrOf(o) + "; to '" + qualifiedName(obj.Type()) + "' at " + addrOf(obj) + ">"), nil
		},
		Str: unary(py.ToStr),
		Hash: func(p *py.Thread, o Object) (int64, *py.Exception) {
			return 0, py.TypeError("unhashable type: '%s'", tpName(o.Type()))
		},
		Compare: func(p *py.Thread, a, b Object, op py.CmpOp) (Object, *py.Exception) {
			x, y, exc := unwrap2(a, b)
			if exc != nil {
				return Object{}, exc
			}
			return py.RichCompare(p, x, y, op)
		},
		Bool: func(p *py.Thread, o Object) (bool, *py.Exception) {
			x, exc := unwrap(o)
			if exc != nil {
				return false, exc
			}
			return py.Truthy(p, x)
		},
		Len: func(p *py.Thread, o Object) (int, *py.Exception) {
			x, exc := unwrap(o)
			if exc != nil {
				return 0, exc
			}
			return py.Len(p, x)
		},
		GetAttr: func(p *py.Thread, o Object, name *py.Str) (Object, *py.Exception) {
			x, exc := unwrap(o)
			if exc != nil {
				return Object{}, exc
			}
			return py.GetAttr(p, x, name)
		},
		SetAttr: func(p *py.Thread, o Object, name *py.Str, v Object) *py.Exception {
			x, exc := unwrap(o)
			if exc != nil {
				return exc
			}
			return py.SetAttr(p, x, name, v)
		},
		Iter: unary(py.GetIter),
		Next: func(p *py.Thread, o Object) (Object, *py.Exception) {
			x, exc := unwrap(o)
			if exc != nil {
				return Object{}, exc
			}
			next := x.Type().Slots().Next
			if next == nil {
				return Object{}, py.TypeError("Weakref proxy referenced a non-iterator '%s' object", tpName(x.Type()))
			}
			return next(p, x)
		},
		GetItem: func(p *py.Thread, o, k Object) (Object, *py.Exception) {
			x, y, exc := unwrap2(o, k)
			if exc != nil {
				return Object{}, exc
			}
			return py.GetItem(p, x, y)
		},
		SetItem: func(p *py.Thread, o, k, v Object) *py.Exception {
			x, y, exc := unwrap2(o, k)
			if exc != nil {
				return exc
			}
			if v.IsNil() {
				return py.DelItem(p, x, y)
			}
			return py.SetItem(p, x, y, v)
		},
		Contains: func(p *py.Thread, o, k Object) (bool, *py.Exception) {
			x, y, exc := unwrap2(o, k)
			if exc != nil {
				return false, exc
			}
			return py.Contains(p, x, y)
		},
		Neg:    unary(py.Neg),
		Pos:    unary(py.Pos),
		Abs:    unary(py.Abs),
		Invert: unary(py.Invert),
		Index:  unary(py.Index),
		Int: unary(func(p *py.Thread, x Object) (Object, *py.Exception) {
			return py.Call(p, py.IntType.Obj(), []Object{x}, nil)
		}),
		Float: unary(func(p *py.Thread, x Object) (Object, *py.Exception) {
			return py.Call(p, py.FloatType.Obj(), []Object{x}, nil)
		}),
		Pow3: func(p *py.Thread, a, b, m Object) (Object, *py.Exception) {
			x, y, exc := unwrap2(a, b)
			if exc != nil {
				return Object{}, exc
			}
			z, exc := unwrap(m)
			if exc != nil {
				return Object{}, exc
			}
			return py.Pow3(p, x, y, z)
		},
	}
	for op := py.BinOp(0); op < py.NumBinOps; op++ {
		s.Bin[op] = func(p *py.Thread, a, b Object) (Object, *py.Exception) {
			x, y, exc := unwrap2(a, b)
			if exc != nil {
				return Object{}, exc
			}
			return py.BinaryOp(p, op, x, y)
		}
		s.RBin[op] = func(p *py.Thread, self, other Object) (Object, *py.Exception) {
			x, y, exc := unwrap2(other, self)
			if exc != nil {
				return Object{}, exc
			}
			return py.BinaryOp(p, op, x, y)
		}
		if op != py.OpDivmod {
			s.IBin[op] = func(p *py.Thread, a, b Object) (Object, *py.Exception) {
				x, y, exc := unwrap2(a, b)
				if exc != nil {
					return Object{}, exc
				}
				return py.InPlaceOp(p, op, x, y)
			}
		}
	}
	if callable {
		s.Call = func(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			x, exc := unwrap(f)
			if exc != nil {
				return Object{}, exc
			}
			return py.Call(p, x, args, kw)
		}
	}
	return s
}

// callMethod0 calls the referent's method name with no arguments.
func callMethod0(p *py.Thread, self Object, args []Object, kw *py.Tuple, name string) (Object, *py.Exception) {
	if len(args) != 0 || kw.Len() != 0 {
		return Object{}, py.TypeError("%s() takes no arguments (%d given)", name, len(args))
	}
	x, exc := unwrap(self)
	if exc != nil {
		return Object{}, exc
	}
	m, exc := py.GetAttrS(p, x, name)
	if exc != nil {
		return Object{}, exc
	}
	return py.Call(p, m, nil, nil)
}

func proxyBytes(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	return callMethod0(p, self, args, kw, "__bytes__")
}

func proxyReversed(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	return callMethod0(p, self, args, kw, "__reversed__")
}
