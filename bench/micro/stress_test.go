package micro

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
)

// These run under `go test -race`: the race detector must stay silent while
// readers run lock-free against writers, and every single operation must be
// atomic: no lost appends/sets, no torn or foreign values.

const (
	stressG = 4
	stressK = 3000
)

// val encodes (goroutine, seq); odd seqs are boxed (pointer objects), even
// ones small ints, so both publication paths are exercised.
func stressVal(g, k int) Object {
	v := int64(g*stressK + k)
	if k%2 == 1 {
		return Object{ptrOf(&IntBox{Head{IntType}, v})}
	}
	return MakeInt(v)
}

func checkVal(t *testing.T, o Object) int64 {
	v, ok := o.Int()
	if !ok || v < 0 || v >= stressG*stressK {
		t.Errorf("foreign or torn value %v %v", v, ok)
		return -1
	}
	if _, small := o.Small(); small != (v%stressK%2 == 0) {
		t.Errorf("value %d has the wrong representation", v)
	}
	return v
}

func TestStressAtomicList(t *testing.T) {
	l := NewAtomicList()
	var wg sync.WaitGroup
	var done atomic.Bool
	for g := range stressG {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range stressK {
				l.Append(stressVal(g, k))
				if k%50 == 0 { // set an existing slot to a value of the same form
					if n := l.Len(); n > 0 {
						i := rand.IntN(n)
						if v, ok := l.Get(i); ok {
							l.Set(i, v)
						}
					}
				}
			}
		}()
	}
	var rwg sync.WaitGroup
	for range 2 {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			for !done.Load() {
				if n := l.Len(); n > 0 {
					if v, ok := l.Get(rand.IntN(n)); ok {
						checkVal(t, v)
					} else {
						t.Error("in-range index failed without pops")
					}
				}
			}
		}()
	}
	wg.Wait()
	done.Store(true)
	rwg.Wait()
	if l.Len() != stressG*stressK {
		t.Fatalf("lost appends: len %d want %d", l.Len(), stressG*stressK)
	}
	seen := make([]bool, stressG*stressK)
	for i := range l.Len() {
		v, _ := l.Get(i)
		x := checkVal(t, v)
		if x >= 0 && seen[x] {
			t.Fatalf("duplicate %d", x)
		}
		seen[x] = true
	}
}

func TestStressAtomicListPop(t *testing.T) {
	l := NewAtomicList()
	var wg sync.WaitGroup
	var pushed, popped atomic.Int64
	for g := range stressG {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for k := range stressK {
				l.Append(stressVal(g, k))
				pushed.Add(1)
			}
		}()
		go func() { // reader racing with pops: must get a value or IndexError
			defer wg.Done()
			for range stressK {
				if v, ok := l.Get(rand.IntN(64)); ok {
					checkVal(t, v)
				}
				if v, ok := l.Pop(); ok {
					checkVal(t, v)
					popped.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if int64(l.Len()) != pushed.Load()-popped.Load() {
		t.Fatalf("len %d, pushed %d popped %d", l.Len(), pushed.Load(), popped.Load())
	}
}

func TestStressAtomicDict(t *testing.T) {
	d := NewAtomicDict()
	keys := make([][]*Str, stressG)
	for g := range stressG {
		for k := range stressK {
			// Each goroutine gets its own key objects, equal by value to
			// the readers' copies, to exercise hashing and equality.
			keys[g] = append(keys[g], NewStr(fmt.Sprintf("k%d_%d", g, k)))
		}
	}
	var wg sync.WaitGroup
	var done atomic.Bool
	for g := range stressG {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k, key := range keys[g] {
				d.Set(key, stressVal(g, k))
				if k%7 == 0 { // delete and re-insert: must never be lost
					d.Delete(key)
					d.Set(key, stressVal(g, k))
				}
				if k%3 == 0 { // overwrite with a same-form value
					d.Set(key, stressVal(g, k))
				}
			}
		}()
	}
	var rwg sync.WaitGroup
	for r := range 2 {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			for !done.Load() {
				g, k := rand.IntN(stressG), rand.IntN(stressK)
				key := NewStr(fmt.Sprintf("k%d_%d", g, k))
				if v, ok := d.Get(key); ok {
					if x := checkVal(t, v); x != int64(g*stressK+k) {
						t.Errorf("reader %d: key %s has value %d", r, key.s, x)
					}
				}
			}
		}()
	}
	wg.Wait()
	done.Store(true)
	rwg.Wait()
	if d.Len() != stressG*stressK {
		t.Fatalf("lost inserts: len %d", d.Len())
	}
	for g := range stressG {
		for k := range stressK {
			v, ok := d.Get(NewStr(fmt.Sprintf("k%d_%d", g, k)))
			if !ok || checkVal(t, v) != int64(g*stressK+k) {
				t.Fatalf("k%d_%d missing or wrong", g, k)
			}
		}
	}
}

func TestStressSeqList(t *testing.T) {
	l := NewSeqList()
	var wg sync.WaitGroup
	var done atomic.Bool
	for range stressG {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range stressK {
				// p and n must always agree: n is 1 for tInt, 2 for tFloat.
				if k%2 == 0 {
					l.Append(TV{tInt, 1})
				} else {
					l.Append(TV{tFloat, 2})
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for !done.Load() {
			if n := l.n.Load(); n > 0 {
				v, _ := l.Get(rand.IntN(int(n)))
				if (v.p == tInt) != (v.n == 1) {
					t.Errorf("torn two-word value %v", v)
				}
			}
		}
	}()
	for l.n.Load() < stressG*stressK {
	}
	done.Store(true)
	wg.Wait()
}
