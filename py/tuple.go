package py

import (
	"math/bits"
	"strings"
	"unsafe"
)

// Tuple is an immutable sequence; items never change after construction,
// so reads need no synchronisation.
type Tuple struct {
	Head
	items []Object
}

var emptyTuple = &Tuple{}

// NewTuple makes a tuple of items (the slice is copied).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Head: Head{TupleType}, items: append([]Object(nil), items...)}
}

// NewTupleNoCopy makes a tuple that takes ownership of items.
func NewTupleNoCopy(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Head: Head{TupleType}, items: items}
}

func (t *Tuple) Obj() Object { return Object{unsafe.Pointer(t)} }

// Len is nil-safe (a nil *Tuple is the empty kwnames).
func (t *Tuple) Len() int {
	if t == nil {
		return 0
	}
	return len(t.items)
}

// Items returns the elements (do not modify).
func (t *Tuple) Items() []Object {
	if t == nil {
		return nil
	}
	return t.items
}

// AsTuple returns o as a *Tuple if it is a tuple (or subclass).
func AsTuple(o Object) (*Tuple, bool) {
	if o.p == nil || uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if t == TupleType || (uintptr(unsafe.Pointer(t)) != floatTypeAddr && t.Flags&FlagTupleSubclass != 0) {
		return (*Tuple)(o.p), true
	}
	return nil, false
}

const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

func tupleHash(t *Thread, o Object) (int64, *Exception) {
	tu := (*Tuple)(o.p)
	acc := uint64(xxPrime5)
	for _, it := range tu.items {
		h, exc := Hash(t, it)
		if exc != nil {
			return 0, exc
		}
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(tu.items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// seqRepr writes open + repr(items) + close.
func seqRepr(t *Thread, items []Object, open, close string) (string, *Exception) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, exc := ReprS(t, it)
		if exc != nil {
			return "", exc
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func tupleRepr(t *Thread, o Object) (Object, *Exception) {
	tu := (*Tuple)(o.p)
	if len(tu.items) == 0 {
		return NewStr("()").Obj(), nil
	}
	if !t.reprEnter(o) {
		return NewStr("(...)").Obj(), nil
	}
	defer t.reprLeave(o)
	closeS := ")"
	if len(tu.items) == 1 {
		closeS = ",)"
	}
	s, exc := seqRepr(t, tu.items, "(", closeS)
	if exc != nil {
		return Object{}, exc
	}
	return NewStr(s).Obj(), nil
}

func tupleLen(t *Thread, o Object) (int, *Exception) { return len((*Tuple)(o.p).items), nil }

// compareSeqs is the lexicographic rich comparison of two sequences.
func compareSeqs(t *Thread, a, b []Object, op CmpOp) (Object, *Exception) {
	if len(a) != len(b) && (op == Eq || op == Ne) {
		return Bool(op == Ne), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		if a[i].p == b[i].p {
			continue
		}
		eq, exc := Equal(t, a[i], b[i])
		if exc != nil {
			return Object{}, exc
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		c := 0
		if len(a) < len(b) {
			c = -1
		} else if len(a) > len(b) {
			c = 1
		}
		return cmpResult(c, op), nil
	}
	switch op {
	case Eq:
		return False, nil
	case Ne:
		return True, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

func tupleCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	y, ok := AsTuple(b)
	if !ok {
		return NotImplemented, nil
	}
	return compareSeqs(t, (*Tuple)(a.p).items, y.items, op)
}

func tupleAdd(t *Thread, a, b Object) (Object, *Exception) {
	y, ok := AsTuple(b)
	if !ok {
		return Object{}, TypeError("can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
	}
	x := (*Tuple)(a.p)
	items := make([]Object, 0, len(x.items)+len(y.items))
	return NewTupleNoCopy(append(append(items, x.items...), y.items...)).Obj(), nil
}

func repeatItems(items []Object, n int) ([]Object, *Exception) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if len(items) > (maxAlloc>>4)/n {
		return nil, MemoryError("")
	}
	out := make([]Object, 0, len(items)*n)
	for range n {
		out = append(out, items...)
	}
	return out, nil
}

func tupleMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	x := (*Tuple)(a.p)
	if n == 1 && x.typ == TupleType {
		return a, nil
	}
	items, exc := repeatItems(x.items, n)
	if exc != nil {
		return Object{}, exc
	}
	return NewTupleNoCopy(items).Obj(), nil
}

func tupleRMul(t *Thread, b, a Object) (Object, *Exception) { return tupleMul(t, b, a) }

func itemsContain(t *Thread, items []Object, k Object) (bool, *Exception) {
	for _, it := range items {
		if it.p == k.p {
			return true, nil
		}
		eq, exc := Equal(t, it, k)
		if exc != nil || eq {
			return eq, exc
		}
	}
	return false, nil
}

func tupleContains(t *Thread, o, k Object) (bool, *Exception) {
	return itemsContain(t, (*Tuple)(o.p).items, k)
}

func tupleGetItem(t *Thread, o, k Object) (Object, *Exception) {
	tu := (*Tuple)(o.p)
	if i, ok := AsInt64(k); ok {
		if i < 0 {
			i += int64(len(tu.items))
		}
		if i < 0 || i >= int64(len(tu.items)) {
			return Object{}, IndexError("tuple index out of range")
		}
		return tu.items[i], nil
	}
	if k.Type() == SliceType {
		start, _, step, n, exc := (*Slice)(k.p).Indices(t, len(tu.items))
		if exc != nil {
			return Object{}, exc
		}
		if step == 1 && n == len(tu.items) && tu.typ == TupleType {
			return o, nil
		}
		out := make([]Object, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = tu.items[j]
		}
		return NewTupleNoCopy(out).Obj(), nil
	}
	i, exc := indexOf(t, k, "tuple indices must be integers or slices, not %s")
	if exc != nil {
		return Object{}, exc
	}
	return tupleGetItem(t, o, MakeInt(int64(i)))
}

func tupleNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("tuple() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Object{}, TypeError("tuple expected at most 1 argument, got %d", len(args))
	}
	var items []Object
	if len(args) == 1 {
		if tu, ok := AsTuple(args[0]); ok && typ == TupleType && tu.typ == TupleType {
			return args[0], nil
		}
		var exc *Exception
		if items, exc = SequenceItems(t, args[0]); exc != nil {
			return Object{}, exc
		}
		items = append([]Object(nil), items...)
	}
	if typ == TupleType {
		return NewTupleNoCopy(items).Obj(), nil
	}
	return (&Tuple{Head: Head{typ}, items: items}).Obj(), nil
}

// seqIterator iterates tuples (and lists, by index, re-checking the length
// each step as CPython's listiterator does).
type seqIterator struct {
	Head
	seq Object
	pos atomicInt
}

func (it *seqIterator) Obj() Object { return Object{unsafe.Pointer(it)} }

func tupleIter(t *Thread, o Object) (Object, *Exception) {
	return (&seqIterator{Head: Head{TupleIterType}, seq: o}).Obj(), nil
}

func tupleIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*seqIterator)(o.p)
	tu := (*Tuple)(it.seq.p)
	for {
		i := it.pos.Load()
		if i < 0 || int(i) >= len(tu.items) {
			it.pos.Store(-1)
			return Object{}, nil
		}
		if it.pos.CompareAndSwap(i, i+1) {
			return tu.items[i], nil
		}
	}
}

func seqIndexCount(typ *Type, name string) {
	addMethod(typ, "index", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) < 1 || len(args) > 3 {
			return Object{}, TypeError("index expected at least 1 argument, got %d", len(args))
		}
		items := snapshotItems(self)
		var st, en Object
		if len(args) > 1 {
			st = args[1]
		}
		if len(args) > 2 {
			en = args[2]
		}
		i, j, exc := bounds(t, len(items), st, en)
		if exc != nil {
			return Object{}, exc
		}
		for k := i; k < j && k < len(items); k++ {
			if items[k].p == args[0].p {
				return MakeInt(int64(k)), nil
			}
			eq, exc := Equal(t, items[k], args[0])
			if exc != nil {
				return Object{}, exc
			}
			if eq {
				return MakeInt(int64(k)), nil
			}
		}
		if name == "list" {
			return Object{}, ValueError("list.index(x): x not in list")
		}
		return Object{}, ValueError("tuple.index(x): x not in tuple")
	})
	addMethod(typ, "count", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("%s.count() takes exactly one argument (%d given)", name, len(args))
		}
		n := 0
		for _, it := range snapshotItems(self) {
			if it.p == args[0].p {
				n++
				continue
			}
			eq, exc := Equal(t, it, args[0])
			if exc != nil {
				return Object{}, exc
			}
			if eq {
				n++
			}
		}
		return MakeInt(int64(n)), nil
	})
}

// snapshotItems returns the current items of a tuple or list.
func snapshotItems(o Object) []Object {
	if tu, ok := AsTuple(o); ok {
		return tu.items
	}
	if l, ok := AsList(o); ok {
		return l.Items()
	}
	return nil
}
