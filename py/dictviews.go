package py

import "unsafe"

// The set-like behaviour of dict views: keys and items views support the
// set operators (with any iterable, returning a set), set comparisons with
// sets and other views, isdisjoint; all three views are reversible and
// expose .mapping.

// viewAsSet returns a new set of o's elements (a view's items, or any
// iterable's); ok false when o is not iterable.
func viewAsSet(t *Thread, o Object) (*Set, bool, *Exception) {
	var items []Object
	if o.p != nil && !isSmall(o) {
		switch o.Type() {
		case DictKeysType, DictItemsType, DictValuesType:
			items = viewItems(o)
		}
	}
	if items == nil {
		sl := o.Type().Slots()
		if sl.Iter == nil && sl.GetItem == nil {
			return nil, false, nil
		}
		var exc *Exception
		if items, exc = SequenceItems(t, o); exc != nil {
			return nil, true, exc
		}
	}
	s, exc := NewSet(t, items, false)
	return s, true, exc
}

func isSetLike(o Object) bool {
	switch o.Type() {
	case DictKeysType, DictItemsType:
		return true
	}
	return o.Type().Flags&FlagSetSubclass != 0
}

func viewSetOp(op BinOp, reflected bool) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, self, other Object) (Object, *Exception) {
		x, ok, exc := viewAsSet(t, self)
		if exc != nil {
			return Object{}, exc
		}
		y, ok2, exc := viewAsSet(t, other)
		if exc != nil {
			return Object{}, exc
		}
		if !ok {
			return NotImplemented, nil
		}
		if !ok2 {
			return Object{}, TypeError("'%s' object is not iterable", TypeName(other))
		}
		if reflected {
			x, y = y, x
		}
		return BinaryOp(t, op, x.Obj(), y.Obj())
	}
}

func viewCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	if !isSetLike(b) {
		return NotImplemented, nil
	}
	x, _, exc := viewAsSet(t, a)
	if exc != nil {
		return Object{}, exc
	}
	y, _, exc := viewAsSet(t, b)
	if exc != nil {
		return Object{}, exc
	}
	return RichCompare(t, x.Obj(), y.Obj(), op)
}

var dictRevKeyIterType *Type

// dictReversedMethod is dict.__reversed__ (installed with the methods).
func dictReversedMethod() {
	addMethod(DictType, "__reversed__", func(t *Thread, s Object, args []Object, kw *Tuple) (Object, *Exception) {
		d := (*Dict)(s.p)
		keys, _ := d.Items()
		return Object{unsafe.Pointer(&viewRevIter{Head: Head{dictRevKeyIterType}, items: keys, d: d, n: len(keys)})}, nil
	})
}

type viewRevIter struct {
	Head
	items []Object
	d     *Dict // the dict iterated: a change of size ends the iteration
	n     int
	pos   atomicInt
}

func initDictViews(mk func(string, *Type, uint32, *Slots) *Type) {
	revNext := func(t *Thread, o Object) (Object, *Exception) {
		it := (*viewRevIter)(o.p)
		i := int(it.pos.Add(1) - 1)
		if i >= len(it.items) {
			return Object{}, nil
		}
		if it.d != nil && it.d.Len() != it.n {
			it.pos.Store(int64(len(it.items)))
			return Object{}, RuntimeError("dictionary changed size during iteration")
		}
		return it.items[len(it.items)-1-i], nil
	}
	self := func(t *Thread, o Object) (Object, *Exception) { return o, nil }
	revTypes := map[*Type]*Type{
		DictKeysType:   mk("dict_reversekeyiterator", nil, 0, &Slots{Iter: self, Next: revNext}),
		DictValuesType: mk("dict_reversevalueiterator", nil, 0, &Slots{Iter: self, Next: revNext}),
		DictItemsType:  mk("dict_reverseitemiterator", nil, 0, &Slots{Iter: self, Next: revNext}),
	}
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		rt := revTypes[typ]
		addMethod(typ, "__reversed__", func(t *Thread, s Object, args []Object, kw *Tuple) (Object, *Exception) {
			d := (*dictView)(s.p).d
			return Object{unsafe.Pointer(&viewRevIter{Head: Head{rt}, items: viewItems(s), d: d, n: d.Len()})}, nil
		})
		addGetSet(typ, "mapping", func(t *Thread, o Object) (Object, *Exception) {
			return NewMappingProxy((*dictView)(o.p).d.Obj()), nil
		}, nil)
	}
	dictRevKeyIterType = revTypes[DictKeysType]
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		s := typ.Slots()
		for _, op := range []BinOp{OpAnd, OpOr, OpSub, OpXor} {
			s.Bin[op] = viewSetOp(op, false)
			s.RBin[op] = viewSetOp(op, true)
		}
		s.Compare = viewCompare
		addMethod(typ, "isdisjoint", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			if len(args) != 1 || kw.Len() > 0 {
				return Object{}, TypeError("%s.isdisjoint() takes exactly one argument (%d given)", self.Type().Name, len(args))
			}
			other, ok, exc := viewAsSet(t, args[0])
			if exc != nil {
				return Object{}, exc
			}
			if !ok {
				return Object{}, TypeError("'%s' object is not iterable", TypeName(args[0]))
			}
			for _, it := range viewItems(self) {
				in, exc := Contains(t, other.Obj(), it)
				if exc != nil {
					return Object{}, exc
				}
				if in {
					return False, nil
				}
			}
			return True, nil
		})
	}
}
