package weakref

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"unsafe"

	"github.com/pygo/pygo/py"
)

func newSet(t *testing.T) Object {
	t.Helper()
	s, exc := py.NewSet(nil, nil, false)
	if exc != nil {
		t.Fatal(exc)
	}
	return py.FromPtr(unsafe.Pointer(s))
}

func mustRef(t *testing.T, o Object, kind uint8, cb Object) *Ref {
	t.Helper()
	typ := refType
	switch kind {
	case kindProxy:
		typ = proxyType
	case kindCallableProxy:
		typ = callableProxyType
	}
	r, exc := newRef(nil, o, typ, kind, cb)
	if exc != nil {
		t.Fatal(exc)
	}
	return asRef(r)
}

// The basic ref and proxy are shared; others are not; the list order is
// CPython's: basic ref, basic proxy, then the others newest first.
func TestSharingAndOrder(t *testing.T) {
	initTypes()
	o := newSet(t)
	cb := py.NewBuiltin("cb", func(*py.Thread, []Object, *py.Tuple) (Object, *py.Exception) { return py.None, nil }).Obj()
	c1 := mustRef(t, o, kindRef, cb)
	c2 := mustRef(t, o, kindRef, cb)
	p := mustRef(t, o, kindProxy, Object{})
	r1 := mustRef(t, o, kindRef, Object{})
	r2 := mustRef(t, o, kindRef, py.None)
	if r1 != r2 || c1 == c2 || c1 == r1 {
		t.Fatalf("sharing: r1==r2 %v, c1==c2 %v", r1 == r2, c1 == c2)
	}
	if p2 := mustRef(t, o, kindProxy, Object{}); p2 != p {
		t.Fatal("basic proxy not shared")
	}
	got := liveRefs(o)
	want := []*Ref{r1, p, c2, c1}
	if len(got) != len(want) {
		t.Fatalf("got %d refs, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("position %d: wrong reference", i)
		}
	}
	if first := firstRef(o); !first.Is(r1.Obj()) {
		t.Error("__weakref__ is not the basic ref")
	}
	runtime.KeepAlive([]*Ref{c1, c2, p, r1})
}

func TestNotWeakrefable(t *testing.T) {
	initTypes()
	for _, o := range []Object{py.MakeInt(1), py.NewStrObj("s"), py.None, py.NewTuple().Obj(), py.NewList(nil).Obj()} {
		if _, exc := newRef(nil, o, refType, kindRef, Object{}); exc == nil || exc.Type() != py.TypeErrorType {
			t.Errorf("%s: want TypeError", py.TypeName(o))
		}
		if n := len(liveRefs(o)); n != 0 {
			t.Errorf("%s: %d refs", py.TypeName(o), n)
		}
	}
}

// A referent that becomes unreachable is seen dead after a collection;
// its entry leaves the registry and references with callbacks are queued.
func TestDeath(t *testing.T) {
	initTypes()
	cb := py.NewBuiltin("cb", func(*py.Thread, []Object, *py.Tuple) (Object, *py.Exception) { return py.None, nil }).Obj()
	var keep []*Ref
	for i := 0; i < 50; i++ {
		o := newSet(t)
		keep = append(keep, mustRef(t, o, kindRef, Object{}), mustRef(t, o, kindRef, cb))
	}
	before := npending.Load()
	runtime.GC()
	runtime.GC()
	sweep()
	for i, r := range keep {
		if !r.Referent().IsNil() {
			t.Fatalf("ref %d: referent still alive", i)
		}
	}
	if got := npending.Load() - before; got < 50 {
		t.Errorf("%d callbacks queued, want 50", got)
	}
	pendingMu.Lock()
	pending = nil
	npending.Store(0)
	pendingMu.Unlock()
	for i := range shards {
		shards[i].mu.Lock()
		for k, e := range shards[i].m {
			if k.Value() == nil && !e.dead {
				t.Error("dead entry left in the registry")
			}
		}
		shards[i].mu.Unlock()
	}
}

// Concurrent creation of references to shared and private objects while
// objects die and sweeps run: the basic ref stays unique per object, no
// reference outlives its check, and the race detector finds nothing.
func TestConcurrent(t *testing.T) {
	initTypes()
	shared := make([]Object, 8)
	for i := range shared {
		shared[i] = newSet(t)
	}
	var wg sync.WaitGroup
	var bad atomic.Int32
	basic := make([]atomic.Pointer[Ref], len(shared))
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				k := (g + i) % len(shared)
				r, exc := newRef(nil, shared[k], refType, kindRef, Object{})
				if exc != nil {
					bad.Add(1)
					continue
				}
				if !basic[k].CompareAndSwap(nil, asRef(r)) && basic[k].Load() != asRef(r) {
					bad.Add(1)
				}
				s, _ := py.NewSet(nil, nil, false)
				tmp := py.FromPtr(unsafe.Pointer(s))
				pr, _ := newRef(nil, tmp, proxyType, kindProxy, Object{})
				if !asRef(pr).Referent().Is(tmp) {
					bad.Add(1)
				}
				if i%100 == 0 {
					runtime.GC()
					sweep()
				}
				_ = liveRefs(shared[k])
			}
		}(g)
	}
	wg.Wait()
	if n := bad.Load(); n != 0 {
		t.Fatalf("%d inconsistencies", n)
	}
	for k, o := range shared {
		if refs := liveRefs(o); len(refs) != 1 || refs[0] != basic[k].Load() {
			t.Errorf("object %d: %d refs", k, len(refs))
		}
	}
	runtime.KeepAlive(shared)
}
