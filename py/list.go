package py

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

type atomicInt = atomic.Int64

// List is the free-threaded list: readers take no lock; writers serialise
// on mu. The backing array is never resized in place: growth (and every
// whole-list rewrite) builds a new array and publishes it atomically; slots
// are loaded and stored atomically (one word each), and n is published after
// the slot it covers is filled. A reader that finds a nil slot (possible only
// while a concurrent pop/clear shrinks the list) settles under the lock.
type List struct {
	Head
	mu  sync.Mutex
	arr atomic.Pointer[[]Object]
	n   atomic.Int64
}

// NewList makes a list holding a copy of items.
func NewList(items []Object) *List {
	l := &List{Head: Head{ListType}}
	a := make([]Object, len(items), max(len(items), 4))
	copy(a, items)
	l.arr.Store(&a)
	l.n.Store(int64(len(items)))
	return l
}

func (l *List) Obj() Object { return Object{unsafe.Pointer(l)} }

// AsList returns o as a *List if it is a list (or subclass).
func AsList(o Object) (*List, bool) {
	if o.p == nil || uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if t == ListType || (uintptr(unsafe.Pointer(t)) != floatTypeAddr && t.Flags&FlagListSubclass != 0) {
		return (*List)(o.p), true
	}
	return nil, false
}

// Len is len(l).
func (l *List) Len() int { return int(l.n.Load()) }

// Get returns l[i] for 0 <= i (ok=false: out of range). Lock-free.
func (l *List) Get(i int) (Object, bool) {
	if i < 0 || int64(i) >= l.n.Load() {
		return Object{}, false
	}
	a := *l.arr.Load()
	if i < cap(a) {
		if v := slotLoad(&a[:cap(a)][i]); v.p != nil {
			return v, true
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if int64(i) >= l.n.Load() {
		return Object{}, false
	}
	a = *l.arr.Load()
	return a[:cap(a)][i], true
}

// Items returns a consistent snapshot copy of the items.
func (l *List) Items() []Object {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	a := *l.arr.Load()
	out := make([]Object, n)
	copy(out, a[:n])
	return out
}

// publish replaces the contents with items (owned by the list from now on);
// caller holds mu.
func (l *List) publish(items []Object) {
	if cap(items) < 4 {
		items = append(make([]Object, 0, 4), items...)
	}
	old := int(l.n.Load())
	if len(items) < old {
		l.n.Store(int64(len(items)))
		l.arr.Store(&items)
	} else {
		l.arr.Store(&items)
		l.n.Store(int64(len(items)))
	}
}

// Set stores l[i] = v for 0 <= i < len; false if out of range.
func (l *List) Set(i int, v Object) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i < 0 || int64(i) >= l.n.Load() {
		return false
	}
	a := *l.arr.Load()
	slotStore(&a[:cap(a)][i], v)
	return true
}

// Append adds v at the end.
func (l *List) Append(v Object) {
	l.mu.Lock()
	n := int(l.n.Load())
	a := *l.arr.Load()
	if n == cap(a) {
		b := make([]Object, n, n+n/2+8)
		for i := range n {
			b[i] = slotLoad(&a[:n][i]) // readers may still be loading from a
		}
		a = b
		l.arr.Store(&b)
	}
	slotStore(&a[:n+1][n], v)
	l.n.Store(int64(n + 1))
	l.mu.Unlock()
}

// Pop removes and returns l[i] (negative i counts from the end).
func (l *List) Pop(i int) (Object, *Exception) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	if n == 0 {
		return Object{}, IndexError("pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Object{}, IndexError("pop index out of range")
	}
	a := *l.arr.Load()
	v := slotLoad(&a[:n][i])
	if i == n-1 {
		l.n.Store(int64(n - 1))
		slotStore(&a[:n][n-1], Object{})
		return v, nil
	}
	b := make([]Object, n-1, cap(a))
	copy(b, a[:i])
	copy(b[i:], a[i+1:n])
	l.publish(b)
	return v, nil
}

// Insert inserts v before index i (clamped, as list.insert).
func (l *List) Insert(i int, v Object) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	a := *l.arr.Load()
	b := make([]Object, n+1, n+1+n/2+4)
	copy(b, a[:i])
	b[i] = v
	copy(b[i+1:], a[i:n])
	l.publish(b)
}

// Extend appends items.
func (l *List) Extend(items []Object) {
	if len(items) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	a := *l.arr.Load()
	b := make([]Object, n+len(items), n+len(items)+n/8+4)
	copy(b, a[:n])
	copy(b[n:], items)
	l.publish(b)
}

// SetItems replaces the whole contents (copying items).
func (l *List) SetItems(items []Object) {
	b := append([]Object(nil), items...)
	l.mu.Lock()
	l.publish(b)
	l.mu.Unlock()
}

func listRepr(t *Thread, o Object) (Object, *Exception) {
	l := (*List)(o.p)
	if l.Len() == 0 {
		return NewStr("[]").Obj(), nil
	}
	if !t.reprEnter(o) {
		return NewStr("[...]").Obj(), nil
	}
	defer t.reprLeave(o)
	s, exc := seqRepr(t, l.Items(), "[", "]")
	if exc != nil {
		return Object{}, exc
	}
	return NewStr(s).Obj(), nil
}

func listLen(t *Thread, o Object) (int, *Exception) { return (*List)(o.p).Len(), nil }

func listCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	y, ok := AsList(b)
	if !ok {
		return NotImplemented, nil
	}
	return compareSeqs(t, (*List)(a.p).Items(), y.Items(), op)
}

func listAdd(t *Thread, a, b Object) (Object, *Exception) {
	y, ok := AsList(b)
	if !ok {
		return Object{}, TypeError("can only concatenate list (not \"%s\") to list", TypeName(b))
	}
	x := (*List)(a.p).Items()
	return NewList(append(x, y.Items()...)).Obj(), nil
}

func listIAdd(t *Thread, a, b Object) (Object, *Exception) {
	items, exc := SequenceItems(t, b)
	if exc != nil {
		return Object{}, exc
	}
	(*List)(a.p).Extend(items)
	return a, nil
}

func listMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	items, exc := repeatItems((*List)(a.p).Items(), n)
	if exc != nil {
		return Object{}, exc
	}
	return NewList(items).Obj(), nil
}

func listRMul(t *Thread, b, a Object) (Object, *Exception) { return listMul(t, b, a) }

func listIMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	l := (*List)(a.p)
	items, exc := repeatItems(l.Items(), n)
	if exc != nil {
		return Object{}, exc
	}
	l.mu.Lock()
	l.publish(items)
	l.mu.Unlock()
	return a, nil
}

func listContains(t *Thread, o, k Object) (bool, *Exception) {
	l := (*List)(o.p)
	for i := 0; ; i++ {
		v, ok := l.Get(i)
		if !ok {
			return false, nil
		}
		if v.p == k.p {
			return true, nil
		}
		eq, exc := Equal(t, v, k)
		if exc != nil || eq {
			return eq, exc
		}
	}
}

func listGetItem(t *Thread, o, k Object) (Object, *Exception) {
	l := (*List)(o.p)
	if i, ok := AsInt64(k); ok {
		if i < 0 {
			i += l.n.Load()
		}
		if v, ok := l.Get(int(i)); ok {
			return v, nil
		}
		return Object{}, IndexError("list index out of range")
	}
	if k.Type() == SliceType {
		items := l.Items()
		start, _, step, n, exc := (*Slice)(k.p).Indices(t, len(items))
		if exc != nil {
			return Object{}, exc
		}
		out := make([]Object, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = items[j]
		}
		return NewList(out).Obj(), nil
	}
	i, exc := indexOf(t, k, "list indices must be integers or slices, not %s")
	if exc != nil {
		return Object{}, exc
	}
	return listGetItem(t, o, MakeInt(int64(i)))
}

func listSetItem(t *Thread, o, k, v Object) *Exception {
	l := (*List)(o.p)
	if k.Type() == SliceType {
		return listAssignSlice(t, l, (*Slice)(k.p), v)
	}
	i, exc := indexOf(t, k, "list indices must be integers or slices, not %s")
	if exc != nil {
		return exc
	}
	if v.p == nil {
		if i < 0 {
			i += l.Len()
		}
		if i < 0 || i >= l.Len() {
			return IndexError("list assignment index out of range")
		}
		_, exc := l.Pop(i)
		if exc != nil {
			return IndexError("list assignment index out of range")
		}
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return IndexError("list assignment index out of range")
	}
	a := *l.arr.Load()
	slotStore(&a[:n][i], v)
	return nil
}

// listAssignSlice implements l[s] = v and del l[s] (v nil).
func listAssignSlice(t *Thread, l *List, s *Slice, v Object) *Exception {
	var repl []Object
	if v.p != nil {
		if v.p == l.Obj().p {
			repl = l.Items()
		} else {
			var exc *Exception
			if repl, exc = SequenceItems(t, v); exc != nil {
				if exc.Matches(TypeErrorType) {
					return TypeError("must assign iterable to extended slice")
				}
				return exc
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	a := *l.arr.Load()
	cur := a[:n]
	start, stop, step, cnt, exc := s.Indices(t, n)
	if exc != nil {
		return exc
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		b := make([]Object, 0, n-(stop-start)+len(repl)+4)
		b = append(b, cur[:start]...)
		b = append(b, repl...)
		b = append(b, cur[stop:]...)
		l.publish(b)
		return nil
	}
	if v.p == nil {
		b := make([]Object, 0, n)
		del := make(map[int]bool, cnt)
		for i, j := 0, start; i < cnt; i, j = i+1, j+step {
			del[j] = true
		}
		for i, x := range cur {
			if !del[i] {
				b = append(b, x)
			}
		}
		l.publish(b)
		return nil
	}
	if len(repl) != cnt {
		return ValueError("attempt to assign sequence of size %d to extended slice of size %d", len(repl), cnt)
	}
	for i, j := 0, start; i < cnt; i, j = i+1, j+step {
		slotStore(&cur[j], repl[i])
	}
	return nil
}

func listIter(t *Thread, o Object) (Object, *Exception) {
	return (&seqIterator{Head: Head{ListIterType}, seq: o}).Obj(), nil
}

func listIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*seqIterator)(o.p)
	l := (*List)(it.seq.p)
	for {
		i := it.pos.Load()
		if i < 0 {
			return Object{}, nil
		}
		if !it.pos.CompareAndSwap(i, i+1) {
			continue
		}
		if v, ok := l.Get(int(i)); ok {
			return v, nil
		}
		it.pos.Store(-1)
		return Object{}, nil
	}
}

func listReversedNext(t *Thread, o Object) (Object, *Exception) {
	it := (*seqIterator)(o.p)
	l := (*List)(it.seq.p)
	for {
		i := it.pos.Load() // counts down; -1 = exhausted
		if i < 0 {
			return Object{}, nil
		}
		if !it.pos.CompareAndSwap(i, i-1) {
			continue
		}
		if v, ok := l.Get(int(i)); ok {
			return v, nil
		}
		it.pos.Store(-1)
		return Object{}, nil
	}
}

func listNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if typ == ListType {
		return NewList(nil).Obj(), nil
	}
	l := NewList(nil)
	l.typ = typ
	return l.Obj(), nil
}

func listInit(t *Thread, self Object, args []Object, kw *Tuple) *Exception {
	if kw.Len() > 0 {
		return TypeError("list() takes no keyword arguments")
	}
	if len(args) > 1 {
		return TypeError("list expected at most 1 argument, got %d", len(args))
	}
	var items []Object
	if len(args) == 1 {
		if exc := checkLengthHint(t, args[0]); exc != nil {
			return exc
		}
		var exc *Exception
		if items, exc = SequenceItems(t, args[0]); exc != nil {
			return exc
		}
	}
	(*List)(self.p).SetItems(items)
	return nil
}

// checkLengthHint validates a Python-level __length_hint__ of an iterable
// without __len__, as list() consults it (CPython's PyObject_LengthHint).
func checkLengthHint(t *Thread, o Object) *Exception {
	typ := o.Type()
	if typ.Flags&FlagHeapType == 0 || typ.Slots().Len != nil {
		return nil
	}
	if typ.Lookup(Intern("__length_hint__")).p == nil {
		return nil
	}
	m, exc := GetAttrS(t, o, "__length_hint__")
	if exc != nil {
		return exc
	}
	r, exc := Call(t, m, nil, nil)
	if exc != nil || r.p == NotImplemented.p {
		return exc
	}
	if !IsInt(r) {
		return TypeError("'%s' object cannot be interpreted as an integer", TypeName(r))
	}
	if n, ok := AsInt64(r); ok && n < 0 {
		return ValueError("__length_hint__() should return >= 0")
	}
	return nil
}

// sortLess is a < b with fast paths for same-kind builtin keys.
func sortLess(t *Thread, a, b Object) (bool, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			return x < y, nil
		}
	}
	if x, ok := a.p, a.Type() == StrType; ok && b.Type() == StrType {
		_ = x
		return (*Str)(a.p).s < (*Str)(b.p).s, nil
	}
	if x, ok := FloatValue(a); ok && a.Type() == FloatType {
		if y, ok := FloatValue(b); ok && b.Type() == FloatType {
			return x < y, nil
		}
	}
	if lt, ok := tupleLessFast(a, b); ok {
		return lt, nil
	}
	r, exc := RichCompare(t, a, b, Lt)
	if exc != nil {
		return false, exc
	}
	if r.p == True.p {
		return true, nil
	}
	if r.p == False.p {
		return false, nil
	}
	return Truthy(t, r)
}

type sorter struct {
	t       *Thread
	keys    []Object
	vals    []Object
	reverse bool
	kind    sortKind
	exc     *Exception
}

func (s *sorter) Len() int { return len(s.vals) }
func (s *sorter) Swap(i, j int) {
	s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
	if s.keys != nil {
		s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	}
}
func (s *sorter) Less(i, j int) bool {
	if s.exc != nil {
		return false
	}
	ks := s.vals
	if s.keys != nil {
		ks = s.keys
	}
	a, b := ks[i], ks[j]
	if s.reverse {
		a, b = b, a
	}
	lt, exc := sortLess(s.t, a, b)
	if exc != nil {
		s.exc = exc
		return false
	}
	return lt
}

// Sort is list.sort(key=key, reverse=reverse): stable; the list appears
// empty while sorting, and a modification meanwhile raises ValueError.
func (l *List) Sort(t *Thread, key Object, reverse bool) *Exception {
	l.mu.Lock()
	n := int(l.n.Load())
	a := *l.arr.Load()
	vals := make([]Object, n)
	copy(vals, a[:n])
	empty := make([]Object, 0, 4)
	l.arr.Store(&empty)
	l.n.Store(0)
	marker := l.arr.Load()
	l.mu.Unlock()

	s := &sorter{t: t, vals: vals, reverse: reverse}
	if key.p != nil && !key.IsNone() {
		s.keys = make([]Object, n)
		for i, v := range vals {
			k, exc := Call(t, key, []Object{v}, nil)
			if exc != nil {
				s.exc = exc
				break
			}
			s.keys[i] = k
		}
	}
	if s.exc == nil {
		s.sort()
	}
	l.mu.Lock()
	modified := l.arr.Load() != marker || l.n.Load() != 0
	l.publish(vals)
	l.mu.Unlock()
	if s.exc != nil {
		return s.exc
	}
	if modified {
		return ValueError("list modified during sort")
	}
	return nil
}

func listMethods(typ *Type) {
	lm := func(name string, f func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception)) {
		addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return f(t, (*List)(self.p), args, kw)
		})
	}
	lm("append", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, TypeError("list.append() takes exactly one argument (%d given)", len(args))
		}
		l.Append(args[0])
		return None, nil
	})
	lm("extend", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, TypeError("list.extend() takes exactly one argument (%d given)", len(args))
		}
		items, exc := SequenceItems(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		l.Extend(items)
		return None, nil
	})
	lm("insert", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 2 {
			return Object{}, TypeError("insert expected 2 arguments, got %d", len(args))
		}
		i, exc := indexOf(t, args[0], "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		l.Insert(i, args[1])
		return None, nil
	})
	lm("pop", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) > 1 {
			return Object{}, TypeError("pop expected at most 1 argument, got %d", len(args))
		}
		i := -1
		if len(args) == 1 {
			var exc *Exception
			if i, exc = indexOf(t, args[0], "'%s' object cannot be interpreted as an integer"); exc != nil {
				return Object{}, exc
			}
		}
		return l.Pop(i)
	})
	lm("remove", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("list.remove() takes exactly one argument (%d given)", len(args))
		}
		for i, it := range l.Items() {
			eq := it.p == args[0].p
			if !eq {
				var exc *Exception
				if eq, exc = Equal(t, it, args[0]); exc != nil {
					return Object{}, exc
				}
			}
			if eq {
				l.mu.Lock()
				n := int(l.n.Load())
				a := *l.arr.Load()
				if i < n && a[:n][i].p == it.p {
					b := make([]Object, n-1, cap(a))
					copy(b, a[:i])
					copy(b[i:], a[i+1:n])
					l.publish(b)
					l.mu.Unlock()
					return None, nil
				}
				l.mu.Unlock()
				break
			}
		}
		return Object{}, ValueError("list.remove(x): x not in list")
	})
	lm("reverse", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		l.mu.Lock()
		n := int(l.n.Load())
		a := *l.arr.Load()
		b := make([]Object, n, cap(a))
		for i := range n {
			b[i] = a[:n][n-1-i]
		}
		l.publish(b)
		l.mu.Unlock()
		return None, nil
	})
	lm("clear", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		l.mu.Lock()
		l.publish(nil)
		l.mu.Unlock()
		return None, nil
	})
	lm("copy", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		return NewList(l.Items()).Obj(), nil
	})
	lm("sort", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		var key, rev Object
		if exc := parseArgs("sort", args, kw, []string{"*key", "*reverse"}, 0, &key, &rev); exc != nil {
			return Object{}, exc
		}
		reverse := false
		if rev.p != nil {
			var exc *Exception
			if reverse, exc = Truthy(t, rev); exc != nil {
				return Object{}, exc
			}
		}
		if exc := l.Sort(t, key, reverse); exc != nil {
			return Object{}, exc
		}
		return None, nil
	})
	lm("__reversed__", func(t *Thread, l *List, args []Object, kw *Tuple) (Object, *Exception) {
		it := &seqIterator{Head: Head{ListRevIterType}, seq: l.Obj()}
		it.pos.Store(int64(l.Len() - 1))
		return it.Obj(), nil
	})
	seqIndexCount(typ, "list")
}
