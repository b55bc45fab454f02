package py

// sort is the stable sort of list.sort / sorted: a natural merge sort in
// the spirit of CPython's timsort (runs that are already ascending or
// strictly descending are found and kept, short runs are extended by
// binary insertion, runs are merged pairwise through a buffer), so it makes
// about n·log2(n) comparisons in general and n-1 on sorted input. Go's
// sort.Stable (insertion sort + in-place symmerge) makes several times more
// comparisons and swaps, and every comparison may be a call into Python.
func (s *sorter) sort() {
	n := len(s.vals)
	if n < 2 {
		return
	}
	items := make([]sortItem, n)
	for i, v := range s.vals {
		items[i].val = v
		if s.keys != nil {
			items[i].key = s.keys[i]
		} else {
			items[i].key = v
		}
	}
	s.kind = keysKind(items)
	// Runs: [starts[i], starts[i+1]).
	const minRun = 32
	starts := []int{0}
	for lo := 0; lo < n; {
		hi := lo + 1
		if hi < n {
			if s.lessItem(items[hi], items[hi-1]) { // strictly descending
				for hi+1 < n && s.lessItem(items[hi+1], items[hi]) {
					hi++
				}
				hi++
				for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
					items[i], items[j] = items[j], items[i]
				}
			} else {
				for hi+1 < n && !s.lessItem(items[hi+1], items[hi]) {
					hi++
				}
				hi++
			}
		}
		if end := min(lo+minRun, n); hi < end {
			s.insertion(items[lo:end], hi-lo)
			hi = end
		}
		starts = append(starts, hi)
		lo = hi
	}
	buf := make([]sortItem, n/2+1)
	for len(starts) > 2 {
		next := starts[:1]
		for i := 0; i+1 < len(starts); i += 2 {
			if i+2 < len(starts) {
				s.merge(items[starts[i]:starts[i+2]], starts[i+1]-starts[i], &buf)
				next = append(next, starts[i+2])
			} else {
				next = append(next, starts[i+1])
			}
		}
		starts = next
	}
	for i := range items {
		s.vals[i] = items[i].val
		if s.keys != nil {
			s.keys[i] = items[i].key
		}
	}
}

type sortItem struct{ key, val Object }

// sortKind names the comparison every pair of keys gets when all keys are
// of one type whose < needs no Python code (CPython's pre-sort key check):
// then no comparison can fail or call out, and each is a few instructions.
type sortKind uint8

const (
	sortGeneric sortKind = iota
	sortSmallInt
	sortStr
	sortFloat
	sortTupleSmallInt // tuples whose first items are small ints
)

func keysKind(items []sortItem) sortKind {
	k0 := items[0].key
	switch {
	case func() bool { _, ok := k0.Small(); return ok }():
		for _, it := range items {
			if _, ok := it.key.Small(); !ok {
				return sortGeneric
			}
		}
		return sortSmallInt
	case k0.Type() == StrType:
		for _, it := range items {
			if it.key.Type() != StrType {
				return sortGeneric
			}
		}
		return sortStr
	case k0.Type() == FloatType:
		for _, it := range items {
			if it.key.Type() != FloatType {
				return sortGeneric
			}
		}
		return sortFloat
	case k0.Type() == TupleType:
		for _, it := range items {
			if it.key.Type() != TupleType {
				return sortGeneric
			}
			if t := (*Tuple)(it.key.p).items; len(t) == 0 {
				return sortGeneric
			} else if _, ok := t[0].Small(); !ok {
				return sortGeneric
			}
		}
		return sortTupleSmallInt
	}
	return sortGeneric
}

func (s *sorter) lessItem(a, b sortItem) bool {
	x, y := a.key, b.key
	if s.reverse {
		x, y = y, x
	}
	switch s.kind {
	case sortSmallInt:
		// Small ints are addresses in value order.
		return uintptr(x.p) < uintptr(y.p)
	case sortStr:
		// UTF-8 byte order is code point order.
		return (*Str)(x.p).s < (*Str)(y.p).s
	case sortFloat:
		return (*Float)(x.p).v < (*Float)(y.p).v // NaN: false, as float.__lt__
	case sortTupleSmallInt:
		if p, q := (*Tuple)(x.p).items[0].p, (*Tuple)(y.p).items[0].p; p != q {
			return uintptr(p) < uintptr(q)
		}
		// Equal first items: the general tuple comparison below.
	}
	if s.exc != nil {
		return false
	}
	lt, exc := sortLess(s.t, x, y)
	if exc != nil {
		s.exc = exc
		return false
	}
	return lt
}

// insertion extends the sorted prefix a[:sorted] to all of a by binary
// insertion (stable: an element goes after the equal ones).
func (s *sorter) insertion(a []sortItem, sorted int) {
	for i := max(sorted, 1); i < len(a); i++ {
		x := a[i]
		lo, hi := 0, i
		for lo < hi {
			m := (lo + hi) / 2
			if s.lessItem(x, a[m]) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
}

// merge merges the sorted runs a[:mid] and a[mid:] (stable: on ties the
// left run's element comes first), copying the left run aside.
func (s *sorter) merge(a []sortItem, mid int, buf *[]sortItem) {
	if mid == 0 || mid == len(a) || !s.lessItem(a[mid], a[mid-1]) {
		return // already in order
	}
	if cap(*buf) < mid {
		*buf = make([]sortItem, mid)
	}
	left := (*buf)[:mid]
	copy(left, a[:mid])
	i, j, k := 0, mid, 0
	for i < len(left) && j < len(a) {
		if s.lessItem(a[j], left[i]) {
			a[k] = a[j]
			j++
		} else {
			a[k] = left[i]
			i++
		}
		k++
	}
	copy(a[k:], left[i:])
	clear(left) // drop references held by the buffer
}

// tupleLessFast is a < b for two exact tuples whose items, up to the first
// difference, are small ints, exact strs or exact floats of one kind (the
// common sort keys); ok=false: compare generically. Like tuple comparison
// it skips items that are identical or equal and orders by the first
// differing one, or by length.
func tupleLessFast(a, b Object) (lt, ok bool) {
	if a.Type() != TupleType || b.Type() != TupleType {
		return false, false
	}
	x, y := (*Tuple)(a.p).items, (*Tuple)(b.p).items
	for i := 0; i < len(x) && i < len(y); i++ {
		p, q := x[i], y[i]
		if p.p == q.p {
			continue // identical: equal, as PyObject_RichCompareBool says
		}
		if _, ok := p.Small(); ok {
			if _, ok := q.Small(); ok {
				// Distinct small ints differ (they are canonical), and
				// their addresses are in value order.
				return uintptr(p.p) < uintptr(q.p), true
			}
			return false, false
		}
		tp, tq := p.Type(), q.Type()
		switch {
		case tp == StrType && tq == StrType:
			ps, qs := (*Str)(p.p).s, (*Str)(q.p).s
			if ps == qs {
				continue
			}
			return ps < qs, true
		case tp == FloatType && tq == FloatType:
			pf, _ := FloatValue(p)
			qf, _ := FloatValue(q)
			if pf == qf {
				continue
			}
			if pf != pf || qf != qf {
				return false, false // NaN: leave it to the generic comparison
			}
			return pf < qf, true
		default:
			return false, false
		}
	}
	return len(x) < len(y), true
}
