package micro

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// goroutine counts: 1, 2, and 2*GOMAXPROCS (over-subscribed; the machine
// these numbers were taken on has 2 cores, so GOMAXPROCS = 2).
func gcounts() []int { return []int{1, 2, 2 * runtime.GOMAXPROCS(0)} }

// parallel splits b.N ops over g goroutines; ns/op is wall time per op, so
// perfect scaling halves ns/op from g=1 to g=2.
func parallel(b *testing.B, g int, body func(id, n int)) {
	var wg sync.WaitGroup
	b.ResetTimer()
	for id := range g {
		n := b.N / g
		if id == 0 {
			n += b.N % g
		}
		wg.Add(1)
		go func() { defer wg.Done(); body(id, n) }()
	}
	wg.Wait()
}

// background runs f until the benchmark body returns (a concurrent writer).
func background(f func(stop *atomic.Bool)) (stop func()) {
	var s atomic.Bool
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); f(&s) }()
	return func() { s.Store(true); wg.Wait() }
}

const listLen = 1024

var sinkBool bool

func BenchmarkListGet(b *testing.B) {
	plain := make([]Object, listLen)
	ml, rl, al, sl := &MutexList{}, &RWList{}, NewAtomicList(), NewSeqList()
	for i := range listLen {
		v := MakeInt(int64(i))
		plain[i] = v
		ml.Append(v)
		rl.Append(v)
		al.Append(v)
		sl.Append(TV{tInt, uint64(i)})
	}
	impls := []struct {
		name string
		get  func(i int) bool
	}{
		{"plainUnsafe", func(i int) bool { return i < len(plain) && plain[i].p != nil }},
		{"mutex", func(i int) bool { _, ok := ml.Get(i); return ok }},
		{"rwmutex", func(i int) bool { _, ok := rl.Get(i); return ok }},
		{"seqlock2word", func(i int) bool { _, ok := sl.Get(i); return ok }},
		{"atomicWord", func(i int) bool { _, ok := al.Get(i); return ok }},
	}
	for _, im := range impls {
		for _, g := range gcounts() {
			b.Run(fmt.Sprintf("%s/g%d", im.name, g), func(b *testing.B) {
				parallel(b, g, func(id, n int) {
					ok := true
					for i := range n {
						ok = ok && im.get(i&(listLen-1))
					}
					sinkBool = ok
				})
			})
		}
	}
	// One reader while another goroutine keeps writing (list[i] = v under
	// the writer's lock for the lock-based designs, Append+Pop for atomic).
	writers := map[string]func(){
		"mutex":        func() { ml.mu.Lock(); ml.items[3] = MakeInt(3); ml.mu.Unlock() },
		"rwmutex":      func() { rl.mu.Lock(); rl.items[3] = MakeInt(3); rl.mu.Unlock() },
		"seqlock2word": func() { sl.Append(TV{tInt, 1}); sl.mu.Lock(); sl.n.Add(-1); sl.mu.Unlock() },
		"atomicWord":   func() { al.Set(3, MakeInt(3)) },
	}
	for _, im := range impls[1:] {
		b.Run(im.name+"/readWhileWriting", func(b *testing.B) {
			w := writers[im.name]
			stop := background(func(s *atomic.Bool) {
				for !s.Load() {
					w()
				}
			})
			ok := true
			for i := range b.N {
				ok = ok && im.get(i&(listLen-1))
			}
			b.StopTimer()
			stop()
			sinkBool = ok
		})
	}
}

func BenchmarkListAppend(b *testing.B) {
	v := MakeInt(7)
	b.Run("plainUnsafe/g1", func(b *testing.B) {
		var l []Object
		for i := range b.N {
			if i&0xffff == 0 {
				l = l[:0]
			}
			l = append(l, v)
		}
	})
	for _, g := range gcounts() {
		b.Run(fmt.Sprintf("mutex/g%d", g), func(b *testing.B) {
			l := &MutexList{}
			parallel(b, g, func(id, n int) {
				for i := range n {
					if i&0xffff == 0 && id == 0 {
						l.mu.Lock()
						l.items = l.items[:0]
						l.mu.Unlock()
					}
					l.Append(v)
				}
			})
		})
		b.Run(fmt.Sprintf("atomicWord/g%d", g), func(b *testing.B) {
			l := NewAtomicList()
			parallel(b, g, func(id, n int) {
				for i := range n {
					if i&0xffff == 0 && id == 0 {
						l.mu.Lock()
						l.n.Store(0) // benchmark-only reset; slots are overwritten
						l.mu.Unlock()
					}
					l.Append(v)
				}
			})
		})
		b.Run(fmt.Sprintf("seqlock2word/g%d", g), func(b *testing.B) {
			l := NewSeqList()
			parallel(b, g, func(id, n int) {
				for i := range n {
					if i&0xffff == 0 && id == 0 {
						l.mu.Lock()
						l.n.Store(0)
						l.mu.Unlock()
					}
					l.Append(TV{tInt, 7})
				}
			})
		})
	}
}

const dictKeysN = 1024

func dictFixture() (strs []*Str, gos []string) {
	for i := range dictKeysN {
		s := fmt.Sprintf("attr_%d", i)
		strs = append(strs, NewStr(s))
		gos = append(gos, s)
	}
	for _, s := range strs {
		s.Hash()
	}
	return
}

type lockedMap struct {
	mu sync.Mutex
	m  map[string]Object
}
type rwMap struct {
	mu sync.RWMutex
	m  map[string]Object
}

func BenchmarkDict(b *testing.B) {
	strs, gos := dictFixture()
	plain := map[string]Object{}
	lm := &lockedMap{m: map[string]Object{}}
	rm := &rwMap{m: map[string]Object{}}
	var sm sync.Map
	ad := NewAtomicDict()
	for i, s := range gos {
		v := MakeInt(int64(i))
		plain[s], lm.m[s], rm.m[s] = v, v, v
		sm.Store(s, v)
		ad.Set(strs[i], v)
	}
	type impl struct {
		name string
		get  func(i int) bool
		set  func(i int)
	}
	v := MakeInt(5)
	impls := []impl{
		{"goMapUnsafe", func(i int) bool { _, ok := plain[gos[i]]; return ok }, nil},
		{"goMapMutex", func(i int) bool {
			lm.mu.Lock()
			_, ok := lm.m[gos[i]]
			lm.mu.Unlock()
			return ok
		}, func(i int) { lm.mu.Lock(); lm.m[gos[i]] = v; lm.mu.Unlock() }},
		{"goMapRWMutex", func(i int) bool {
			rm.mu.RLock()
			_, ok := rm.m[gos[i]]
			rm.mu.RUnlock()
			return ok
		}, func(i int) { rm.mu.Lock(); rm.m[gos[i]] = v; rm.mu.Unlock() }},
		{"syncMap", func(i int) bool { _, ok := sm.Load(gos[i]); return ok },
			func(i int) { sm.Store(gos[i], v) }},
		{"atomicCompact", func(i int) bool { _, ok := ad.Get(strs[i]); return ok },
			func(i int) { ad.Set(strs[i], v) }},
	}
	for _, im := range impls {
		for _, g := range gcounts() {
			b.Run(fmt.Sprintf("get/%s/g%d", im.name, g), func(b *testing.B) {
				parallel(b, g, func(id, n int) {
					ok := true
					for i := range n {
						ok = ok && im.get((i*7+id)&(dictKeysN-1))
					}
					sinkBool = ok
				})
			})
		}
	}
	for _, im := range impls[1:] {
		for _, g := range gcounts() {
			b.Run(fmt.Sprintf("set/%s/g%d", im.name, g), func(b *testing.B) {
				parallel(b, g, func(id, n int) {
					for i := range n {
						im.set((i*7 + id) & (dictKeysN - 1))
					}
				})
			})
		}
		b.Run(fmt.Sprintf("getWhileSetting/%s", im.name), func(b *testing.B) {
			stop := background(func(s *atomic.Bool) {
				for i := 0; !s.Load(); i++ {
					im.set(i & (dictKeysN - 1))
				}
			})
			ok := true
			for i := range b.N {
				ok = ok && im.get((i*7)&(dictKeysN-1))
			}
			b.StopTimer()
			stop()
			sinkBool = ok
		})
	}
}
