package py

import (
	"math/big"
	"strings"
	"sync"
	"unsafe"
)

// Ranges whose bounds, step or length do not fit an int64 keep them as
// big ints (CPython's "long" ranges). Every operation checks r.big first;
// ordinary ranges never touch this code.

type bigRange struct{ start, stop, step, n *big.Int }

var bigOne = big.NewInt(1)

// bigRangeLen is the number of items of range(start, stop, step).
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	switch {
	case step.Sign() > 0 && start.Cmp(stop) < 0:
		n.Sub(stop, start)
		n.Sub(n, bigOne)
		n.Quo(n, step)
		n.Add(n, bigOne)
	case step.Sign() < 0 && start.Cmp(stop) > 0:
		n.Sub(start, stop)
		n.Sub(n, bigOne)
		n.Quo(n, new(big.Int).Neg(step))
		n.Add(n, bigOne)
	}
	return n
}

// newRangeBig makes range(start, stop, step) (step != 0), small when
// everything fits an int64.
func newRangeBig(start, stop, step *big.Int) *Range {
	n := bigRangeLen(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return &Range{Head: Head{RangeType}, start: start.Int64(), stop: stop.Int64(), step: step.Int64(), n: n.Int64()}
	}
	return &Range{Head: Head{RangeType}, big: &bigRange{start, stop, step, n}}
}

// bigVals is the range's bounds as big ints, whichever form it has.
func (r *Range) bigVals() *bigRange {
	if r.big != nil {
		return r.big
	}
	return &bigRange{big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.n)}
}

// bigIndexArg converts o with __index__ to a big int; msg words the
// TypeError for a non-integer.
func bigIndexArg(t *Thread, o Object, msg string) (*big.Int, *Exception) {
	v, exc := Index(t, o)
	if exc != nil {
		if exc.Matches(TypeErrorType) {
			if !strings.Contains(msg, "%s") {
				return nil, TypeError("%s", msg)
			}
			return nil, TypeError(msg, TypeName(o))
		}
		return nil, exc
	}
	n, b, _ := IntValue(v)
	if b != nil {
		return new(big.Int).Set(b), nil
	}
	return big.NewInt(n), nil
}

// item is r[i] for an in-range index i.
func (br *bigRange) item(i *big.Int) Object {
	v := new(big.Int).Mul(i, br.step)
	return MakeIntBig(v.Add(v, br.start))
}

// bigRangeGetItem is r[k] where the range or the index is big.
func bigRangeGetItem(t *Thread, r *Range, k Object) (Object, *Exception) {
	br := r.bigVals()
	if k.Type() == SliceType {
		start, stop, step, exc := (*Slice)(k.p).bigIndices(t, br.n)
		if exc != nil {
			return Object{}, exc
		}
		ns := new(big.Int).Mul(start, br.step)
		ne := new(big.Int).Mul(stop, br.step)
		return newRangeBig(ns.Add(ns, br.start), ne.Add(ne, br.start), step.Mul(step, br.step)).Obj(), nil
	}
	i, exc := bigIndexArg(t, k, "range indices must be integers or slices, not %s")
	if exc != nil {
		return Object{}, exc
	}
	if i.Sign() < 0 {
		i.Add(i, br.n)
	}
	if i.Sign() < 0 || i.Cmp(br.n) >= 0 {
		return Object{}, IndexError("range object index out of range")
	}
	return br.item(i), nil
}

// find is the index of integer v in the range, or nil.
func (br *bigRange) find(v *big.Int) *big.Int {
	if br.n.Sign() == 0 {
		return nil
	}
	if br.step.Sign() > 0 {
		if v.Cmp(br.start) < 0 || v.Cmp(br.stop) >= 0 {
			return nil
		}
	} else if v.Cmp(br.start) > 0 || v.Cmp(br.stop) <= 0 {
		return nil
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(v, br.start), br.step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

// bigIndices is slice.indices(n) for any n (CPython's
// _PySlice_GetLongIndices): the start, stop and step the slice selects.
func (s *Slice) bigIndices(t *Thread, n *big.Int) (start, stop, step *big.Int, exc *Exception) {
	const msg = "slice indices must be integers or None or have an __index__ method"
	step = big.NewInt(1)
	if !s.Step.IsNone() {
		if step, exc = bigIndexArg(t, s.Step, msg); exc != nil {
			return nil, nil, nil, exc
		}
		if step.Sign() == 0 {
			return nil, nil, nil, ValueError("slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Add(upper, lower)
	}
	get := func(o Object, def *big.Int) (*big.Int, *Exception) {
		if o.IsNone() {
			return new(big.Int).Set(def), nil
		}
		i, exc := bigIndexArg(t, o, msg)
		if exc != nil {
			return nil, exc
		}
		if i.Sign() < 0 {
			if i.Add(i, n); i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	if start, exc = get(s.Start, defStart); exc != nil {
		return nil, nil, nil, exc
	}
	if stop, exc = get(s.Stop, defStop); exc != nil {
		return nil, nil, nil, exc
	}
	return start, stop, step, nil
}

// longRangeIterator iterates a big range (CPython's longrange_iterator);
// a mutex keeps concurrent next calls from sharing an item.
type longRangeIterator struct {
	Head
	mu               sync.Mutex
	next, step, left *big.Int
}

func newLongRangeIter(start, step, n *big.Int) Object {
	it := &longRangeIterator{Head: Head{LongRangeIterType}, next: new(big.Int).Set(start), step: new(big.Int).Set(step), left: new(big.Int).Set(n)}
	return Object{unsafe.Pointer(it)}
}

func longRangeIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*longRangeIterator)(o.p)
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.left.Sign() <= 0 {
		return Object{}, nil
	}
	it.left.Sub(it.left, bigOne)
	v := MakeIntBig(new(big.Int).Set(it.next))
	it.next.Add(it.next, it.step)
	return v, nil
}

// LongRangeIterType is the iterator type of big ranges.
var LongRangeIterType *Type

// isBigInt reports whether o is an int beyond int64.
func isBigInt(o Object) bool {
	if isSmall(o) || !IsInt(o) {
		return false
	}
	_, b, _ := IntValue(o)
	return b != nil
}

// bigRangeScan compares k with each item by ==: whether one is equal, or
// (count) how many are.
func bigRangeScan(t *Thread, br *bigRange, k Object, count bool) (bool, *Exception) {
	_, found, exc := bigRangeScanN(t, br, k, count)
	return found, exc
}

// bigRangeScanN is the index of the first item == k (found false when
// none), or with count the number of such items in n.
func bigRangeScanN(t *Thread, br *bigRange, k Object, count bool) (n int64, found bool, exc *Exception) {
	for i := new(big.Int); i.Cmp(br.n) < 0; i.Add(i, bigOne) {
		eq, exc := Equal(t, br.item(i), k)
		if exc != nil {
			return 0, false, exc
		}
		if eq {
			if !count {
				return i.Int64(), true, nil
			}
			n++
		}
	}
	if count {
		return n, n > 0, nil
	}
	return 0, false, nil
}
