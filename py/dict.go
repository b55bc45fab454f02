package py

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

const (
	ixEmpty = -1
	ixDummy = -2
)

type dictEntry struct {
	hash  int64
	key   Object         // written once, before the index naming it is published
	value unsafe.Pointer // Object.p, atomic; nil = deleted
}

// dictKeys is one table generation: an open-addressing index table (atomic
// int32 slots) over an insertion-ordered entry array, as CPython's compact
// dict. A generation is replaced on growth/compaction, never resized, and no
// writer touches a generation after replacing it, so a lock-free reader on
// an old generation sees a state that existed during its call.
type dictKeys struct {
	mask    uint64
	indices []int32
	entries []dictEntry
	nused   atomic.Int64
	// stale is set before resize copies the entries into a new table: a
	// lock-free value store (SetStrAt) that lands in this table afterwards
	// may be missing from the copy, so it is redone under the lock.
	stale atomic.Bool
}

func newDictKeys(size int) *dictKeys {
	if size == 8 {
		// The common small table in one allocation instead of three.
		k8 := &dictKeys8{}
		k8.dictKeys = dictKeys{mask: 7, indices: k8.idx[:], entries: k8.ent[:]}
		k8.idx = [8]int32{ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty}
		return &k8.dictKeys
	}
	k := &dictKeys{mask: uint64(size - 1), indices: make([]int32, size), entries: make([]dictEntry, size*2/3)}
	for i := range k.indices {
		k.indices[i] = ixEmpty
	}
	return k
}

// dictKeys8 is a size-8 generation with its arrays inline.
type dictKeys8 struct {
	dictKeys
	idx [8]int32
	ent [5]dictEntry
}

// dictWithKeys is a new dict and its first generation in one allocation.
type dictWithKeys struct {
	d  Dict
	k8 dictKeys8
}

// Dict is the free-threaded dict: lock-free reads, writers serialised on mu.
// Keys whose __eq__ is Python code are compared without holding the lock
// (the comparison may run arbitrary code, even mutate this dict); the
// operation restarts if the dict changed meanwhile.
type Dict struct {
	Head
	mu      sync.Mutex
	keys    atomic.Pointer[dictKeys]
	n       atomic.Int64
	version atomic.Uint64 // bumped by every mutation
	// owner is the type whose __dict__ this is (nil for other dicts): any
	// mutation, by whatever path, gives the type a new version tag, so the
	// attribute caches keyed on type versions can never serve stale values.
	owner atomic.Pointer[Type]
	// kver is bumped after every insertion of a new key: a lookup that
	// found a key absent stays valid while kver is unchanged (the VM's
	// global-name caches rely on it).
	kver atomic.Uint64
	// bloom has bit hash&63 set for the hash of every key ever inserted
	// (never cleared) when trackKeys is on, as it is for instance dicts:
	// MayHaveStr then answers "certainly absent" with one load, which lets
	// the method caches skip probing the instance dict for a shadowing
	// attribute.
	bloom     atomic.Uint64
	trackKeys bool
}

// NewInstanceDict makes an empty dict for an instance's attributes (a
// dict that tracks its keys for MayHaveStr).
func NewInstanceDict() *Dict {
	d := NewDict()
	d.trackKeys = true
	return d
}

// MayHaveStr reports whether s may be a key (false: certainly not). It
// takes no lock: an insertion of s sets the bit before s can be found.
func (d *Dict) MayHaveStr(s *Str) bool {
	return !d.trackKeys || d.bloom.Load()&(1<<(uint64(s.Hash())&63)) != 0
}

// bump records a mutation (called with d.mu held, after the change is
// visible to lock-free readers).
func (d *Dict) bump() {
	d.version.Add(1)
	if o := d.owner.Load(); o != nil {
		o.Modified()
	}
}

// NewDict makes an empty dict.
func NewDict() *Dict {
	dk := &dictWithKeys{d: Dict{Head: Head{DictType}}}
	k8 := &dk.k8
	k8.dictKeys = dictKeys{mask: 7, indices: k8.idx[:], entries: k8.ent[:]}
	k8.idx = [8]int32{ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty, ixEmpty}
	dk.d.keys.Store(&k8.dictKeys)
	return &dk.d
}

func (d *Dict) Obj() Object { return Object{unsafe.Pointer(d)} }
func (d *Dict) Len() int    { return int(d.n.Load()) }

// Version changes on every mutation (for caches and iteration checks).
func (d *Dict) Version() uint64 { return d.version.Load() }

// AsDict returns o as a *Dict if it is a dict (or subclass).
func AsDict(o Object) (*Dict, bool) {
	if o.p == nil || uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if t == DictType || (uintptr(unsafe.Pointer(t)) != floatTypeAddr && t.Flags&FlagDictSubclass != 0) {
		return (*Dict)(o.p), true
	}
	return nil, false
}

// fastEq compares two keys without running Python code when both are
// builtin scalars; fast=false means the generic comparison is needed.
func fastEq(a, b Object) (eq, fast bool) {
	ta, tb := a.Type(), b.Type()
	if ta == StrType && tb == StrType {
		return strEqual((*Str)(a.p), (*Str)(b.p)), true
	}
	sa, sb := isScalarType(ta), isScalarType(tb)
	if sa && sb {
		r, _ := RichCompare(nil, a, b, Eq)
		return r.p == True.p, true
	}
	return false, false
}

func isScalarType(t *Type) bool {
	return t == StrType || t == IntType || t == FloatType || t == BoolType || t == NoneType || t == BytesType || t == ComplexType
}

// probe looks key up in generation k. It returns the entry index (-1 if
// absent) and the index slot where the key is or would be inserted. With
// t == nil it refuses to run Python code and reports slow=true instead.
func (k *dictKeys) probe(t *Thread, key Object, h int64) (ix int32, slot uint64, slow bool, exc *Exception) {
	slot = ^uint64(0)
	i, perturb := uint64(h)&k.mask, uint64(h)
	for {
		e := atomic.LoadInt32(&k.indices[i])
		switch {
		case e == ixEmpty:
			if slot == ^uint64(0) {
				slot = i
			}
			return -1, slot, false, nil
		case e == ixDummy:
			if slot == ^uint64(0) {
				slot = i
			}
		default:
			ent := &k.entries[e]
			if ent.key.p == key.p {
				return e, i, false, nil
			}
			if ent.hash == h {
				eq, fast := fastEq(ent.key, key)
				if !fast {
					if t == nil {
						return -1, 0, true, nil
					}
					var exc *Exception
					if eq, exc = Equal(t, ent.key, key); exc != nil {
						return -1, 0, false, exc
					}
				}
				if eq {
					return e, i, false, nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & k.mask
	}
}

// GetHash returns d[key] given hash(key), or nil if absent. Lock-free.
func (d *Dict) GetHash(t *Thread, key Object, h int64) (Object, *Exception) {
	for {
		k := d.keys.Load()
		ver := d.version.Load()
		ix, _, slow, exc := k.probe(nil, key, h)
		if slow {
			if t == nil {
				t = NewThread()
			}
			if ix, _, _, exc = k.probe(t, key, h); exc != nil {
				return Object{}, exc
			}
			if d.version.Load() != ver {
				continue // the dict changed while Python code ran: retry
			}
		}
		if ix < 0 {
			return Object{}, nil
		}
		return Object{atomic.LoadPointer(&k.entries[ix].value)}, nil
	}
}

// Get returns d[key], or nil if absent.
func (d *Dict) Get(t *Thread, key Object) (Object, *Exception) {
	if s, ok := key.p, key.Type() == StrType; ok {
		_ = s
		return d.GetHash(t, key, (*Str)(key.p).Hash())
	}
	h, exc := keyHash(t, key, "dict key")
	if exc != nil {
		return Object{}, exc
	}
	return d.GetHash(t, key, h)
}

// GetStr is Get for a str key (never fails for str-keyed dicts).
func (d *Dict) GetStr(s *Str) Object {
	v, _ := d.GetHash(nil, s.Obj(), s.Hash())
	return v
}

// SetStr is Set for a str key.
func (d *Dict) SetStr(s *Str, v Object) {
	d.SetHash(nil, s.Obj(), s.Hash(), v)
}

// Set stores d[key] = v.
func (d *Dict) Set(t *Thread, key, v Object) *Exception {
	h, exc := keyHash(t, key, "dict key")
	if exc != nil {
		return exc
	}
	return d.SetHash(t, key, h, v)
}

// locate finds key's entry with the lock held by the caller; if a Python
// __eq__ must run, it releases the lock, compares, relocks and retries
// until the dict did not change meanwhile.
func (d *Dict) locate(t *Thread, key Object, h int64) (k *dictKeys, ix int32, slot uint64, exc *Exception) {
	for {
		k = d.keys.Load()
		ix, slot, slow, _ := k.probe(nil, key, h)
		if !slow {
			return k, ix, slot, nil
		}
		ver := d.version.Load()
		d.mu.Unlock()
		if t == nil {
			t = NewThread()
		}
		ix, slot, _, exc = k.probe(t, key, h)
		d.mu.Lock()
		if exc != nil {
			return nil, 0, 0, exc
		}
		if d.version.Load() == ver && d.keys.Load() == k {
			return k, ix, slot, nil
		}
	}
}

// SetHash stores d[key] = v given hash(key).
func (d *Dict) SetHash(t *Thread, key Object, h int64, v Object) *Exception {
	d.mu.Lock()
	defer d.mu.Unlock()
	k, ix, slot, exc := d.locate(t, key, h)
	if exc != nil {
		return exc
	}
	if ix >= 0 {
		atomic.StorePointer(&k.entries[ix].value, v.p)
		d.bump()
		return nil
	}
	d.insertLocked(k, slot, key, h, v)
	return nil
}

func (d *Dict) insertLocked(k *dictKeys, slot uint64, key Object, h int64, v Object) {
	n := int(k.nused.Load())
	if n == len(k.entries) {
		k = d.resize(k, int(d.n.Load())+1)
		n = int(k.nused.Load())
		slot = k.emptySlot(h)
	}
	if d.trackKeys {
		if bit := uint64(1) << (uint64(h) & 63); d.bloom.Load()&bit == 0 {
			d.bloom.Store(d.bloom.Load() | bit) // writers hold mu
		}
	}
	k.entries[n] = dictEntry{hash: h, key: key, value: v.p}
	k.nused.Store(int64(n + 1))
	atomic.StoreInt32(&k.indices[slot], int32(n)) // publish
	d.kver.Add(1)
	d.n.Add(1)
	d.bump()
}

func (k *dictKeys) emptySlot(h int64) uint64 {
	i, perturb := uint64(h)&k.mask, uint64(h)
	for atomic.LoadInt32(&k.indices[i]) != ixEmpty {
		perturb >>= 5
		i = (i*5 + perturb + 1) & k.mask
	}
	return i
}

// resize builds and publishes a new generation with room for need live
// entries (compacting deleted ones).
func (d *Dict) resize(old *dictKeys, need int) *dictKeys {
	size := 8
	for size*2/3 < need*3/2+1 {
		size *= 2
	}
	k := newDictKeys(size)
	old.stale.Store(true)
	n := 0
	for i := range int(old.nused.Load()) {
		e := &old.entries[i]
		v := atomic.LoadPointer(&e.value)
		if v == nil {
			continue
		}
		k.entries[n] = dictEntry{hash: e.hash, key: e.key, value: v}
		k.indices[k.emptySlot(e.hash)] = int32(n)
		n++
	}
	k.nused.Store(int64(n))
	d.keys.Store(k)
	return k
}

// Delete removes key; found=false if it was absent.
func (d *Dict) Delete(t *Thread, key Object) (found bool, exc *Exception) {
	h, exc := Hash(t, key)
	if exc != nil {
		return false, exc
	}
	_, found, exc = d.popHash(t, key, h)
	return found, exc
}

func (d *Dict) popHash(t *Thread, key Object, h int64) (Object, bool, *Exception) {
	d.mu.Lock()
	defer d.mu.Unlock()
	k, ix, slot, exc := d.locate(t, key, h)
	if exc != nil || ix < 0 {
		return Object{}, false, exc
	}
	e := &k.entries[ix]
	atomic.StoreInt32(&k.indices[slot], ixDummy)
	// Swap, not load then store: a lock-free SetStrAt may replace the
	// value in between, and the value removed must be the one returned.
	v := Object{atomic.SwapPointer(&e.value, nil)}
	d.n.Add(-1)
	d.bump()
	return v, true, nil
}

// Pop removes key and returns its value (nil if absent).
func (d *Dict) Pop(t *Thread, key Object) (Object, *Exception) {
	h, exc := Hash(t, key)
	if exc != nil {
		return Object{}, exc
	}
	v, _, exc := d.popHash(t, key, h)
	return v, exc
}

// Clear empties the dict.
func (d *Dict) Clear() {
	d.mu.Lock()
	d.keys.Store(newDictKeys(8))
	d.n.Store(0)
	d.bump()
	d.mu.Unlock()
}

// Items returns a snapshot of the keys and values in insertion order.
func (d *Dict) Items() (keys, values []Object) {
	d.mu.Lock()
	defer d.mu.Unlock()
	k := d.keys.Load()
	n := int(k.nused.Load())
	keys = make([]Object, 0, d.n.Load())
	values = make([]Object, 0, d.n.Load())
	for i := range n {
		e := &k.entries[i]
		if v := atomic.LoadPointer(&e.value); v != nil {
			keys = append(keys, e.key)
			values = append(values, Object{v})
		}
	}
	return keys, values
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	keys, vals := d.Items()
	c := NewDict()
	if len(keys) > 5 {
		c.keys.Store(newDictKeys(roundSize(len(keys))))
	}
	for i, k := range keys {
		h, _ := Hash(nil, k) // keys are hashable: they are in a dict
		c.mu.Lock()
		kk := c.keys.Load()
		c.insertLocked(kk, kk.emptySlot(h), k, h, vals[i])
		c.mu.Unlock()
	}
	return c
}

func roundSize(n int) int {
	size := 8
	for size*2/3 < n+1 {
		size *= 2
	}
	return size
}

// Update merges other (a dict, or any mapping with keys(), or an iterable
// of pairs) into d.
func (d *Dict) Update(t *Thread, other Object) *Exception {
	if od, ok := AsDict(other); ok && od.typ == DictType {
		keys, vals := od.Items()
		for i, k := range keys {
			if exc := d.Set(t, k, vals[i]); exc != nil {
				return exc
			}
		}
		return nil
	}
	if keysFn, exc := GetAttrOpt(t, other, "keys"); exc != nil {
		return exc
	} else if keysFn.p != nil {
		ks, exc := Call(t, keysFn, nil, nil)
		if exc != nil {
			return exc
		}
		items, exc := SequenceItems(t, ks)
		if exc != nil {
			return exc
		}
		for _, k := range items {
			v, exc := GetItem(t, other, k)
			if exc != nil {
				return exc
			}
			if exc := d.Set(t, k, v); exc != nil {
				return exc
			}
		}
		return nil
	}
	pairs, exc := SequenceItems(t, other)
	if exc != nil {
		return exc
	}
	for i, p := range pairs {
		kv, exc := SequenceItems(t, p)
		if exc != nil {
			if exc.Matches(TypeErrorType) {
				return TypeError("object is not iterable")
			}
			return exc
		}
		if len(kv) != 2 {
			return ValueError("dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		if exc := d.Set(t, kv[0], kv[1]); exc != nil {
			return exc
		}
	}
	return nil
}

// ---------------------------------------------------------------- slots

func dictRepr(t *Thread, o Object) (Object, *Exception) {
	d := (*Dict)(o.p)
	if d.Len() == 0 {
		return NewStr("{}").Obj(), nil
	}
	if !t.reprEnter(o) {
		return NewStr("{...}").Obj(), nil
	}
	defer t.reprLeave(o)
	keys, vals := d.Items()
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		s, exc := ReprS(t, k)
		if exc != nil {
			return Object{}, exc
		}
		b.WriteString(s)
		b.WriteString(": ")
		if s, exc = ReprS(t, vals[i]); exc != nil {
			return Object{}, exc
		}
		b.WriteString(s)
	}
	b.WriteByte('}')
	return NewStr(b.String()).Obj(), nil
}

func dictLen(t *Thread, o Object) (int, *Exception) { return (*Dict)(o.p).Len(), nil }

func dictGetItem(t *Thread, o, k Object) (Object, *Exception) {
	d := (*Dict)(o.p)
	v, exc := d.Get(t, k)
	if exc != nil {
		return Object{}, exc
	}
	if v.p == nil {
		if d.typ != DictType {
			if m := d.typ.Lookup(Intern("__missing__")); m.p != nil {
				return callDescr(t, m, o, []Object{k})
			}
		}
		return Object{}, KeyError(k)
	}
	return v, nil
}

func dictSetItem(t *Thread, o, k, v Object) *Exception {
	d := (*Dict)(o.p)
	if v.p == nil {
		found, exc := d.Delete(t, k)
		if exc != nil {
			return exc
		}
		if !found {
			return KeyError(k)
		}
		return nil
	}
	return d.Set(t, k, v)
}

func dictContains(t *Thread, o, k Object) (bool, *Exception) {
	v, exc := (*Dict)(o.p).Get(t, k)
	return v.p != nil, exc
}

func dictCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	y, ok := AsDict(b)
	if !ok || (op != Eq && op != Ne) {
		return NotImplemented, nil
	}
	x := (*Dict)(a.p)
	eq, exc := dictEqual(t, x, y)
	if exc != nil {
		return Object{}, exc
	}
	return Bool(eq == (op == Eq)), nil
}

func dictEqual(t *Thread, x, y *Dict) (bool, *Exception) {
	if x.Len() != y.Len() {
		return false, nil
	}
	keys, vals := x.Items()
	for i, k := range keys {
		v, exc := y.Get(t, k)
		if exc != nil {
			return false, exc
		}
		if v.p == nil {
			return false, nil
		}
		if v.p != vals[i].p {
			eq, exc := Equal(t, vals[i], v)
			if exc != nil || !eq {
				return false, exc
			}
		}
	}
	return true, nil
}

func dictOr(t *Thread, a, b Object) (Object, *Exception) {
	x, ok1 := AsDict(a)
	y, ok2 := AsDict(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	c := x.Copy()
	if exc := c.Update(t, y.Obj()); exc != nil {
		return Object{}, exc
	}
	return c.Obj(), nil
}

func dictROr(t *Thread, b, a Object) (Object, *Exception) { return dictOr(t, a, b) }

func dictIOr(t *Thread, a, b Object) (Object, *Exception) {
	if exc := (*Dict)(a.p).Update(t, b); exc != nil {
		return Object{}, exc
	}
	return a, nil
}

func dictNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	d := NewDict()
	d.typ = typ
	return d.Obj(), nil
}

func dictInit(t *Thread, self Object, args []Object, kw *Tuple) *Exception {
	d := (*Dict)(self.p)
	nkw := kw.Len()
	pos := args[:len(args)-nkw]
	if len(pos) > 1 {
		return TypeError("dict expected at most 1 argument, got %d", len(pos))
	}
	if len(pos) == 1 {
		if exc := d.Update(t, pos[0]); exc != nil {
			return exc
		}
	}
	for i := range nkw {
		d.Set(t, kw.items[i], args[len(pos)+i])
	}
	return nil
}

// ---------------------------------------------------------------- iteration

type dictIterKind uint8

const (
	iterKeys dictIterKind = iota
	iterValues
	iterItems
)

type dictIterator struct {
	Head
	mu   sync.Mutex
	d    *Dict
	k    *dictKeys
	pos  int
	n    int64 // size at creation
	kind dictIterKind
	done bool
}

func (it *dictIterator) Obj() Object { return Object{unsafe.Pointer(it)} }

func newDictIter(d *Dict, kind dictIterKind) *dictIterator {
	typ := DictKeyIterType
	switch kind {
	case iterValues:
		typ = DictValueIterType
	case iterItems:
		typ = DictItemIterType
	}
	return &dictIterator{Head: Head{typ}, d: d, k: d.keys.Load(), n: d.n.Load(), kind: kind}
}

func dictIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*dictIterator)(o.p)
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.done {
		return Object{}, nil
	}
	d := it.d
	if d.n.Load() != it.n {
		it.n = -1
		it.done = true
		return Object{}, RuntimeError("dictionary changed size during iteration")
	}
	k := d.keys.Load()
	if k != it.k {
		// A same-size rewrite (delete + insert) compacted the entries:
		// continue at the same count of live entries.
		live := 0
		for i := 0; i < it.pos && i < int(it.k.nused.Load()); i++ {
			if atomic.LoadPointer(&it.k.entries[i].value) != nil {
				live++
			}
		}
		it.k, it.pos = k, live
	}
	for it.pos < int(k.nused.Load()) {
		e := &k.entries[it.pos]
		it.pos++
		v := atomic.LoadPointer(&e.value)
		if v == nil {
			continue
		}
		switch it.kind {
		case iterKeys:
			return e.key, nil
		case iterValues:
			return Object{v}, nil
		}
		return NewTuple(e.key, Object{v}).Obj(), nil
	}
	it.done = true
	return Object{}, nil
}

func dictIter(t *Thread, o Object) (Object, *Exception) {
	return newDictIter((*Dict)(o.p), iterKeys).Obj(), nil
}

// dictView is dict_keys / dict_values / dict_items.
type dictView struct {
	Head
	d *Dict
}

func (v *dictView) Obj() Object { return Object{unsafe.Pointer(v)} }

func viewKind(o Object) dictIterKind {
	switch o.Type() {
	case DictValuesType:
		return iterValues
	case DictItemsType:
		return iterItems
	}
	return iterKeys
}

func viewIter(t *Thread, o Object) (Object, *Exception) {
	return newDictIter((*dictView)(o.p).d, viewKind(o)).Obj(), nil
}

func viewLen(t *Thread, o Object) (int, *Exception) { return (*dictView)(o.p).d.Len(), nil }

func viewItems(o Object) []Object {
	keys, vals := (*dictView)(o.p).d.Items()
	switch viewKind(o) {
	case iterValues:
		return vals
	case iterItems:
		out := make([]Object, len(keys))
		for i := range keys {
			out[i] = NewTuple(keys[i], vals[i]).Obj()
		}
		return out
	}
	return keys
}

func viewRepr(t *Thread, o Object) (Object, *Exception) {
	if !t.reprEnter(o) {
		return NewStr("...").Obj(), nil
	}
	defer t.reprLeave(o)
	s, exc := seqRepr(t, viewItems(o), o.Type().Name+"([", "])")
	if exc != nil {
		return Object{}, exc
	}
	return NewStr(s).Obj(), nil
}

func viewContains(t *Thread, o, k Object) (bool, *Exception) {
	d := (*dictView)(o.p).d
	switch viewKind(o) {
	case iterKeys:
		v, exc := d.Get(t, k)
		return v.p != nil, exc
	case iterItems:
		kv, ok := AsTuple(k)
		if !ok || len(kv.items) != 2 {
			return false, nil
		}
		v, exc := d.Get(t, kv.items[0])
		if exc != nil || v.p == nil {
			return false, exc
		}
		if v.p == kv.items[1].p {
			return true, nil
		}
		return Equal(t, v, kv.items[1])
	}
	_, vals := d.Items()
	return itemsContain(t, vals, k)
}

func dictMethods(typ *Type) {
	dm := func(name string, f func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception)) {
		addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return f(t, (*Dict)(self.p), args, kw)
		})
	}
	view := func(name string, vt **Type) {
		dm(name, func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
			if len(args) > 0 {
				return Object{}, TypeError("dict.%s() takes no arguments (%d given)", name, len(args))
			}
			return (&dictView{Head{*vt}, d}).Obj(), nil
		})
	}
	view("keys", &DictKeysType)
	view("values", &DictValuesType)
	view("items", &DictItemsType)
	dm("get", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) < 1 || len(args) > 2 {
			if len(args) < 1 {
				return Object{}, TypeError("get expected at least 1 argument, got 0")
			}
			return Object{}, TypeError("get expected at most 2 arguments, got %d", len(args))
		}
		v, exc := d.Get(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		if v.p == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}
		return v, nil
	})
	dm("setdefault", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) < 1 || len(args) > 2 {
			return Object{}, TypeError("setdefault expected at least 1 argument, got %d", len(args))
		}
		def := None
		if len(args) == 2 {
			def = args[1]
		}
		h, exc := keyHash(t, args[0], "dict key")
		if exc != nil {
			return Object{}, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		k, ix, slot, exc := d.locate(t, args[0], h)
		if exc != nil {
			return Object{}, exc
		}
		if ix >= 0 {
			return Object{atomic.LoadPointer(&k.entries[ix].value)}, nil
		}
		d.insertLocked(k, slot, args[0], h, def)
		return def, nil
	})
	dm("pop", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) < 1 || len(args) > 2 {
			if len(args) < 1 {
				return Object{}, TypeError("pop expected at least 1 argument, got 0")
			}
			return Object{}, TypeError("pop expected at most 2 arguments, got %d", len(args))
		}
		v, exc := d.Pop(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		if v.p == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return Object{}, KeyError(args[0])
		}
		return v, nil
	})
	dm("popitem", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		d.mu.Lock()
		defer d.mu.Unlock()
		k := d.keys.Load()
		for i := int(k.nused.Load()) - 1; i >= 0; i-- {
			e := &k.entries[i]
			v := atomic.LoadPointer(&e.value)
			if v == nil {
				continue
			}
			_, ix, slot, _ := d.locate(nil, e.key, e.hash)
			_ = ix
			atomic.StoreInt32(&k.indices[slot], ixDummy)
			v = atomic.SwapPointer(&e.value, nil) // see popHash
			d.n.Add(-1)
			d.bump()
			return NewTuple(e.key, Object{v}).Obj(), nil
		}
		return Object{}, KeyError(NewStr("popitem(): dictionary is empty").Obj())
	})
	dm("update", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := dictInit(t, d.Obj(), args, kw); exc != nil {
			if len(args)-kw.Len() > 1 {
				return Object{}, TypeError("update expected at most 1 argument, got %d", len(args)-kw.Len())
			}
			return Object{}, exc
		}
		return None, nil
	})
	dm("copy", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		return d.Copy().Obj(), nil
	})
	dm("clear", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		d.Clear()
		return None, nil
	})
	dm("__reversed__", func(t *Thread, d *Dict, args []Object, kw *Tuple) (Object, *Exception) {
		keys, _ := d.Items()
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
		return tupleIter(t, NewTupleNoCopy(keys).Obj())
	})
	addClassMethod(typ, "fromkeys", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) < 1 || len(args) > 2 {
			return Object{}, TypeError("fromkeys expected at least 1 argument, got %d", len(args))
		}
		v := None
		if len(args) == 2 {
			v = args[1]
		}
		keys, exc := SequenceItems(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		r, exc := Call(t, cls, nil, nil)
		if exc != nil {
			return Object{}, exc
		}
		for _, k := range keys {
			if exc := SetItem(t, r, k, v); exc != nil {
				return Object{}, exc
			}
		}
		return r, nil
	})
}

func atomicStoreIndex(k *dictKeys, slot uint64, v int32) { atomic.StoreInt32(&k.indices[slot], v) }
func atomicClearValue(e *dictEntry)                      { atomic.StorePointer(&e.value, nil) }

// ---------------------------------------------------------------- entry references (caches)

// DictRef names one entry of one table generation of a dict: the VM's
// global-name caches keep it and re-read the value lock-free with
// RefValue. A generation is never resized and an entry's key never changes
// within it, so the entry's value is the key's current value as long as the
// dict still uses that generation and the value is not nil (deleted).
type DictRef struct {
	gen *dictKeys
	ix  int32
}

// StrRef looks s up lock-free. ok is false when the lookup would need to
// run Python code (a colliding key with a Python __eq__). Absent keys give
// a ref with ix < 0; kver is the dict's insertion counter read before the
// lookup (see KeysVersion).
func (d *Dict) StrRef(s *Str) (ref DictRef, kver uint64, ok bool) {
	kver = d.kver.Load()
	k := d.keys.Load()
	ix, _, slow, _ := k.probe(nil, s.Obj(), s.Hash())
	if slow {
		return DictRef{}, 0, false
	}
	return DictRef{k, ix}, kver, true
}

// RefValue returns the current value of the entry ref names, or nil if the
// dict moved to another generation or the entry was deleted (look up again).
func (d *Dict) RefValue(ref DictRef) Object {
	if ref.ix < 0 || d.keys.Load() != ref.gen {
		return Object{}
	}
	return Object{atomic.LoadPointer(&ref.gen.entries[ref.ix].value)}
}

// KeysVersion changes whenever a new key is inserted: a key found absent
// is still absent while it is unchanged.
func (d *Dict) KeysVersion() uint64 { return d.kver.Load() }

// StrIndex returns the entry index of the str key s in the current
// generation (-1 if absent or not found without running Python code): a
// hint for StrAt. Instances of one class usually get their attributes in
// the same order, so one index serves all their dicts.
func (d *Dict) StrIndex(s *Str) int32 {
	ix, _, slow, _ := d.keys.Load().probe(nil, s.Obj(), s.Hash())
	if slow {
		return -1
	}
	return ix
}

// StrAt returns the value of entry ix if that entry's key is s itself
// (pointer identity, as interned attribute names are), else nil: a lookup
// without hashing or probing. Lock-free: an entry's key is written before
// nused publishes it and never changes within a generation.
func (d *Dict) StrAt(ix int32, s *Str) Object {
	k := d.keys.Load()
	if ix < 0 || int64(ix) >= k.nused.Load() {
		return Object{}
	}
	e := &k.entries[ix]
	if e.key.p != unsafe.Pointer(s) {
		return Object{}
	}
	return Object{atomic.LoadPointer(&e.value)}
}

// SetStrAt stores v as the value of entry ix if that entry is live and its
// key is s itself; false means nothing was stored (use SetStr).
//
// For dicts that are no type's __dict__ it takes no lock: a compare-and-swap
// replaces the live value (so a concurrent deletion, which swaps in nil,
// wins or loses as a whole), and a store into a table that a concurrent
// resize is copying is redone under the lock in the new table.
func (d *Dict) SetStrAt(ix int32, s *Str, v Object) bool {
	if d.owner.Load() == nil {
		k := d.keys.Load()
		if ix < 0 || int64(ix) >= k.nused.Load() {
			return false
		}
		e := &k.entries[ix]
		if e.key.p != unsafe.Pointer(s) {
			return false
		}
		old := atomic.LoadPointer(&e.value)
		if old == nil || !atomic.CompareAndSwapPointer(&e.value, old, v.p) {
			return false
		}
		d.version.Add(1)
		if k.stale.Load() {
			d.SetStr(s, v)
		}
		return true
	}
	d.mu.Lock()
	k := d.keys.Load()
	if ix < 0 || int64(ix) >= k.nused.Load() {
		d.mu.Unlock()
		return false
	}
	e := &k.entries[ix]
	if e.key.p != unsafe.Pointer(s) || atomic.LoadPointer(&e.value) == nil {
		d.mu.Unlock()
		return false
	}
	atomic.StorePointer(&e.value, v.p)
	d.bump()
	d.mu.Unlock()
	return true
}
