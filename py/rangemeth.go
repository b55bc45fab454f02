package py

import (
	"math/big"
)

// range.index and range.count: O(1) for ints, a linear scan with == for
// other values (as CPython does).

func rangeIndexCount(typ *Type) {
	find := func(t *Thread, r *Range, k Object) (Object, bool, *Exception) {
		if r.big != nil || isBigInt(k) {
			br := r.bigVals()
			if k.Type() == IntType || k.Type() == BoolType {
				v, b, _ := IntValue(k)
				if b == nil {
					b = big.NewInt(v)
				}
				if i := br.find(b); i != nil {
					return MakeIntBig(i), true, nil
				}
				return Object{}, false, nil
			}
			i, ok, exc := bigRangeScanN(t, br, k, false)
			return MakeInt(i), ok, exc
		}
		if k.Type() == IntType || k.Type() == BoolType {
			v, b, _ := IntValue(k)
			if b != nil || !r.containsInt(v) {
				return Object{}, false, nil
			}
			return MakeInt((v - r.start) / r.step), true, nil
		}
		for i := int64(0); i < r.n; i++ {
			eq, exc := Equal(t, MakeInt(r.start+i*r.step), k)
			if exc != nil {
				return Object{}, false, exc
			}
			if eq {
				return MakeInt(i), true, nil
			}
		}
		return Object{}, false, nil
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
		return i, nil
	})
	// reversed(range) iterates the reversed range: a range_iterator.
	addMethod(typ, "__reversed__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		r := (*Range)(self.p)
		if br := r.big; br != nil {
			last := new(big.Int).Sub(br.n, bigOne)
			last.Mul(last, br.step)
			return newLongRangeIter(last.Add(last, br.start), new(big.Int).Neg(br.step), br.n), nil
		}
		return newRangeIter(r.start+(r.n-1)*r.step, -r.step, r.n), nil
	})
	addMethod(typ, "count", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := one("count", args, kw); exc != nil {
			return Object{}, exc
		}
		r := (*Range)(self.p)
		if r.big != nil && !(args[0].Type() == IntType || args[0].Type() == BoolType) {
			n, _, exc := bigRangeScanN(t, r.big, args[0], true)
			if exc != nil {
				return Object{}, exc
			}
			return MakeInt(n), nil
		}
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
