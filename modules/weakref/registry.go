// Package weakref implements the _weakref module: weak references
// (weakref.ref / ReferenceType), weak proxies (ProxyType,
// CallableProxyType), getweakrefcount, getweakrefs and
// _remove_dead_weakref. The Python-level weakref module of the embedded
// library builds WeakValueDictionary, WeakSet, finalize... on top of it.
//
// # How death is observed
//
// CPython frees an object the moment its reference count drops to zero and
// calls the callbacks of its weak references right there. Go has no
// reference counts: an object dies when the collector finds it
// unreachable. So a referent is held through a weak.Pointer (which the
// collector clears when the object dies, before its memory can be reused)
// and runtime.AddCleanup tells us about the death afterwards, on the
// runtime's cleanup goroutine.
//
// Two consequences differ from CPython:
//
//   - Objects die at collection time, not at the last `del`. A reference
//     returns its object until the collector has run; gc.collect() runs
//     the collector (twice) so that `del x; gc.collect()` observes the
//     death as CPython does.
//   - Callbacks are Python code and must run on a Python thread, never on
//     the cleanup goroutine (which holds no interpreter state and must not
//     block). Dead references with callbacks are queued, and the queue is
//     drained at safe points: the next use of a weak-reference API on any
//     thread (creating or calling a reference, getweakrefs...),
//     gc.collect(), and interpreter exit. So callbacks run later than in
//     CPython, on whichever thread next reaches a safe point.
//
// # Registry
//
// The weak references to one object live in an entry, keyed by the weak
// pointer of the object (Go's collector does not move objects, and two
// weak pointers to the same live object compare equal while a new object
// reusing a dead one's address gets a different one, so a stale entry is
// never found by a new object). Entries sit in sharded maps, each shard
// with its own lock, so threads creating references to different objects
// rarely contend. An entry holds its references weakly too (a reference
// nobody holds disappears, and its callback is not called, as in CPython).
package weakref

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

// basic kinds: the reference without callback of the exact ref type, and
// the proxy without callback, are shared (weakref.ref(o) is weakref.ref(o)).
const (
	notBasic uint8 = iota
	basicRef
	basicProxy
)

// Reference kinds.
const (
	kindRef uint8 = iota
	kindProxy
	kindCallableProxy
)

// slot is one weak reference in an entry's list.
type slot struct {
	w     weak.Pointer[Ref]
	basic uint8
}

// entry is the list of weak references to one object, in CPython's order
// (the shared ref first, then the shared proxy, then the others, newest
// first): getweakrefs returns it and __weakref__ is its head.
type entry struct {
	key     weak.Pointer[py.Head]
	sh      *shard
	refs    []slot // guarded by sh.mu
	pruneAt int    // guarded by sh.mu: prune dead slots when len(refs) reaches it
	dead    bool   // guarded by sh.mu
}

type shard struct {
	mu sync.Mutex
	m  map[weak.Pointer[py.Head]]*entry
	_  [40]byte // keep shards on separate cache lines
}

const nShards = 64

var shards [nShards]shard

func shardOf(p unsafe.Pointer) *shard {
	a := uint64(uintptr(p))
	a ^= a >> 17
	a *= 0x9E3779B97F4A7C15
	return &shards[a>>58]
}

// Ref is a weak reference or proxy object.
type Ref struct {
	py.Head
	ent    *entry
	kind   uint8
	cb     Object // the callback (nil: none or already called); atomic
	hashed atomic.Bool
	hash   atomic.Int64
	interp *vm.Interp
}

func (r *Ref) Obj() Object { return py.FromPtr(unsafe.Pointer(r)) }

// Referent returns the object r refers to, or nil once it has died.
func (r *Ref) Referent() Object {
	if h := r.ent.key.Value(); h != nil {
		return py.FromPtr(unsafe.Pointer(h))
	}
	return Object{}
}

func (r *Ref) callback() Object { return py.LoadSlot(&r.cb) }

// takeCallback returns the callback and clears it, so it runs once.
func (r *Ref) takeCallback() Object {
	return py.FromPtr(atomic.SwapPointer((*unsafe.Pointer)(unsafe.Pointer(&r.cb)), nil))
}

// newRef returns a weak reference of kind to o (typ: the ref type or a
// subclass; ignored for proxies), sharing the basic one when there is no
// callback.
func newRef(p *py.Thread, o Object, typ *py.Type, kind uint8, cb Object) (Object, *py.Exception) {
	if !weakrefable(o) {
		return Object{}, py.TypeError("cannot create weak reference to '%s' object", tpName(o.Type()))
	}
	if cb.IsNone() {
		cb = Object{}
	}
	want := notBasic
	if cb.IsNil() {
		switch {
		case kind != kindRef:
			want = basicProxy
		case typ == refType:
			want = basicRef
		}
	}
	h := (*py.Head)(o.Ptr())
	key := weak.Make(h)
	sh := shardOf(o.Ptr())
	sh.mu.Lock()
	defer sh.mu.Unlock()
	e := sh.m[key]
	if e == nil {
		if sh.m == nil {
			sh.m = map[weak.Pointer[py.Head]]*entry{}
		}
		e = &entry{key: key, sh: sh, pruneAt: 8}
		sh.m[key] = e
		runtime.AddCleanup(h, onDeath, e)
	}
	// The leading slots are the basic ones; a dead one is dropped here.
	lead := 0
	for lead < len(e.refs) && e.refs[lead].basic != notBasic {
		s := e.refs[lead]
		r := s.w.Value()
		if r == nil {
			e.refs = append(e.refs[:lead], e.refs[lead+1:]...)
			continue
		}
		if s.basic == want {
			return r.Obj(), nil
		}
		lead++
	}
	r := &Ref{Head: py.MakeHead(typ), ent: e, kind: kind, cb: cb}
	if p != nil && p.VM != nil {
		r.interp = vm.ThreadOf(p).Interp()
	}
	pos := lead // others go after the basic ones
	switch want {
	case basicRef:
		pos = 0
	case basicProxy:
		pos = 0
		if lead > 0 && e.refs[0].basic == basicRef {
			pos = 1
		}
	}
	if len(e.refs) >= e.pruneAt {
		e.prune()
		pos = min(pos, len(e.refs))
	}
	e.refs = append(e.refs, slot{})
	copy(e.refs[pos+1:], e.refs[pos:])
	e.refs[pos] = slot{w: weak.Make(r), basic: want}
	runtime.KeepAlive(h)
	return r.Obj(), nil
}

// prune drops the slots of references that died (caller holds e.sh.mu),
// keeping the order; the next prune waits until the list has doubled, so
// adding a reference stays amortised O(1).
func (e *entry) prune() {
	live := e.refs[:0]
	for _, s := range e.refs {
		if s.w.Value() != nil {
			live = append(live, s)
		}
	}
	clear(e.refs[len(live):])
	e.refs = live
	e.pruneAt = 2*len(live) + 8
}

// lookup returns o's entry (nil if o has no weak references).
func lookup(o Object) *entry {
	if o.IsNil() {
		return nil
	}
	if _, small := o.Small(); small {
		return nil
	}
	h := (*py.Head)(o.Ptr())
	sh := shardOf(o.Ptr())
	// weak.Make allocates a handle for an object that never had one; only
	// objects of weakrefable types can be in the registry at all.
	if !weakrefable(o) {
		return nil
	}
	key := weak.Make(h)
	sh.mu.Lock()
	e := sh.m[key]
	sh.mu.Unlock()
	runtime.KeepAlive(h)
	return e
}

// liveRefs returns the references to o that are still held, in order.
func liveRefs(o Object) []*Ref {
	e := lookup(o)
	if e == nil {
		return nil
	}
	e.sh.mu.Lock()
	defer e.sh.mu.Unlock()
	var out []*Ref
	for _, s := range e.refs {
		if r := s.w.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// firstRef is obj.__weakref__: the head of the list, or None.
func firstRef(o Object) Object {
	e := lookup(o)
	if e == nil {
		return py.None
	}
	e.sh.mu.Lock()
	defer e.sh.mu.Unlock()
	for _, s := range e.refs {
		if r := s.w.Value(); r != nil {
			return r.Obj()
		}
	}
	return py.None
}

// onDeath runs on the runtime's cleanup goroutine after e's object died.
func onDeath(e *entry) { kill(e) }

// kill retires the entry of a dead object and queues the callbacks of its
// references that are still held, in list order (CPython's order). It is
// idempotent: the cleanup and a gc.collect() sweep may both find e.
func kill(e *entry) {
	sh := e.sh
	sh.mu.Lock()
	if e.dead {
		sh.mu.Unlock()
		return
	}
	e.dead = true
	if sh.m[e.key] == e {
		delete(sh.m, e.key)
	}
	refs := e.refs
	e.refs = nil
	sh.mu.Unlock()
	var q []*Ref
	for _, s := range refs {
		if r := s.w.Value(); r != nil && !r.callback().IsNil() {
			q = append(q, r)
		}
	}
	enqueue(q)
}

// sweep retires every entry whose object has died, without waiting for
// the cleanup goroutine (used by gc.collect after runtime.GC).
func sweep() {
	var dead []*entry
	for i := range shards {
		sh := &shards[i]
		sh.mu.Lock()
		for k, e := range sh.m {
			if k.Value() == nil {
				dead = append(dead, e)
			}
		}
		sh.mu.Unlock()
	}
	for _, e := range dead {
		kill(e)
	}
}

// ---------------------------------------------------------------- callbacks

var (
	pendingMu sync.Mutex
	pending   []*Ref
	npending  atomic.Int32
	draining  atomic.Bool
)

func enqueue(q []*Ref) {
	if len(q) == 0 {
		return
	}
	pendingMu.Lock()
	pending = append(pending, q...)
	npending.Store(int32(len(pending)))
	pendingMu.Unlock()
}

// popFor takes the first queued reference created in interpreter in (a
// reference made outside any interpreter goes to whoever drains).
func popFor(in *vm.Interp) *Ref {
	pendingMu.Lock()
	defer pendingMu.Unlock()
	for i, r := range pending {
		if r.interp == nil || r.interp == in {
			pending = append(pending[:i], pending[i+1:]...)
			npending.Store(int32(len(pending)))
			return r
		}
	}
	return nil
}

// RunPending calls the queued callbacks of dead references on thread t.
// It is cheap when nothing is queued. One thread drains at a time; a
// callback that uses weak references does not recurse into the queue.
// An exception in a callback is reported as unraisable, as CPython does.
func RunPending(t *vm.Thread) {
	if npending.Load() == 0 || t == nil {
		return
	}
	if !draining.CompareAndSwap(false, true) {
		return
	}
	defer draining.Store(false)
	in := t.Interp()
	for {
		r := popFor(in)
		if r == nil {
			return
		}
		cb := r.takeCallback()
		if cb.IsNil() {
			continue
		}
		if _, exc := t.Call(cb, []Object{r.Obj()}, nil); exc != nil {
			s, rexc := py.ReprS(t.P, cb)
			if rexc != nil {
				s = "<object repr() failed>"
			}
			t.WriteStderr("Exception ignored while calling weakref callback " + s + ":\n" + t.FormatException(exc))
		}
	}
}

// runPendingP is RunPending from a builtin's *py.Thread.
func runPendingP(p *py.Thread) {
	if npending.Load() != 0 && p != nil && p.VM != nil {
		RunPending(vm.ThreadOf(p))
	}
}

// Collect is gc.collect's work (args: the builtin call's arguments): drop
// the stale registers of finished calls, collect twice (an object
// reachable only from a dead object with a finalizer needs a second
// cycle), retire the entries of the objects that died, and run the
// queued callbacks.
func Collect(t *vm.Thread, args []Object) {
	if t != nil {
		t.ClearDeadRegisters(args)
	}
	runtime.GC()
	runtime.GC()
	sweep()
	RunPending(t)
}
