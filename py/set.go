package py

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Set is a set or frozenset. Elements live in a free-threaded Dict (keys;
// the values are unused), so reads are lock-free and writers serialise on
// the dict's mutex. Iteration is in insertion order (CPython's order is
// the hash-table order; see the package notes).
type Set struct {
	Head
	d *Dict
}

func (s *Set) Obj() Object { return Object{unsafe.Pointer(s)} }

// NewSet makes a set (frozen: a frozenset) of items.
func NewSet(t *Thread, items []Object, frozen bool) (*Set, *Exception) {
	typ := SetType
	if frozen {
		typ = FrozenSetType
	}
	s := &Set{Head: Head{typ}, d: NewDict()}
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

func (s *Set) Len() int { return s.d.Len() }

// Items returns a snapshot of the elements.
func (s *Set) Items() []Object {
	k, _ := s.d.Items()
	return k
}

// Add adds x; Discard removes it (found reports whether it was there).
func (s *Set) Add(t *Thread, x Object) *Exception {
	h, exc := keyHash(t, x, "set element")
	if exc != nil {
		return exc
	}
	return s.d.SetHash(t, x, h, True)
}
func (s *Set) Discard(t *Thread, x Object) (bool, *Exception) {
	return s.d.Delete(t, x)
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
	v, exc := s.d.GetHash(t, x, h)
	return v.p != nil, exc
}

func (s *Set) isFrozen() bool { return s.typ.IsSubtype(FrozenSetType) }

func (s *Set) newLike(t *Thread, items []Object) (*Set, *Exception) {
	return NewSet(t, items, s.isFrozen())
}

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
	s := (*Set)(o.p)
	k := s.d.keys.Load()
	var h uint64
	n := 0
	for i := range int(k.nused.Load()) {
		e := &k.entries[i]
		if atomic.LoadPointer(&e.value) != nil {
			h ^= shuffleBits(uint64(e.hash))
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

func setIter(t *Thread, o Object) (Object, *Exception) {
	it := newDictIter((*Set)(o.p).d, iterKeys)
	it.typ = SetIterType
	return it.Obj(), nil
}

func setIterNext(t *Thread, o Object) (Object, *Exception) {
	v, exc := dictIterNext(t, o)
	if exc != nil && exc.Matches(RuntimeErrorType) {
		return Object{}, RuntimeError("Set changed size during iteration")
	}
	return v, exc
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

func setOp(t *Thread, a *Set, other []Object, op BinOp) (*Set, *Exception) {
	switch op {
	case OpOr:
		r, exc := a.newLike(t, a.Items())
		if exc != nil {
			return nil, exc
		}
		for _, x := range other {
			if exc := r.Add(t, x); exc != nil {
				return nil, exc
			}
		}
		return r, nil
	case OpAnd:
		o, exc := NewSet(t, other, false)
		if exc != nil {
			return nil, exc
		}
		var keep []Object
		for _, x := range a.Items() {
			in, exc := o.Contains(t, x)
			if exc != nil {
				return nil, exc
			}
			if in {
				keep = append(keep, x)
			}
		}
		return a.newLike(t, keep)
	case OpSub:
		o, exc := NewSet(t, other, false)
		if exc != nil {
			return nil, exc
		}
		var keep []Object
		for _, x := range a.Items() {
			in, exc := o.Contains(t, x)
			if exc != nil {
				return nil, exc
			}
			if !in {
				keep = append(keep, x)
			}
		}
		return a.newLike(t, keep)
	}
	// symmetric difference
	o, exc := NewSet(t, other, false)
	if exc != nil {
		return nil, exc
	}
	var keep []Object
	for _, x := range a.Items() {
		in, exc := o.Contains(t, x)
		if exc != nil {
			return nil, exc
		}
		if !in {
			keep = append(keep, x)
		}
	}
	for _, x := range o.Items() {
		in, exc := a.Contains(t, x)
		if exc != nil {
			return nil, exc
		}
		if !in {
			keep = append(keep, x)
		}
	}
	return a.newLike(t, keep)
}

func setBinary(op BinOp) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, a, b Object) (Object, *Exception) {
		x, ok1 := AsSet(a)
		y, ok2 := AsSet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, exc := setOp(t, x, y.Items(), op)
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
		if exc := setUpdate(t, x, y.Items(), op); exc != nil {
			return Object{}, exc
		}
		return a, nil
	}
}

// setUpdate applies op in place (|=, &=, -=, ^=).
func setUpdate(t *Thread, s *Set, other []Object, op BinOp) *Exception {
	if op == OpOr {
		for _, x := range other {
			if exc := s.Add(t, x); exc != nil {
				return exc
			}
		}
		return nil
	}
	r, exc := setOp(t, s, other, op)
	if exc != nil {
		return exc
	}
	nd := r.d
	s.d.mu.Lock()
	s.d.keys.Store(nd.keys.Load())
	s.d.n.Store(nd.n.Load())
	s.d.version.Add(1)
	s.d.mu.Unlock()
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
		if len(args)-kw.Len() > 1 {
			return Object{}, TypeError("%s expected at most 1 argument, got %d", name, len(args)-kw.Len())
		}
		s := &Set{Head: Head{typ}, d: NewDict()}
		if frozen && len(args) == 1 {
			if o, ok := AsSet(args[0]); ok && o.typ == FrozenSetType && typ == FrozenSetType {
				return args[0], nil
			}
			items, exc := SequenceItems(t, args[0])
			if exc != nil {
				return Object{}, exc
			}
			for _, x := range items {
				if exc := s.Add(t, x); exc != nil {
					return Object{}, exc
				}
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
	s.d.Clear()
	if len(args) == 1 {
		items, exc := SequenceItems(t, args[0])
		if exc != nil {
			return exc
		}
		for _, x := range items {
			if exc := s.Add(t, x); exc != nil {
				return exc
			}
		}
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
				r, exc := s.newLike(t, s.Items())
				if exc != nil {
					return Object{}, exc
				}
				for _, a := range args {
					items, exc := SequenceItems(t, a)
					if exc != nil {
						return Object{}, exc
					}
					if r, exc = setOp(t, r, items, op); exc != nil {
						return Object{}, exc
					}
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
			items, exc := SequenceItems(t, args[0])
			if exc != nil {
				return Object{}, exc
			}
			r, exc := setOp(t, s, items, OpXor)
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
			r, exc := s.newLike(t, s.Items())
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
			d := s.d
			d.mu.Lock()
			defer d.mu.Unlock()
			k := d.keys.Load()
			for i := range int(k.nused.Load()) {
				e := &k.entries[i]
				if atomic.LoadPointer(&e.value) == nil {
					continue
				}
				_, _, slot, _ := d.locate(nil, e.key, e.hash)
				atomicStoreIndex(k, slot, ixDummy)
				atomicClearValue(e)
				d.n.Add(-1)
				d.version.Add(1)
				return e.key, nil
			}
			return Object{}, KeyError(NewStr("pop from an empty set").Obj())
		})
		sm("clear", func(t *Thread, s *Set, args []Object) (Object, *Exception) {
			s.d.Clear()
			return None, nil
		})
		upd := func(name string, op BinOp) {
			sm(name, func(t *Thread, s *Set, args []Object) (Object, *Exception) {
				for _, a := range args {
					items, exc := SequenceItems(t, a)
					if exc != nil {
						return Object{}, exc
					}
					if exc := setUpdate(t, s, items, op); exc != nil {
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
	_ = strings.Repeat
}
