package micro

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// ---------------------------------------------------------------- strings

// Str is an immutable string with a lazily computed, cached hash. The hash
// is stored atomically so that two threads hashing the same new string race
// benignly (same value) and the race detector agrees. 0 means "not yet".
type Str struct {
	Head
	hash atomic.Uint64
	s    string
}

func NewStr(s string) *Str { return &Str{Head: Head{StrType}, s: s} }

func (s *Str) Hash() uint64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	h := strHash(s.s) | 1<<63 // never 0; CPython's -1 rule is irrelevant here
	s.hash.Store(h)
	return h
}

func (s *Str) Obj() Object { return Object{unsafe.Pointer(s)} }

// ------------------------------------------------------------------ lists

// AtomicList is the proposed free-threaded list: writers serialise on mu;
// readers take no lock. The backing array is replaced (never resized in
// place) on growth and published atomically; each slot is one word, loaded
// and stored atomically, so a reader can never see a torn value.
type AtomicList struct {
	mu  sync.Mutex
	arr atomic.Pointer[[]Object]
	n   atomic.Int64
}

func NewAtomicList() *AtomicList {
	l := &AtomicList{}
	a := make([]Object, 0, 8)
	l.arr.Store(&a)
	return l
}

func slotLoad(p *Object) Object     { return Object{atomic.LoadPointer(&p.p)} }
func slotStore(p *Object, v Object) { atomic.StorePointer(&p.p, v.p) }

// Get is list[i] for 0 <= i. It returns ok=false for IndexError.
func (l *AtomicList) Get(i int) (Object, bool) {
	if int64(i) >= l.n.Load() {
		return Object{}, false
	}
	a := *l.arr.Load()
	if i < cap(a) {
		// Slots past len are readable (nil): the array was made with cap.
		if v := slotLoad(&a[:cap(a)][i]); v.p != nil {
			return v, true
		}
	}
	// A concurrent pop/clear emptied the slot (Python lists never hold
	// NULL): settle it under the lock.
	l.mu.Lock()
	defer l.mu.Unlock()
	a = *l.arr.Load()
	if int64(i) >= l.n.Load() {
		return Object{}, false
	}
	return a[:cap(a)][i], true
}

func (l *AtomicList) Set(i int, v Object) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if int64(i) >= l.n.Load() {
		return false
	}
	a := *l.arr.Load()
	slotStore(&a[:cap(a)][i], v)
	return true
}

func (l *AtomicList) Append(v Object) {
	l.mu.Lock()
	n := int(l.n.Load())
	a := *l.arr.Load()
	if n == cap(a) {
		b := make([]Object, n, 2*n+8)
		for i := range n {
			b[i] = slotLoad(&a[:n][i]) // readers may still be loading a
		}
		a = b
		l.arr.Store(&b)
	}
	slotStore(&a[:n+1][n], v)
	l.n.Store(int64(n + 1)) // publish after the slot is filled
	l.mu.Unlock()
}

func (l *AtomicList) Pop() (Object, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := int(l.n.Load())
	if n == 0 {
		return Object{}, false
	}
	a := *l.arr.Load()
	v := slotLoad(&a[:n][n-1])
	l.n.Store(int64(n - 1))
	slotStore(&a[:n][n-1], Object{}) // drop the reference for the GC
	return v, true
}

func (l *AtomicList) Len() int { return int(l.n.Load()) }

// MutexList and RWList are the locked baselines.
type MutexList struct {
	mu    sync.Mutex
	items []Object
}

func (l *MutexList) Get(i int) (Object, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if i >= len(l.items) {
		return Object{}, false
	}
	return l.items[i], true
}

func (l *MutexList) Append(v Object) {
	l.mu.Lock()
	l.items = append(l.items, v)
	l.mu.Unlock()
}

type RWList struct {
	mu    sync.RWMutex
	items []Object
}

func (l *RWList) Get(i int) (Object, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if i >= len(l.items) {
		return Object{}, false
	}
	return l.items[i], true
}

func (l *RWList) Append(v Object) {
	l.mu.Lock()
	l.items = append(l.items, v)
	l.mu.Unlock()
}

// SeqList holds two-word values (TV): a reader must validate with a sequence
// counter, because two words cannot be loaded atomically together. All word
// accesses are atomic to stay race-detector clean.
type SeqList struct {
	mu  sync.Mutex
	seq atomic.Uint64
	arr atomic.Pointer[[]TV]
	n   atomic.Int64
}

func NewSeqList() *SeqList {
	l := &SeqList{}
	a := make([]TV, 0, 8)
	l.arr.Store(&a)
	return l
}

func (l *SeqList) Get(i int) (TV, bool) {
	for {
		s := l.seq.Load()
		if s&1 != 0 {
			continue
		}
		if int64(i) >= l.n.Load() {
			return TV{}, false
		}
		a := *l.arr.Load()
		e := &a[:cap(a)][i]
		v := TV{atomic.LoadPointer(&e.p), atomic.LoadUint64(&e.n)}
		if l.seq.Load() == s {
			return v, true
		}
	}
}

func (l *SeqList) Append(v TV) {
	l.mu.Lock()
	l.seq.Add(1)
	n := int(l.n.Load())
	a := *l.arr.Load()
	if n == cap(a) {
		b := make([]TV, n, 2*n+8)
		for i := range n {
			e := &a[:n][i]
			b[i] = TV{atomic.LoadPointer(&e.p), atomic.LoadUint64(&e.n)}
		}
		a = b
		l.arr.Store(&b)
	}
	e := &a[:n+1][n]
	atomic.StorePointer(&e.p, v.p)
	atomic.StoreUint64(&e.n, v.n)
	l.n.Store(int64(n + 1))
	l.seq.Add(1)
	l.mu.Unlock()
}

// ------------------------------------------------------------------ dicts

const (
	ixEmpty = -1
	ixDummy = -2
)

type dictEntry struct {
	hash  uint64
	key   *Str           // written once, before the index naming it is published
	value unsafe.Pointer // Object.p; loaded/stored atomically; nil = deleted
}

// dictKeys is one table generation: an index table (open addressing,
// int32 slots, atomic) over an insertion-ordered entry array, as in CPython's
// compact dict. A generation is replaced, never resized in place.
type dictKeys struct {
	mask    uint64
	indices []int32
	entries []dictEntry // len = capacity
	nused   atomic.Int64
}

func newDictKeys(size int) *dictKeys {
	k := &dictKeys{mask: uint64(size - 1), indices: make([]int32, size), entries: make([]dictEntry, size*2/3)}
	for i := range k.indices {
		k.indices[i] = ixEmpty
	}
	return k
}

// AtomicDict: lock-free reads, writers serialised on mu.
type AtomicDict struct {
	mu   sync.Mutex
	keys atomic.Pointer[dictKeys]
	n    atomic.Int64
}

func NewAtomicDict() *AtomicDict {
	d := &AtomicDict{}
	d.keys.Store(newDictKeys(8))
	return d
}

func strEq(a, b *Str) bool { return a == b || a.s == b.s }

// find returns the entry for key in k, and the index slot where it would be
// inserted (first dummy or the empty slot ending the probe).
func (k *dictKeys) find(key *Str, h uint64) (e *dictEntry, slot uint64) {
	slot = ^uint64(0)
	i, perturb := h&k.mask, h
	for {
		ix := atomic.LoadInt32(&k.indices[i])
		switch {
		case ix == ixEmpty:
			if slot == ^uint64(0) {
				slot = i
			}
			return nil, slot
		case ix == ixDummy:
			if slot == ^uint64(0) {
				slot = i
			}
		default:
			if e := &k.entries[ix]; e.hash == h && strEq(e.key, key) {
				return e, i
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & k.mask
	}
}

func (d *AtomicDict) Get(key *Str) (Object, bool) {
	h := key.Hash()
	k := d.keys.Load()
	e, _ := k.find(key, h)
	if e == nil {
		return Object{}, false
	}
	v := atomic.LoadPointer(&e.value)
	return Object{v}, v != nil
}

func (d *AtomicDict) Set(key *Str, v Object) {
	h := key.Hash()
	d.mu.Lock()
	k := d.keys.Load()
	e, slot := k.find(key, h)
	if e != nil && atomic.LoadPointer(&e.value) != nil {
		atomic.StorePointer(&e.value, v.p)
		d.mu.Unlock()
		return
	}
	if e != nil { // deleted entry still indexed: unlink it first
		atomic.StoreInt32(&k.indices[slot], ixDummy)
	}
	n := int(k.nused.Load())
	if n == len(k.entries) {
		k = d.resize(k)
		n = int(k.nused.Load())
		_, slot = k.find(key, h)
	}
	k.entries[n] = dictEntry{hash: h, key: key, value: v.p}
	k.nused.Store(int64(n + 1))
	atomic.StoreInt32(&k.indices[slot], int32(n)) // publish
	d.n.Add(1)
	d.mu.Unlock()
}

func (d *AtomicDict) Delete(key *Str) bool {
	h := key.Hash()
	d.mu.Lock()
	defer d.mu.Unlock()
	k := d.keys.Load()
	e, slot := k.find(key, h)
	if e == nil || atomic.LoadPointer(&e.value) == nil {
		return false
	}
	atomic.StoreInt32(&k.indices[slot], ixDummy)
	atomic.StorePointer(&e.value, nil)
	d.n.Add(-1)
	return true
}

// resize builds and publishes a new generation holding the live entries.
// Readers still on the old one see its frozen state, which is a valid
// linearisation because no writer touches a generation after publication.
func (d *AtomicDict) resize(old *dictKeys) *dictKeys {
	live := int(d.n.Load())
	size := 8
	for size*2/3 < 2*live+1 {
		size *= 2
	}
	k := newDictKeys(size)
	n := 0
	for i := range int(old.nused.Load()) {
		e := &old.entries[i]
		v := atomic.LoadPointer(&e.value)
		if v == nil {
			continue
		}
		k.entries[n] = dictEntry{hash: e.hash, key: e.key, value: v}
		_, slot := k.find(e.key, e.hash)
		k.indices[slot] = int32(n)
		n++
	}
	k.nused.Store(int64(n))
	d.keys.Store(k)
	return k
}

func (d *AtomicDict) Len() int { return int(d.n.Load()) }
