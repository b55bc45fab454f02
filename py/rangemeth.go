package py

import "unsafe"

// range.index and range.count: O(1) for ints, a linear scan with == for
// other values (as CPython does).

func rangeIndexCount(typ *Type) {
	find := func(t *Thread, r *Range, k Object) (int64, bool, *Exception) {
		if k.Type() == IntType || k.Type() == BoolType {
			v, b, _ := IntValue(k)
			if b != nil || !r.containsInt(v) {
				return 0, false, nil
			}
			return (v - r.start) / r.step, true, nil
		}
		for i := int64(0); i < r.n; i++ {
			eq, exc := Equal(t, MakeInt(r.start+i*r.step), k)
			if exc != nil {
				return 0, false, exc
			}
			if eq {
				return i, true, nil
			}
		}
		return 0, false, nil
	}
	one := func(name string, args []Object, kw *Tuple) *Exception {
		if kw.Len() > 0 || len(args) != 1 {
			return TypeError("range.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return nil
	}
	addMethod(typ, "index", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := one("index", args, kw); exc != nil {
			return Object{}, exc
		}
		i, ok, exc := find(t, (*Range)(self.p), args[0])
		if exc != nil {
			return Object{}, exc
		}
		if !ok {
			if IsInt(args[0]) {
				return Object{}, ValueError("range.index(x): x not in range")
			}
			return Object{}, ValueError("sequence.index(x): x not in sequence")
		}
		return MakeInt(i), nil
	})
	// reversed(range) iterates the reversed range: a range_iterator.
	addMethod(typ, "__reversed__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		r := (*Range)(self.p)
		it := &rangeIterator{Head: Head{RangeIterType}}
		it.next.Store(r.start + (r.n-1)*r.step)
		it.step.Store(-r.step)
		it.left.Store(r.n)
		return Object{unsafe.Pointer(it)}, nil
	})
	addMethod(typ, "count", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := one("count", args, kw); exc != nil {
			return Object{}, exc
		}
		r := (*Range)(self.p)
		if args[0].Type() == IntType || args[0].Type() == BoolType {
			_, ok, _ := find(t, r, args[0])
			if ok {
				return MakeInt(1), nil
			}
			return MakeInt(0), nil
		}
		n := int64(0)
		for i := int64(0); i < r.n; i++ {
			eq, exc := Equal(t, MakeInt(r.start+i*r.step), args[0])
			if exc != nil {
				return Object{}, exc
			}
			if eq {
				n++
			}
		}
		return MakeInt(n), nil
	})
}
