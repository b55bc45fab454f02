package py

import (
	"fmt"
	"sync"
	"testing"
)

// Free-threading stress tests: run under `go test -race ./py/...`.

func TestStressListAppendSetPop(t *testing.T) {
	l := NewList(nil)
	const writers, per = 4, 2000
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range per {
				l.Append(MakeInt(int64(w*per + i)))
			}
		}()
	}
	stop := make(chan struct{})
	var rwg sync.WaitGroup
	for range 2 { // readers: every value seen must be one that was appended
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				n := l.Len()
				for i := 0; i < n; i += 7 {
					v, ok := l.Get(i)
					if !ok {
						continue
					}
					x, isInt := AsInt64(v)
					if !isInt || x < 0 || x >= writers*per*2 {
						t.Errorf("torn or foreign value at %d", i)
						return
					}
				}
			}
		}()
	}
	wg.Add(1)
	go func() { // setitem races: values stay in range
		defer wg.Done()
		for i := range per {
			l.Set(i%max(l.Len(), 1), MakeInt(int64(writers*per+i)))
		}
	}()
	wg.Wait()
	close(stop)
	rwg.Wait()
	if l.Len() != writers*per {
		t.Fatalf("lost appends: len %d, want %d", l.Len(), writers*per)
	}
	// pop races: len == pushed - popped
	var popped sync.Map
	var pwg sync.WaitGroup
	for range 4 {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for range per / 2 {
				v, exc := l.Pop(-1)
				if exc != nil {
					t.Error(exc)
					return
				}
				if _, dup := popped.LoadOrStore(v.p, true); dup && !isSmall(v) {
					t.Error("popped the same box twice")
				}
			}
		}()
	}
	pwg.Wait()
	if l.Len() != writers*per-4*(per/2) {
		t.Fatalf("len after pops %d", l.Len())
	}
}

func TestStressDict(t *testing.T) {
	d := NewDict()
	const writers, per = 4, 1500
	keys := make([][]*Str, writers)
	for w := range writers {
		for i := range per {
			keys[w] = append(keys[w], NewStr(string(rune('a'+w))+intRepr(MakeInt(int64(i)))))
		}
	}
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			for i, k := range keys[w] {
				if exc := d.Set(th, k.Obj(), MakeInt(int64(i))); exc != nil {
					t.Error(exc)
				}
				if i%3 == 0 { // delete and reinsert
					d.Delete(th, k.Obj())
					d.Set(th, k.Obj(), MakeInt(int64(i)))
				}
				d.Set(th, k.Obj(), MakeInt(int64(i))) // overwrite
			}
		}()
	}
	stop := make(chan struct{})
	var rwg sync.WaitGroup
	for r := range 2 {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			th := NewThread()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for i, k := range keys[r] {
					v, exc := d.Get(th, k.Obj())
					if exc != nil {
						t.Error(exc)
						return
					}
					if v.p != nil {
						if x, _ := AsInt64(v); x != int64(i) {
							t.Errorf("key %s has value %d", k.s, x)
							return
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	rwg.Wait()
	if d.Len() != writers*per {
		t.Fatalf("len %d, want %d", d.Len(), writers*per)
	}
	th := NewThread()
	for w := range writers {
		for i, k := range keys[w] {
			v, _ := d.Get(th, k.Obj())
			if x, _ := AsInt64(v); v.p == nil || x != int64(i) {
				t.Fatalf("key %s lost or wrong", k.s)
			}
		}
	}
}

func TestStressSet(t *testing.T) {
	th := NewThread()
	s, _ := NewSet(th, nil, false)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			for i := range 2000 {
				v := MakeInt(int64(w*2000 + i))
				s.Add(th, v)
				if i%2 == 1 {
					s.Discard(th, v)
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		th := NewThread()
		for i := range 4000 {
			s.Contains(th, MakeInt(int64(i)))
		}
	}()
	wg.Wait()
	if s.Len() != 4000 {
		t.Fatalf("set len %d, want 4000", s.Len())
	}
	for w := range 4 {
		for i := range 2000 {
			in, _ := s.Contains(th, MakeInt(int64(w*2000+i)))
			if in != (i%2 == 0) {
				t.Fatalf("element %d: in=%v", w*2000+i, in)
			}
		}
	}
}

// TestStressSetStrAt races lock-free value stores (SetStrAt, the attribute
// store fast path) with insertions that resize the table and deletions:
// every writer's last store must survive.
func TestStressSetStrAt(t *testing.T) {
	const writers, rounds = 4, 20000
	d := NewDict()
	own := make([]*Str, writers)
	for w := range own {
		own[w] = Intern(fmt.Sprintf("own%d", w))
		d.SetStr(own[w], MakeInt(0))
	}
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := own[w]
			for i := 1; i <= rounds; i++ {
				if !d.SetStrAt(d.StrIndex(s), s, MakeInt(int64(i))) {
					d.SetStr(s, MakeInt(int64(i)))
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range rounds / 4 {
			k := NewStr(fmt.Sprintf("x%d", i))
			d.SetStr(k, MakeInt(int64(i)))
			if i%3 == 0 {
				if _, err := d.Delete(nil, k.Obj()); err != nil {
					t.Error(err)
					return
				}
			}
		}
	}()
	wg.Wait()
	for w, s := range own {
		if v, _ := d.GetStr(s).Small(); v != rounds {
			t.Fatalf("own%d = %d, want %d (a store was lost)", w, v, rounds)
		}
	}
	if want := writers + rounds/4 - (rounds/4+2)/3; d.Len() != want {
		t.Fatalf("len = %d, want %d", d.Len(), want)
	}
}
