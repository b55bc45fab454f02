package py

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Set is a set or frozenset. Its elements live in an open-addressing
// table shaped exactly like CPython's (same initial size, growth rule,
// probe sequence with linear runs, dummies left by deletions, pop finger),
// because programs observe the table order: iteration, repr and pop()
// follow it, and CPython's order for int/float/tuple elements is
// deterministic.
//
// Reads are lock-free: the table is published through an atomic pointer
// and each slot's key is an atomic word written after its hash; a slot
// never returns to empty within one table (deletion leaves a dummy, and
// clearing or resizing publishes a new table). Writers serialise on mu.
type Set struct {
	Head
	mu      sync.Mutex
	tab     atomic.Pointer[setTable]
	version atomic.Uint64 // bumped on every mutation (restarts, iterators)
	finger  int           // where pop() resumes its scan (under mu)
}

type setTable struct {
	mask    uint64
	used    atomic.Int64 // live keys
	fill    int64        // live keys + dummies (under the set's mu)
	entries []setEntry
}

type setEntry struct {
	key  unsafe.Pointer // atomic; nil empty, &setDummy deleted
	hash int64          // atomic; written before key is published
}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// setDummy marks a deleted slot.
var setDummy byte

var dummyPtr = unsafe.Pointer(&setDummy)

func newSetTable(size int) *setTable {
	return &setTable{mask: uint64(size - 1), entries: make([]setEntry, size)}
}

func (s *Set) Obj() Object { return Object{unsafe.Pointer(s)} }

func newEmptySet(typ *Type) *Set {
	s := &Set{Head: Head{typ}}
	s.tab.Store(newSetTable(setMinSize))
	return s
}

// NewSet makes a set (frozen: a frozenset) of items.
func NewSet(t *Thread, items []Object, frozen bool) (*Set, *Exception) {
	typ := SetType
	if frozen {
		typ = FrozenSetType
	}
	s := newEmptySet(typ)
	for _, it := range items {
		if exc := s.Add(t, it); exc != nil {
			return nil, exc
		}
	}
	return s, nil
}

// AsSet returns o as a *Set if it is a set or frozenset (or subclass).
func AsSet(o Object) (*Set, bool) {
	if o.p == nil || isSmall(o) {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if uintptr(unsafe.Pointer(t)) != floatTypeAddr && t.Flags&FlagSetSubclass != 0 {
		return (*Set)(o.p), true
	}
	return nil, false
}

func (s *Set) Len() int { return int(s.tab.Load().used.Load()) }

// Items returns a snapshot of the elements in table order.
func (s *Set) Items() []Object {
	tb := s.tab.Load()
	out := make([]Object, 0, tb.used.Load())
	for i := range tb.entries {
		if k := atomic.LoadPointer(&tb.entries[i].key); k != nil && k != dummyPtr {
			out = append(out, Object{k})
		}
	}
	return out
}

// lookup finds x (hash h) without locking; it may run Python __eq__.
func (tb *setTable) lookup(t *Thread, x Object, h int64) (bool, *Exception) {
	mask := tb.mask
	i, perturb := uint64(h)&mask, uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &tb.entries[j]
			k := atomic.LoadPointer(&e.key)
			if k == nil {
				return false, nil
			}
			if k == dummyPtr || atomic.LoadInt64(&e.hash) != h {
				continue
			}
			if k == x.p {
				return true, nil
			}
			eq, fast := fastEq(Object{k}, x)
			if !fast {
				var exc *Exception
				if eq, exc = Equal(t, Object{k}, x); exc != nil {
					return false, exc
				}
			}
			if eq {
				return true, nil
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts a key known to be absent into the first empty slot of
// its probe sequence (dummies are not reused, as in CPython).
func (tb *setTable) insertClean(k unsafe.Pointer, h int64) {
	mask := tb.mask
	i, perturb := uint64(h)&mask, uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &tb.entries[j]
			if atomic.LoadPointer(&e.key) == nil {
				atomic.StoreInt64(&e.hash, h)
				atomic.StorePointer(&e.key, k)
				tb.fill++
				tb.used.Add(1)
				return
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resizeLocked rebuilds the table for minused keys: the smallest power of
// two above minused (at least 8), re-inserting in slot order.
func (s *Set) resizeLocked(minused int64) {
	size := int64(setMinSize)
	for size <= minused {
		size <<= 1
	}
	old := s.tab.Load()
	nt := newSetTable(int(size))
	n := int64(0)
	for i := range old.entries {
		e := &old.entries[i]
		if k := e.key; k != nil && k != dummyPtr {
			nt.insertUnpublished(k, atomic.LoadInt64(&e.hash))
			n++
		}
	}
	nt.fill = n
	nt.used.Store(n)
	s.tab.Store(nt) // publishes the plain writes above
}

// insertUnpublished is insertClean for a table no other thread can see
// yet: plain stores (an atomic store is a locked instruction on amd64, and
// resizing does one per key).
func (tb *setTable) insertUnpublished(k unsafe.Pointer, h int64) {
	mask := tb.mask
	i, perturb := uint64(h)&mask, uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			if e := &tb.entries[j]; e.key == nil {
				e.hash, e.key = h, k
				return
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addLocked inserts a key known to be absent. Like CPython it puts it in
// the last dummy slot of its probe sequence if there is one, else in the
// empty slot ending the sequence, growing when the table becomes 3/5
// full (live keys plus dummies).
func (s *Set) addLocked(x Object, h int64) {
	tb := s.tab.Load()
	s.version.Add(1)
	mask := tb.mask
	i, perturb := uint64(h)&mask, uint64(h)
	var free *setEntry
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &tb.entries[j]
			k := e.key
			if k == dummyPtr {
				free = e // CPython keeps the last dummy seen
				continue
			}
			if k != nil {
				continue
			}
			if free != nil {
				atomic.StoreInt64(&free.hash, h)
				atomic.StorePointer(&free.key, x.p)
				tb.used.Add(1)
				return
			}
			atomic.StoreInt64(&e.hash, h)
			atomic.StorePointer(&e.key, x.p)
			tb.fill++
			used := tb.used.Add(1)
			if uint64(tb.fill)*5 >= mask*3 {
				if used > 50000 {
					s.resizeLocked(used * 2)
				} else {
					s.resizeLocked(used * 4)
				}
			}
			return
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Add adds x; Discard removes it (found reports whether it was there).
func (s *Set) Add(t *Thread, x Object) *Exception {
	h, exc := keyHash(t, x, "set element")
	if exc != nil {
		return exc
	}
	return s.addHash(t, x, h)
}

func (s *Set) addHash(t *Thread, x Object, h int64) *Exception {
	for {
		v := s.version.Load()
		tb := s.tab.Load()
		found, exc := tb.lookup(t, x, h)
		if exc != nil || found {
			return exc
		}
		s.mu.Lock()
		if s.version.Load() != v || s.tab.Load() != tb {
			// A comparison changed the set: search again.
			s.mu.Unlock()
			continue
		}
		s.addLocked(x, h)
		s.mu.Unlock()
		return nil
	}
}

func (s *Set) Discard(t *Thread, x Object) (bool, *Exception) {
	if xs, ok := AsSet(x); ok && !xs.isFrozen() {
		fs, _ := NewSet(t, xs.Items(), true)
		x = fs.Obj()
	}
	h, exc := keyHash(t, x, "set element")
	if exc != nil {
		return false, exc
	}
	for {
		v := s.version.Load()
		tb := s.tab.Load()
		e, exc := tb.find(t, x, h)
		if exc != nil || e == nil {
			return false, exc
		}
		s.mu.Lock()
		if s.version.Load() != v || s.tab.Load() != tb {
			s.mu.Unlock()
			continue
		}
		atomic.StorePointer(&e.key, dummyPtr)
		tb.used.Add(-1)
		s.version.Add(1)
		s.mu.Unlock()
		return true, nil
	}
}

// find is lookup returning the entry.
func (tb *setTable) find(t *Thread, x Object, h int64) (*setEntry, *Exception) {
	mask := tb.mask
	i, perturb := uint64(h)&mask, uint64(h)
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &tb.entries[j]
			k := atomic.LoadPointer(&e.key)
			if k == nil {
				return nil, nil
			}
			if k == dummyPtr || atomic.LoadInt64(&e.hash) != h {
				continue
			}
			if k == x.p {
				return e, nil
			}
			eq, fast := fastEq(Object{k}, x)
			if !fast {
				var exc *Exception
				if eq, exc = Equal(t, Object{k}, x); exc != nil {
					return nil, exc
				}
			}
			if eq {
				return e, nil
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// clear empties s, back to the minimal table.
func (s *Set) clear() {
	s.mu.Lock()
	s.tab.Store(newSetTable(setMinSize))
	s.finger = 0
	s.version.Add(1)
	s.mu.Unlock()
}

// pop removes and returns an element, scanning from the finger as CPython
// does (so successive pops walk the table).
func (s *Set) pop() (Object, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	tb := s.tab.Load()
	if tb.used.Load() == 0 {
		return Object{}, false
	}
	i := uint64(s.finger) & tb.mask
	for {
		k := tb.entries[i].key
		if k != nil && k != dummyPtr {
			atomic.StorePointer(&tb.entries[i].key, dummyPtr)
			tb.used.Add(-1)
			s.finger = int(i) + 1
			s.version.Add(1)
			return Object{k}, true
		}
		i = (i + 1) & tb.mask
	}
}

// mergeFrom adds the elements of o, as CPython's set_merge: presize, then
// copy the table verbatim or re-insert cleanly when s is empty.
func (s *Set) mergeFrom(t *Thread, o *Set) *Exception {
	if o == s {
		return nil
	}
	ot := o.tab.Load()
	type kh struct {
		k    unsafe.Pointer
		h    int64
		slot int
	}
	// Snapshot o in slot order (o may be shared and mutated concurrently).
	var elems []kh
	ofill := int64(0)
	for i := range ot.entries {
		e := &ot.entries[i]
		k := atomic.LoadPointer(&e.key)
		if k != nil {
			ofill++
		}
		if k != nil && k != dummyPtr {
			elems = append(elems, kh{k, atomic.LoadInt64(&e.hash), i})
		}
	}
	n := int64(len(elems))
	if n == 0 {
		return nil
	}
	s.mu.Lock()
	tb := s.tab.Load()
	if uint64(tb.fill+n)*5 >= tb.mask*3 {
		s.resizeLocked((tb.used.Load() + n) * 2)
		tb = s.tab.Load()
	}
	if tb.fill == 0 {
		if tb.mask == ot.mask && ofill == n {
			// Same size and no dummies: CPython copies slot for slot.
			nt := newSetTable(len(ot.entries))
			for _, e := range elems {
				nt.entries[e.slot] = setEntry{key: e.k, hash: e.h}
			}
			nt.fill = n
			nt.used.Store(n)
			s.tab.Store(nt)
			s.version.Add(1)
			s.mu.Unlock()
			return nil
		}
		for _, e := range elems {
			tb.insertClean(e.k, e.h)
		}
		s.version.Add(1)
		s.mu.Unlock()
		return nil
	}
	s.mu.Unlock()
	for _, e := range elems {
		if exc := s.addHash(t, Object{e.k}, e.h); exc != nil {
			return exc
		}
	}
	return nil
}

// Update is s |= other for any iterable (set.update with one argument).
func (s *Set) Update(t *Thread, other Object) *Exception { return s.update(t, other) }

// update adds the elements of an iterable: sets merge, others add in
// iteration order.
func (s *Set) update(t *Thread, it Object) *Exception {
	if o, ok := AsSet(it); ok {
		return s.mergeFrom(t, o)
	}
	if d, ok := AsDict(it); ok && d.typ == DictType {
		// CPython presizes for a dict before adding its keys.
		n := int64(d.Len())
		s.mu.Lock()
		tb := s.tab.Load()
		if uint64(tb.fill+n)*5 >= tb.mask*3 {
			s.resizeLocked((tb.used.Load() + n) * 2)
		}
		s.mu.Unlock()
	}
	items, exc := SequenceItems(t, it)
	if exc != nil {
		return exc
	}
	for _, x := range items {
		if exc := s.Add(t, x); exc != nil {
			return exc
		}
	}
	return nil
}

// Contains reports x in s.
func (s *Set) Contains(t *Thread, x Object) (bool, *Exception) {
	if xs, ok := AsSet(x); ok && !xs.isFrozen() { // a set key is looked up as a frozenset
		fs, _ := NewSet(t, xs.Items(), true)
		x = fs.Obj()
	}
	h, exc := keyHash(t, x, "set element")
	if exc != nil {
		return false, exc
	}
	return s.tab.Load().lookup(t, x, h)
}

func (s *Set) isFrozen() bool { return s.typ.IsSubtype(FrozenSetType) }

func setRepr(t *Thread, o Object) (Object, *Exception) {
	s := (*Set)(o.p)
	name := s.typ.Name
	if s.Len() == 0 {
		return NewStr(name + "()").Obj(), nil
	}
	if !t.reprEnter(o) {
		return NewStr(name + "(...)").Obj(), nil
	}
	defer t.reprLeave(o)
	body, exc := seqRepr(t, s.Items(), "{", "}")
	if exc != nil {
		return Object{}, exc
	}
	if s.typ == SetType {
		return NewStr(body).Obj(), nil
	}
	return NewStr(name + "(" + body + ")").Obj(), nil
}

func setLen(t *Thread, o Object) (int, *Exception) { return (*Set)(o.p).Len(), nil }

func setContains(t *Thread, o, k Object) (bool, *Exception) { return (*Set)(o.p).Contains(t, k) }

func shuffleBits(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }

func frozensetHash(t *Thread, o Object) (int64, *Exception) {
	tb := (*Set)(o.p).tab.Load()
	var h uint64
	n := 0
	for i := range tb.entries {
		e := &tb.entries[i]
		if k := atomic.LoadPointer(&e.key); k != nil && k != dummyPtr {
			h ^= shuffleBits(uint64(atomic.LoadInt64(&e.hash)))
			n++
		}
	}
	h ^= (uint64(n) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		return 590923713, nil
	}
	return int64(h), nil
}

// setIterator walks the table by slot index, as CPython's does; a change
// of size makes it fail (and stay failed).
type setIterator struct {
	Head
	mu   sync.Mutex
	s    *Set
	pos  int
	n    int64 // size at creation, -1 once failed
	done bool
}

func setIter(t *Thread, o Object) (Object, *Exception) {
	s := (*Set)(o.p)
	it := &setIterator{Head: Head{SetIterType}, s: s, n: int64(s.Len())}
	return Object{unsafe.Pointer(it)}, nil
}

func setIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*setIterator)(o.p)
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.done {
		return Object{}, nil
	}
	tb := it.s.tab.Load()
	if tb.used.Load() != it.n {
		it.n = -1
		it.done = true
		return Object{}, RuntimeError("Set changed size during iteration")
	}
	for it.pos < len(tb.entries) {
		k := atomic.LoadPointer(&tb.entries[it.pos].key)
		it.pos++
		if k != nil && k != dummyPtr {
			return Object{k}, nil
		}
	}
	it.done = true
	return Object{}, nil
}

// set algebra on snapshots

func (s *Set) subsetOf(t *Thread, o *Set) (bool, *Exception) {
	if s.Len() > o.Len() {
		return false, nil
	}
	for _, x := range s.Items() {
		in, exc := o.Contains(t, x)
		if exc != nil || !in {
			return false, exc
		}
	}
	return true, nil
}

// copySet is a new set of a's base kind holding a's elements (CPython's
// make_new_set_basetype then set_merge).
func (s *Set) copySet(t *Thread) (*Set, *Exception) {
	r := newEmptySet(s.baseType())
	return r, r.mergeFrom(t, s)
}

func (s *Set) baseType() *Type {
	if s.isFrozen() {
		return FrozenSetType
	}
	return SetType
}

// asSetOf returns other as a *Set, building a temporary one from an
// iterable.
func asSetOf(t *Thread, other Object) (*Set, *Exception) {
	if o, ok := AsSet(other); ok {
		return o, nil
	}
	o := newEmptySet(SetType)
	return o, o.update(t, other)
}

// entries snapshots s's live (key, hash) pairs in slot order.
func (s *Set) entries() ([]Object, []int64) {
	tb := s.tab.Load()
	var ks []Object
	var hs []int64
	for i := range tb.entries {
		e := &tb.entries[i]
		if k := atomic.LoadPointer(&e.key); k != nil && k != dummyPtr {
			ks = append(ks, Object{k})
			hs = append(hs, atomic.LoadInt64(&e.hash))
		}
	}
	return ks, hs
}

// setOp computes a OP other into a new set of a's base kind with
// CPython's algorithm for each operator, so that the result's table (and
// so its iteration order) is the one CPython builds.
func setOp(t *Thread, a *Set, other Object, op BinOp) (*Set, *Exception) {
	switch op {
	case OpOr:
		r, exc := a.copySet(t)
		if exc != nil {
			return nil, exc
		}
		return r, r.update(t, other)
	case OpAnd:
		r := newEmptySet(a.baseType())
		o, isSet := AsSet(other)
		if !isSet {
			items, exc := SequenceItems(t, other)
			if exc != nil {
				return nil, exc
			}
			for _, x := range items {
				h, exc := keyHash(t, x, "set element")
				if exc != nil {
					return nil, exc
				}
				in, exc := a.tab.Load().lookup(t, x, h)
				if exc != nil {
					return nil, exc
				}
				if in {
					if exc := r.addHash(t, x, h); exc != nil {
						return nil, exc
					}
				}
			}
			return r, nil
		}
		small, big := a, o
		if o.Len() < a.Len() {
			small, big = o, a
		}
		ks, hs := small.entries()
		for i, x := range ks {
			in, exc := big.tab.Load().lookup(t, x, hs[i])
			if exc != nil {
				return nil, exc
			}
			if in {
				if exc := r.addHash(t, x, hs[i]); exc != nil {
					return nil, exc
				}
			}
		}
		return r, nil
	case OpSub:
		var osize int
		var o *Set
		if so, ok := AsSet(other); ok {
			o, osize = so, so.Len()
		} else if d, ok := AsDict(other); ok && d.typ == DictType {
			osize = d.Len()
		} else {
			osize = -1
		}
		if osize < 0 || a.Len()>>2 > osize {
			// Copy a, then discard other's elements.
			r, exc := a.copySet(t)
			if exc != nil {
				return nil, exc
			}
			return r, r.differenceUpdate(t, other)
		}
		r := newEmptySet(a.baseType())
		ks, hs := a.entries()
		for i, x := range ks {
			var in bool
			var exc *Exception
			if o != nil {
				in, exc = o.tab.Load().lookup(t, x, hs[i])
			} else {
				d, _ := AsDict(other)
				var v Object
				v, exc = d.GetHash(t, x, hs[i])
				in = v.p != nil
			}
			if exc != nil {
				return nil, exc
			}
			if !in {
				if exc := r.addHash(t, x, hs[i]); exc != nil {
					return nil, exc
				}
			}
		}
		return r, nil
	}
	// Symmetric difference: start from other, then toggle a's elements.
	r := newEmptySet(a.baseType())
	if exc := r.update(t, other); exc != nil {
		return nil, exc
	}
	return r, r.symmetricUpdate(t, a.Obj())
}

// differenceUpdate discards other's elements from s.
func (s *Set) differenceUpdate(t *Thread, other Object) *Exception {
	if other.p == s.Obj().p {
		s.clear()
		return nil
	}
	var items []Object
	if o, ok := AsSet(other); ok {
		items = o.Items()
	} else {
		var exc *Exception
		if items, exc = SequenceItems(t, other); exc != nil {
			return exc
		}
	}
	for _, x := range items {
		if _, exc := s.Discard(t, x); exc != nil {
			return exc
		}
	}
	return nil
}

// symmetricUpdate toggles the membership of other's elements in s.
func (s *Set) symmetricUpdate(t *Thread, other Object) *Exception {
	if other.p == s.Obj().p {
		s.clear()
		return nil
	}
	o, exc := asSetOf(t, other)
	if exc != nil {
		return exc
	}
	ks, hs := o.entries()
	for i, x := range ks {
		in, exc := s.tab.Load().lookup(t, x, hs[i])
		if exc != nil {
			return exc
		}
		if in {
			_, exc = s.Discard(t, x)
		} else {
			exc = s.addHash(t, x, hs[i])
		}
		if exc != nil {
			return exc
		}
	}
	return nil
}

func setBinary(op BinOp) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, a, b Object) (Object, *Exception) {
		x, ok1 := AsSet(a)
		y, ok2 := AsSet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, exc := setOp(t, x, y.Obj(), op)
		if exc != nil {
			return Object{}, exc
		}
		return r.Obj(), nil
	}
}

func setInplace(op BinOp) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, a, b Object) (Object, *Exception) {
		x, ok1 := AsSet(a)
		y, ok2 := AsSet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if exc := setUpdate(t, x, y.Obj(), op); exc != nil {
			return Object{}, exc
		}
		return a, nil
	}
}

// setUpdate applies op in place (|=, &=, -=, ^=).
func setUpdate(t *Thread, s *Set, other Object, op BinOp) *Exception {
	switch op {
	case OpOr:
		return s.update(t, other)
	case OpSub:
		return s.differenceUpdate(t, other)
	case OpXor:
		return s.symmetricUpdate(t, other)
	}
	// &=: compute the intersection and take over its table.
	r, exc := setOp(t, s, other, OpAnd)
	if exc != nil {
		return exc
	}
	s.mu.Lock()
	s.tab.Store(r.tab.Load())
	s.version.Add(1)
	s.mu.Unlock()
	return nil
}

func setCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	x := (*Set)(a.p)
	y, ok := AsSet(b)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case Eq, Ne:
		if x.Len() != y.Len() {
			return Bool(op == Ne), nil
		}
		sub, exc := x.subsetOf(t, y)
		if exc != nil {
			return Object{}, exc
		}
		return Bool(sub == (op == Eq)), nil
	case Le:
		r, exc := x.subsetOf(t, y)
		return Bool(r), exc
	case Ge:
		r, exc := y.subsetOf(t, x)
		return Bool(r), exc
	case Lt:
		if x.Len() >= y.Len() {
			return False, nil
		}
		r, exc := x.subsetOf(t, y)
		return Bool(r), exc
	}
	if y.Len() >= x.Len() {
		return False, nil
	}
	r, exc := y.subsetOf(t, x)
	return Bool(r), exc
}

func setNewFor(frozen bool) func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	return func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
		name := "set"
		if frozen {
			name = "frozenset"
		}
		if kw.Len() > 0 && typ.Flags&FlagHeapType == 0 {
			return Object{}, TypeError("%s() takes no keyword arguments", name)
		}
		// set.__new__ leaves the arguments to __init__ (a subclass's
		// __init__ may take others); frozenset.__new__ consumes them.
		if frozen && len(args)-kw.Len() > 1 {
			return Object{}, TypeError("%s expected at most 1 argument, got %d", name, len(args)-kw.Len())
		}
		s := newEmptySet(typ)
		if frozen && len(args) == 1 {
			if o, ok := AsSet(args[0]); ok && o.typ == FrozenSetType && typ == FrozenSetType {
				return args[0], nil
			}
			if exc := s.update(t, args[0]); exc != nil {
				return Object{}, exc
			}
		}
		return s.Obj(), nil
	}
}

func setInit(t *Thread, self Object, args []Object, kw *Tuple) *Exception {
	s := (*Set)(self.p)
	if len(args) > 1 {
		return TypeError("set expected at most 1 argument, got %d", len(args))
	}
	if s.tab.Load().fill > 0 {
		s.clear()
	}
	if len(args) == 1 {
		return s.update(t, args[0])
	}
	return nil
}

var setTypesOnce sync.Once

func initSetTypes(mk func(string, *Type, uint32, *Slots) *Type) {
	common := func(frozen bool) *Slots {
		s := &Slots{Repr: setRepr, Len: setLen, Contains: setContains, Iter: setIter, Compare: setCompare, New: setNewFor(frozen)}
		for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
			s.Bin[op] = setBinary(op)
		}
		return s
	}
	ss := common(false)
	ss.Init = setInit
	for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
		ss.IBin[op] = setInplace(op)
	}
	SetType = mk("set", nil, FlagBaseType|FlagSetSubclass, ss)
	fs := common(true)
	fs.Hash = frozensetHash
	FrozenSetType = mk("frozenset", nil, FlagBaseType|FlagSetSubclass, fs)
}

func setMethods() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		sm := func(name string, f func(t *Thread, s *Set, args []Object) (Object, *Exception)) {
			addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
				if kw.Len() > 0 {
					return Object{}, TypeError("%s.%s() takes no keyword arguments", typ.Name, name)
				}
				return f(t, (*Set)(self.p), args)
			})
		}
		multi := func(name string, op BinOp) {
			sm(name, func(t *Thread, s *Set, args []Object) (Object, *Exception) {
				if len(args) == 0 || op == OpOr {
					r, exc := s.copySet(t)
					for _, a := range args {
						if exc == nil {
							exc = r.update(t, a)
						}
					}
					if exc != nil {
						return Object{}, exc
					}
					return r.Obj(), nil
				}
				r, exc := setOp(t, s, args[0], op)
				for _, a := range args[1:] {
					if exc != nil {
						break
					}
					if op == OpAnd {
						r, exc = setOp(t, r, a, op)
					} else {
						exc = r.differenceUpdate(t, a)
					}
				}
				if exc != nil {
					return Object{}, exc
				}
				return r.Obj(), nil
			})
		}
		multi("union", OpOr)
		multi("intersection", OpAnd)
		multi("difference", OpSub)
		sm("symmetric_difference", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			if len(args) != 1 {
				return Object{}, TypeError("%s.symmetric_difference() takes exactly one argument (%d given)", typ.Name, len(args))
			}
			r, exc := setOp(t, s, args[0], OpXor)
			if exc != nil {
				return Object{}, exc
			}
			return r.Obj(), nil
		})
		rel := func(name string, f func(t *Thread, s, o *Set) (bool, *Exception)) {
			sm(name, func(t *Thread, s *Set, args []Object) (Object, *Exception) {
				if len(args) != 1 {
					return Object{}, TypeError("%s.%s() takes exactly one argument (%d given)", typ.Name, name, len(args))
				}
				o, ok := AsSet(args[0])
				if !ok {
					items, exc := SequenceItems(t, args[0])
					if exc != nil {
						return Object{}, exc
					}
					if o, exc = NewSet(t, items, false); exc != nil {
						return Object{}, exc
					}
				}
				r, exc := f(t, s, o)
				return Bool(r), exc
			})
		}
		rel("issubset", func(t *Thread, s, o *Set) (bool, *Exception) { return s.subsetOf(t, o) })
		rel("issuperset", func(t *Thread, s, o *Set) (bool, *Exception) { return o.subsetOf(t, s) })
		rel("isdisjoint", func(t *Thread, s, o *Set) (bool, *Exception) {
			for _, x := range s.Items() {
				in, exc := o.Contains(t, x)
				if exc != nil || in {
					return false, exc
				}
			}
			return true, nil
		})
		sm("copy", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			if s.typ == FrozenSetType {
				return s.Obj(), nil
			}
			r, exc := s.copySet(t)
			if exc != nil {
				return Object{}, exc
			}
			return r.Obj(), nil
		})
		if typ == FrozenSetType {
			continue
		}
		sm("add", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			if len(args) != 1 {
				return Object{}, TypeError("set.add() takes exactly one argument (%d given)", len(args))
			}
			return None, s.Add(t, args[0])
		})
		sm("discard", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			if len(args) != 1 {
				return Object{}, TypeError("set.discard() takes exactly one argument (%d given)", len(args))
			}
			_, exc := s.Discard(t, args[0])
			return None, exc
		})
		sm("remove", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			if len(args) != 1 {
				return Object{}, TypeError("set.remove() takes exactly one argument (%d given)", len(args))
			}
			found, exc := s.Discard(t, args[0])
			if exc != nil {
				return Object{}, exc
			}
			if !found {
				return Object{}, KeyError(args[0])
			}
			return None, nil
		})
		sm("pop", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			if v, ok := s.pop(); ok {
				return v, nil
			}
			return Object{}, KeyError(NewStr("pop from an empty set").Obj())
		})
		sm("clear", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			s.clear()
			return None, nil
		})
		upd := func(name string, op BinOp) {
			sm(name, func(t *Thread, s *Set, args []Object) (Object, *Exception) {
				if op == OpXor && len(args) != 1 {
					return Object{}, TypeError("set.symmetric_difference_update() takes exactly one argument (%d given)", len(args))
				}
				for _, a := range args {
					if exc := setUpdate(t, s, a, op); exc != nil {
						return Object{}, exc
					}
				}
				return None, nil
			})
		}
		upd("update", OpOr)
		upd("intersection_update", OpAnd)
		upd("difference_update", OpSub)
		upd("symmetric_difference_update", OpXor)
	}
}
