package py

import (
	"math/big"
	"unsafe"
)

// Range is range(start, stop, step): int64 bounds in the fields, or, when
// a bound, the step or the length does not fit, big ints in big.
type Range struct {
	Head
	start, stop, step, n int64
	big                  *bigRange
}

func (r *Range) Obj() Object { return Object{unsafe.Pointer(r)} }

func rangeLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return int64((uint64(stop-start)-1)/uint64(step) + 1)
	}
	if step < 0 && start > stop {
		return int64((uint64(start-stop)-1)/uint64(-step) + 1)
	}
	return 0
}

// NewRange makes range(start, stop, step) (step != 0).
func NewRange(start, stop, step int64) *Range {
	return &Range{Head: Head{RangeType}, start: start, stop: stop, step: step, n: rangeLen(start, stop, step)}
}

func rangeArg(t *Thread, o Object) (int64, *Exception) {
	v, exc := Index(t, o)
	if exc != nil {
		if exc.Matches(TypeErrorType) {
			return 0, TypeError("'%s' object cannot be interpreted as an integer", TypeName(o))
		}
		return 0, exc
	}
	n, ok := AsInt64(v)
	if !ok {
		return 0, OverflowError("Python int too large to convert to C ssize_t")
	}
	return n, nil
}

func rangeNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("range() takes no keyword arguments")
	}
	var vals [3]int64
	vals[2] = 1
	for _, a := range args[:min(len(args), 3)] {
		if IsInt(a) {
			if _, b, _ := IntValue(a); b != nil {
				return bigRangeNew(t, args)
			}
		}
	}
	switch len(args) {
	case 1:
		v, exc := rangeArg(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		vals[1] = v
	case 2, 3:
		for i, a := range args {
			v, exc := rangeArg(t, a)
			if exc != nil {
				return Object{}, exc
			}
			vals[i] = v
		}
		if vals[2] == 0 {
			return Object{}, ValueError("range() arg 3 must not be zero")
		}
	case 0:
		return Object{}, TypeError("range expected at least 1 argument, got 0")
	default:
		return Object{}, TypeError("range expected at most 3 arguments, got %d", len(args))
	}
	return NewRange(vals[0], vals[1], vals[2]).Obj(), nil
}

// bigRangeNew is range(*args) where an argument is beyond int64.
func bigRangeNew(t *Thread, args []Object) (Object, *Exception) {
	var vals [3]*big.Int
	for i, a := range args {
		v, exc := bigIndexArg(t, a, "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		vals[i] = v
	}
	if len(args) == 1 {
		return newRangeBig(new(big.Int), vals[0], big.NewInt(1)).Obj(), nil
	}
	if len(args) == 2 {
		vals[2] = big.NewInt(1)
	}
	if vals[2].Sign() == 0 {
		return Object{}, ValueError("range() arg 3 must not be zero")
	}
	return newRangeBig(vals[0], vals[1], vals[2]).Obj(), nil
}

func rangeRepr(t *Thread, o Object) (Object, *Exception) {
	r := (*Range)(o.p)
	if br := r.big; br != nil {
		s := "range(" + br.start.String() + ", " + br.stop.String()
		if br.step.Cmp(bigOne) != 0 {
			s += ", " + br.step.String()
		}
		return NewStr(s + ")").Obj(), nil
	}
	s := "range(" + intRepr(MakeInt(r.start)) + ", " + intRepr(MakeInt(r.stop))
	if r.step != 1 {
		s += ", " + intRepr(MakeInt(r.step))
	}
	return NewStr(s + ")").Obj(), nil
}

func rangeLenSlot(t *Thread, o Object) (int, *Exception) {
	r := (*Range)(o.p)
	if r.big != nil {
		if !r.big.n.IsInt64() {
			return 0, OverflowError("Python int too large to convert to C ssize_t")
		}
		return int(r.big.n.Int64()), nil
	}
	return int(r.n), nil
}

func rangeBool(t *Thread, o Object) (bool, *Exception) {
	r := (*Range)(o.p)
	if r.big != nil {
		return r.big.n.Sign() != 0, nil
	}
	return r.n > 0, nil
}

func rangeGetItem(t *Thread, o, k Object) (Object, *Exception) {
	r := (*Range)(o.p)
	if r.big != nil || isBigInt(k) {
		return bigRangeGetItem(t, r, k)
	}
	if k.Type() == SliceType {
		start, stop, step, n, exc := (*Slice)(k.p).Indices(t, int(r.n))
		if exc != nil {
			return Object{}, exc
		}
		if step > 1<<31 || step < -(1<<31) {
			return bigRangeGetItem(t, r, k) // the new step may overflow
		}
		// CPython maps the slice's (start, stop) indices through the range.
		ns := r.start + int64(start)*r.step
		nstep := r.step * int64(step)
		return (&Range{Head: Head{RangeType}, start: ns, stop: r.start + int64(stop)*r.step, step: nstep, n: int64(n)}).Obj(), nil
	}
	i, exc := indexOf(t, k, "range indices must be integers or slices, not %s")
	if exc != nil {
		return Object{}, exc
	}
	if i < 0 {
		i += int(r.n)
	}
	if i < 0 || int64(i) >= r.n {
		return Object{}, IndexError("range object index out of range")
	}
	return MakeInt(r.start + int64(i)*r.step), nil
}

func (r *Range) containsInt(v int64) bool {
	if r.n == 0 {
		return false
	}
	if r.step > 0 {
		if v < r.start || v >= r.stop {
			return false
		}
	} else if v > r.start || v <= r.stop {
		return false
	}
	return (v-r.start)%r.step == 0
}

func rangeContains(t *Thread, o, k Object) (bool, *Exception) {
	r := (*Range)(o.p)
	if k.Type() == IntType || k.Type() == BoolType {
		v, b, _ := IntValue(k)
		if r.big != nil || b != nil {
			if b == nil {
				b = big.NewInt(v)
			}
			return r.bigVals().find(b) != nil, nil
		}
		return r.containsInt(v), nil
	}
	if r.big != nil {
		return bigRangeScan(t, r.big, k, false)
	}
	for i := int64(0); i < r.n; i++ {
		eq, exc := Equal(t, MakeInt(r.start+i*r.step), k)
		if exc != nil || eq {
			return eq, exc
		}
	}
	return false, nil
}

func rangeCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	y, ok := b.p, b.Type() == RangeType
	if !ok || (op != Eq && op != Ne) {
		return NotImplemented, nil
	}
	x, yr := (*Range)(a.p), (*Range)(y)
	if x.big != nil || yr.big != nil {
		bx, by := x.bigVals(), yr.bigVals()
		eq := bx.n.Cmp(by.n) == 0 && (bx.n.Sign() == 0 || bx.start.Cmp(by.start) == 0 && (bx.n.Cmp(bigOne) == 0 || bx.step.Cmp(by.step) == 0))
		return Bool(eq == (op == Eq)), nil
	}
	eq := x.n == yr.n && (x.n == 0 || (x.start == yr.start && (x.n == 1 || x.step == yr.step)))
	return Bool(eq == (op == Eq)), nil
}

func rangeHash(t *Thread, o Object) (int64, *Exception) {
	r := (*Range)(o.p)
	if br := r.big; br != nil {
		items := []Object{MakeIntBig(br.n), None, None}
		if br.n.Sign() > 0 {
			items[1] = MakeIntBig(br.start)
			if br.n.Cmp(bigOne) > 0 {
				items[2] = MakeIntBig(br.step)
			}
		}
		return tupleHash(t, NewTuple(items...).Obj())
	}
	items := []Object{MakeInt(r.n), None, None}
	if r.n > 0 {
		items[1] = MakeInt(r.start)
		if r.n > 1 {
			items[2] = MakeInt(r.step)
		}
	}
	return tupleHash(t, NewTuple(items...).Obj())
}

// rangeIterator hands out start + i*step for i = 0, 1, ... n-1. Its one
// mutable word is the index, advanced by a single atomic add, so threads
// sharing the iterator each get distinct items and none is lost.
type rangeIterator struct {
	Head
	start, step, n int64
	idx            atomicInt
}

func newRangeIter(start, step, n int64) Object {
	return Object{unsafe.Pointer(&rangeIterator{Head: Head{RangeIterType}, start: start, step: step, n: n})}
}

// left is the number of items not yet handed out.
func (it *rangeIterator) left() int64 { return max(it.n-it.idx.Load(), 0) }

func rangeIter(t *Thread, o Object) (Object, *Exception) {
	r := (*Range)(o.p)
	if br := r.big; br != nil {
		return newLongRangeIter(br.start, br.step, br.n), nil
	}
	return newRangeIter(r.start, r.step, r.n), nil
}

func rangeIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*rangeIterator)(o.p)
	if it.idx.Load() >= it.n {
		return Object{}, nil // exhausted: stays so without further writes
	}
	i := it.idx.Add(1) - 1
	if i >= it.n {
		return Object{}, nil
	}
	return MakeInt(it.start + i*it.step), nil
}

// ---------------------------------------------------------------- slice

// Slice is a slice object (start, stop, step; None where omitted).
type Slice struct {
	Head
	Start, Stop, Step Object
}

func (s *Slice) Obj() Object { return Object{unsafe.Pointer(s)} }

// NewSlice makes slice(start, stop, step); nil parts become None.
func NewSlice(start, stop, step Object) *Slice {
	return &Slice{Head: Head{SliceType}, Start: orNone(start), Stop: orNone(stop), Step: orNone(step)}
}

func sliceIndex(t *Thread, o Object) (*big.Int, int64, bool, *Exception) {
	v, exc := Index(t, o)
	if exc != nil {
		if exc.Matches(TypeErrorType) {
			return nil, 0, false, TypeError("slice indices must be integers or None or have an __index__ method")
		}
		return nil, 0, false, exc
	}
	n, b, _ := IntValue(v)
	return b, n, b == nil, nil
}

// Indices resolves the slice for a sequence of length n: start, stop,
// step and the number of selected items (slice.indices + length).
func (s *Slice) Indices(t *Thread, n int) (start, stop, step, count int, exc *Exception) {
	step = 1
	if !s.Step.IsNone() {
		b, v, small, exc := sliceIndex(t, s.Step)
		if exc != nil {
			return 0, 0, 0, 0, exc
		}
		if !small {
			if b.Sign() > 0 {
				v = 1 << 62
			} else {
				v = -(1 << 62)
			}
		}
		if v == 0 {
			return 0, 0, 0, 0, ValueError("slice step cannot be zero")
		}
		step = int(max(min(v, 1<<62), -(1 << 62)))
	}
	get := func(o Object, def int) (int, *Exception) {
		if o.IsNone() {
			return def, nil
		}
		b, v, small, exc := sliceIndex(t, o)
		if exc != nil {
			return 0, exc
		}
		if !small {
			if b.Sign() > 0 {
				v = 1 << 62
			} else {
				v = -(1 << 62)
			}
		}
		v = max(min(v, 1<<62), -(1 << 62))
		i := int(v)
		if i < 0 {
			i += n
			if i < 0 {
				if step < 0 {
					i = -1
				} else {
					i = 0
				}
			}
		} else if i >= n {
			if step < 0 {
				i = n - 1
			} else {
				i = n
			}
		}
		return i, nil
	}
	defStart, defStop := 0, n
	if step < 0 {
		defStart, defStop = n-1, -1
	}
	if start, exc = get(s.Start, defStart); exc != nil {
		return
	}
	if stop, exc = get(s.Stop, defStop); exc != nil {
		return
	}
	if step > 0 && start < stop {
		count = (stop-start-1)/step + 1
	} else if step < 0 && stop < start {
		count = (start-stop-1)/(-step) + 1
	}
	return start, stop, step, count, nil
}

func sliceRepr(t *Thread, o Object) (Object, *Exception) {
	s := (*Slice)(o.p)
	a, exc := ReprS(t, s.Start)
	if exc != nil {
		return Object{}, exc
	}
	b, exc := ReprS(t, s.Stop)
	if exc != nil {
		return Object{}, exc
	}
	c, exc := ReprS(t, s.Step)
	if exc != nil {
		return Object{}, exc
	}
	return NewStr("slice(" + a + ", " + b + ", " + c + ")").Obj(), nil
}

func sliceNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("slice() takes no keyword arguments")
	}
	switch len(args) {
	case 1:
		return NewSlice(None, args[0], None).Obj(), nil
	case 2:
		return NewSlice(args[0], args[1], None).Obj(), nil
	case 3:
		return NewSlice(args[0], args[1], args[2]).Obj(), nil
	case 0:
		return Object{}, TypeError("slice expected at least 1 argument, got 0")
	}
	return Object{}, TypeError("slice expected at most 3 arguments, got %d", len(args))
}

func sliceCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	if b.Type() != SliceType {
		return NotImplemented, nil
	}
	x, y := (*Slice)(a.p), (*Slice)(b.p)
	return compareSeqs(t, []Object{x.Start, x.Stop, x.Step}, []Object{y.Start, y.Stop, y.Step}, op)
}

func sliceHash(t *Thread, o Object) (int64, *Exception) {
	s := (*Slice)(o.p)
	return tupleHash(t, NewTuple(s.Start, s.Stop, s.Step).Obj())
}

func initRangeSlice(mk func(string, *Type, uint32, *Slots) *Type) {
	RangeType = mk("range", nil, 0, &Slots{
		Repr: rangeRepr, Len: rangeLenSlot, Bool: rangeBool, GetItem: rangeGetItem,
		Contains: rangeContains, Iter: rangeIter, New: rangeNew, Compare: rangeCompare, Hash: rangeHash,
	})
	LongRangeIterType = mk("longrange_iterator", nil, 0, &Slots{Iter: func(t *Thread, o Object) (Object, *Exception) { return o, nil }, Next: longRangeIterNext})
	SliceType = mk("slice", nil, 0, &Slots{Repr: sliceRepr, New: sliceNew, Compare: sliceCompare, Hash: sliceHash})
}

func rangeMethods() {
	for _, n := range []string{"start", "stop", "step"} {
		addGetSet(RangeType, n, func(t *Thread, o Object) (Object, *Exception) {
			r := (*Range)(o.p)
			if br := r.big; br != nil {
				switch n {
				case "start":
					return MakeIntBig(br.start), nil
				case "stop":
					return MakeIntBig(br.stop), nil
				}
				return MakeIntBig(br.step), nil
			}
			switch n {
			case "start":
				return MakeInt(r.start), nil
			case "stop":
				return MakeInt(r.stop), nil
			}
			return MakeInt(r.step), nil
		}, readonlyMember)
		addGetSet(SliceType, n, func(t *Thread, o Object) (Object, *Exception) {
			s := (*Slice)(o.p)
			switch n {
			case "start":
				return s.Start, nil
			case "stop":
				return s.Stop, nil
			}
			return s.Step, nil
		}, readonlyMember)
	}
	addMethod(SliceType, "indices", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("slice.indices() takes exactly one argument (%d given)", len(args))
		}
		n, exc := bigIndexArg(t, args[0], "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		if n.Sign() < 0 {
			return Object{}, ValueError("length should not be negative")
		}
		a, b, c, exc := (*Slice)(self.p).bigIndices(t, n)
		if exc != nil {
			return Object{}, exc
		}
		return NewTuple(MakeIntBig(a), MakeIntBig(b), MakeIntBig(c)).Obj(), nil
	})

}

// ReadonlyMember is the setter of a read-only member descriptor (CPython's
// T_OBJECT_EX READONLY members say "readonly attribute"), for getsets
// that stand for such members.
func ReadonlyMember(t *Thread, o, v Object) *Exception { return readonlyMember(t, o, v) }

func readonlyMember(t *Thread, o, v Object) *Exception {
	return Errorf(AttributeErrorType, "readonly attribute")
}
