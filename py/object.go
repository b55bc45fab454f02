package py

import (
	"sync/atomic"
	"unsafe"
)

// Object is one machine word: the zero Object means "no value" (NULL, never a
// Python value); a small int is an address inside the reserved small-int
// region (see smallint_*.go); anything else points to a heap object whose
// first word is its *Type (Head). Because it is one word it can be loaded and
// stored atomically in any shared slot (list items, dict values, cells).
type Object struct{ p unsafe.Pointer }

// Head is the first field of every heap object.
type Head struct{ typ *Type }

// MakeHead returns the header of a new heap object of type t, for object
// types defined outside this package (the VM's functions, frames, ...).
func MakeHead(t *Type) Head { return Head{typ: t} }

// SetType changes the type word of a heap object (a class created by a
// metaclass, __class__ assignment). Only valid before the object is shared
// or under the caller's own synchronisation.
func (h *Head) SetType(t *Type) { h.typ = t }

// small-int encoding: v is stored as the address smallBase + (v + smallBias).
const (
	smallBits = 39
	smallBias = int64(1) << smallBits
	// SmallIntMax/Min bound the ints that never allocate.
	SmallIntMax = smallBias - 1
	SmallIntMin = -smallBias
)

// smallBase is the start of the reserved region; smallSpan its size, or 0
// when no region could be reserved (every int is then boxed).
var smallBase, smallSpan = reserveSmallInts()

// Ptr returns the raw pointer; IsNil reports the zero Object.
func (o Object) Ptr() unsafe.Pointer { return o.p }
func (o Object) IsNil() bool         { return o.p == nil }

// Is reports identity (Python's `is`).
func (o Object) Is(x Object) bool { return o.p == x.p }

// IsNone etc. test for the immortal singletons.
func (o Object) IsNone() bool { return o.p == None.p }

// Small reports the small int encoded in o, if any.
func (o Object) Small() (int64, bool) {
	off := uint64(uintptr(o.p) - uintptr(smallBase))
	return int64(off) - smallBias, off < smallSpan
}

// Type returns the type of o. o must not be nil.
func (o Object) Type() *Type {
	if uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return IntType
	}
	return (*Head)(o.p).typ
}

// FromPtr makes an Object from a pointer to a heap object starting with Head
// (or Float's layout). For use by other packages defining object layouts.
func FromPtr(p unsafe.Pointer) Object { return Object{p} }

// slotLoad / slotStore access a shared Object slot atomically.
func slotLoad(p *Object) Object     { return Object{atomic.LoadPointer(&p.p)} }
func slotStore(p *Object, v Object) { atomic.StorePointer(&p.p, v.p) }

// LoadSlot and StoreSlot are the atomic accessors for Object slots shared
// between threads (exported for the VM: cells, globals, attribute slots).
func LoadSlot(p *Object) Object     { return slotLoad(p) }
func StoreSlot(p *Object, v Object) { slotStore(p, v) }

// ---------------------------------------------------------------- singletons

type singleton struct {
	Head
	name string
}

var (
	noneObj, notImplObj, ellipsisObj singleton

	// None, NotImplemented and Ellipsis are immortal singletons.
	None           = Object{unsafe.Pointer(&noneObj)}
	NotImplemented = Object{unsafe.Pointer(&notImplObj)}
	Ellipsis       = Object{unsafe.Pointer(&ellipsisObj)}

	trueObj  = Int{v: 1}
	falseObj = Int{v: 0}
	// True and False are the two bool instances.
	True  = Object{unsafe.Pointer(&trueObj)}
	False = Object{unsafe.Pointer(&falseObj)}
)

// Bool returns True or False.
func Bool(b bool) Object {
	if b {
		return True
	}
	return False
}

// ---------------------------------------------------------------- thread

// Thread is the per-thread context passed to every operation that may run
// Python code or needs per-thread state. The VM extends it (frames, register
// stack, current exception); the object model only needs the repr recursion
// guard, the recursion depth and a float slab. A Thread must only be used by
// one goroutine at a time.
type Thread struct {
	// Depth counts nested Python-level calls and Go re-entries (repr of
	// nested containers, comparisons of nested tuples); MaxDepth bounds it.
	Depth, MaxDepth int
	// VM is an opaque hook for the VM's own per-thread state.
	VM any

	reprs  []unsafe.Pointer // containers whose repr is in progress
	floats *[floatSlabSize]Float
	nfloat int
	strCat strCatCache // the last long concatenation result (str.go)
	// FreshSlot and FreshBox record the register (address) and float box
	// of the last float result the VM's arithmetic fast path made: an op
	// flagged FreshB/FreshC (bytecode) may reuse that box in place. Plain
	// addresses: they are compared, never dereferenced.
	FreshSlot, FreshBox uintptr
	// pad makes the size a multiple of the cache line (128 bytes, size
	// class 128), so two threads' contexts never share a line: nfloat and
	// Depth are written on every float allocation and call, and threads
	// are allocated back to back by the starting thread.
	_ [24]byte
}

// NewThread returns a fresh thread context with the default recursion limit.
func NewThread() *Thread { return &Thread{MaxDepth: 1000} }

// enter/leave implement the recursion check used by deep Go re-entries.
func (t *Thread) enter(where string) *Exception {
	t.Depth++
	if t.Depth > t.MaxDepth && t.MaxDepth > 0 {
		t.Depth--
		return RecursionError("maximum recursion depth exceeded%s", where)
	}
	return nil
}

func (t *Thread) leave() { t.Depth-- }

// reprEnter returns false if o's repr is already in progress on this thread
// (the "[...]" guard); otherwise it records o until reprLeave.
func (t *Thread) reprEnter(o Object) bool {
	for _, p := range t.reprs {
		if p == o.p {
			return false
		}
	}
	t.reprs = append(t.reprs, o.p)
	return true
}

func (t *Thread) reprLeave(o Object) {
	for i := len(t.reprs) - 1; i >= 0; i-- {
		if t.reprs[i] == o.p {
			t.reprs = append(t.reprs[:i], t.reprs[i+1:]...)
			return
		}
	}
}

// maxAlloc bounds the size of repeated sequences (beyond: MemoryError):
// 2^40 on 64-bit platforms, 2^30 on 32-bit ones.
const (
	uintSize = 32 << (^uint(0) >> 63)
	maxAlloc = 1 << (30 + (uintSize-32)*10/32)
)
