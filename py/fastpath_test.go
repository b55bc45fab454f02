package py

import (
	"strings"
	"sync"
	"testing"
)

// The type lookup cache must never serve a value after the dict of the
// type or of any ancestor changed, whichever way the dict was written.
func TestLookupCacheInvalidation(t *testing.T) {
	base, exc := NewType("Base", nil, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	sub, exc := NewType("Sub", []*Type{base}, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	name := Intern("cached_attr")
	if v := sub.Lookup(name); !v.IsNil() {
		t.Fatalf("absent attribute found: %v", v)
	}
	base.Dict.SetStr(name, MakeInt(1)) // a direct dict write, no Modified call
	if v, _ := sub.Lookup(name).Small(); v != 1 {
		t.Fatalf("after set: got %d, want 1", v)
	}
	base.Dict.SetStr(name, MakeInt(2)) // overwrite of an existing key
	if v, _ := sub.Lookup(name).Small(); v != 2 {
		t.Fatalf("after overwrite: got %d, want 2", v)
	}
	sub.Dict.SetStr(name, MakeInt(3)) // the subclass shadows it
	if v, _ := sub.Lookup(name).Small(); v != 3 {
		t.Fatalf("after shadowing: got %d, want 3", v)
	}
	if v, _ := base.Lookup(name).Small(); v != 2 {
		t.Fatalf("base after shadowing: got %d, want 2", v)
	}
	if _, exc := sub.Dict.Delete(nil, name.Obj()); exc != nil {
		t.Fatal(exc)
	}
	if _, exc := base.Dict.Delete(nil, name.Obj()); exc != nil {
		t.Fatal(exc)
	}
	if v := sub.Lookup(name); !v.IsNil() {
		t.Fatalf("after deletes: got %v, want absent", v)
	}
	// A new MRO (bases assignment) is seen too.
	other, _ := NewType("Other", nil, nil)
	other.Dict.SetStr(name, MakeInt(4))
	if exc := sub.SetBases([]*Type{other}); exc != nil {
		t.Fatal(exc)
	}
	if v, _ := sub.Lookup(name).Small(); v != 4 {
		t.Fatalf("after SetBases: got %d, want 4", v)
	}
}

// Readers looking an attribute up through a subclass while a writer keeps
// changing it on the base must only ever see values that were stored, and
// the final value once the writer is done (run with -race).
func TestLookupCacheConcurrent(t *testing.T) {
	base, _ := NewType("CBase", nil, nil)
	sub, _ := NewType("CSub", []*Type{base}, nil)
	name := Intern("racy_attr")
	base.Dict.SetStr(name, MakeInt(0))
	const writes = 2000
	var wg sync.WaitGroup
	stop := make(chan struct{})
	errs := make(chan string, 4)
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				v, ok := sub.Lookup(name).Small()
				if !ok || v < 0 || v > writes {
					select {
					case errs <- "foreign value":
					default:
					}
					return
				}
			}
		}()
	}
	for i := 1; i <= writes; i++ {
		base.Dict.SetStr(name, MakeInt(int64(i)))
		if v, _ := sub.Lookup(name).Small(); v != int64(i) {
			t.Fatalf("writer's own lookup: got %d, want %d", v, i)
		}
	}
	close(stop)
	wg.Wait()
	select {
	case e := <-errs:
		t.Fatal(e)
	default:
	}
	if v, _ := sub.Lookup(name).Small(); v != writes {
		t.Fatalf("final: got %d, want %d", v, writes)
	}
}

func TestIsGenericGetAttr(t *testing.T) {
	if !IsGenericGetAttr(ListType.Slots().GetAttr) || !IsGenericGetAttr(ObjectType.Slots().GetAttr) {
		t.Error("list/object should have the generic getattr")
	}
	if IsGenericGetAttr(TypeType.Slots().GetAttr) || IsGenericGetAttr(nil) {
		t.Error("type's getattr is not the generic one")
	}
	if !IsGenericSetAttr(ListType.Slots().SetAttr) || IsGenericSetAttr(TypeType.Slots().SetAttr) {
		t.Error("IsGenericSetAttr")
	}
}

// Repeated concatenation appends into a shared buffer; earlier results must
// keep their value, and extending one string twice must not let the second
// extension overwrite the first.
func TestStrConcatAppend(t *testing.T) {
	th := NewThread()
	s := NewStr(strings.Repeat("a", 100)).Obj()
	var want strings.Builder
	want.WriteString(strings.Repeat("a", 100))
	var snaps []Object
	var snapWant []string
	for i := 0; i < 200; i++ {
		piece := NewStr(string(rune('0' + i%10))).Obj()
		s = StrConcat(th, s, piece)
		want.WriteByte(byte('0' + i%10))
		if i%37 == 0 {
			snaps = append(snaps, s)
			snapWant = append(snapWant, want.String())
		}
	}
	if got := (*Str)(s.p).String(); got != want.String() {
		t.Fatalf("concatenation result wrong")
	}
	for i, o := range snaps {
		if (*Str)(o.p).String() != snapWant[i] {
			t.Fatalf("snapshot %d changed", i)
		}
	}
	// Two extensions of the same string.
	x := StrConcat(th, s, NewStr("X").Obj())
	y := StrConcat(th, s, NewStr("Y").Obj())
	xs, ys := (*Str)(x.p).String(), (*Str)(y.p).String()
	if !strings.HasSuffix(xs, "9X") || !strings.HasSuffix(ys, "9Y") || len(xs) != len(ys) {
		t.Fatalf("extensions clash: %q %q", xs[len(xs)-3:], ys[len(ys)-3:])
	}
	// Concurrent extensions of one shared string from several threads.
	var wg sync.WaitGroup
	res := make([]string, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tt := NewThread()
			r := StrConcat(tt, s, NewStr("!").Obj())
			for range 50 {
				r = StrConcat(tt, r, NewStr(string(rune('a'+g))).Obj())
			}
			res[g] = (*Str)(r.p).String()
		}()
	}
	wg.Wait()
	for g, r := range res {
		if r != want.String()+"!"+strings.Repeat(string(rune('a'+g)), 50) {
			t.Fatalf("thread %d: wrong result", g)
		}
	}
}

func TestDictRef(t *testing.T) {
	d := NewDict()
	k := Intern("ref_key")
	ref, kver, ok := d.StrRef(k)
	if !ok || !d.RefValue(ref).IsNil() {
		t.Fatal("absent key should give an empty ref")
	}
	d.SetStr(k, MakeInt(1))
	if d.KeysVersion() == kver {
		t.Fatal("insertion must change KeysVersion")
	}
	ref, kver, _ = d.StrRef(k)
	d.SetStr(k, MakeInt(2))
	if v, _ := d.RefValue(ref).Small(); v != 2 {
		t.Fatalf("ref after overwrite: %d", v)
	}
	if d.KeysVersion() != kver {
		t.Fatal("an overwrite is no insertion")
	}
	d.Delete(nil, k.Obj())
	if !d.RefValue(ref).IsNil() {
		t.Fatal("ref to a deleted entry must read nil")
	}
	d.SetStr(k, MakeInt(3))
	ref, _, _ = d.StrRef(k)
	for i := range 100 { // growth: a new generation
		d.SetStr(NewStr("k"+string(rune('A'+i%26))+string(rune('a'+i/26))), MakeInt(int64(i)))
	}
	if !d.RefValue(ref).IsNil() {
		t.Fatal("ref into a replaced generation must read nil")
	}
}
