package micro

import (
	"fmt"
	"testing"
)

var attrNames = []string{"a", "b", "c", "d", "x"}

type attrFixture struct {
	names   []*Str // interned
	inst    *Instance
	mapInst *MapInstance
	ptrMap  map[*Str]Object
	dict    *AtomicDict
	typ     *UserType
	meth    *Str
}

func newAttrFixture() *attrFixture {
	f := &attrFixture{ptrMap: map[*Str]Object{}, dict: NewAtomicDict()}
	base := &UserType{Type: Type{Name: "Base", Version: 7}, dict: map[*Str]Object{}}
	mid := &UserType{Type: Type{Name: "Mid", Version: 8}, dict: map[*Str]Object{}}
	f.typ = &UserType{Type: Type{Name: "C", Version: 9}, dict: map[*Str]Object{}}
	f.typ.mro = []*UserType{f.typ, mid, base}
	meth := NewStr("method")
	base.dict[meth] = MakeInt(42)
	f.meth = meth
	for i := range 6 { // make the MRO dicts non-trivial
		mid.dict[NewStr(fmt.Sprint("m", i))] = MakeInt(0)
		f.typ.dict[NewStr(fmt.Sprint("c", i))] = MakeInt(0)
	}
	f.mapInst = &MapInstance{typ: f.typ, dict: map[string]Object{}}
	shape := NewShape()
	var vals []Object
	for i, n := range attrNames {
		s := NewStr(n)
		s.Hash()
		f.names = append(f.names, s)
		v := MakeInt(int64(i))
		shape = shape.With(s)
		vals = append(vals, v)
		f.mapInst.dict[n] = v
		f.ptrMap[s] = v
		f.dict.Set(s, v)
	}
	f.inst = &Instance{typ: f.typ, shape: shape, values: vals}
	return f
}

func TestAttrAgree(t *testing.T) {
	f := newAttrFixture()
	x := f.names[4]
	var c AttrCache
	var pc PackedAttrCache
	for range 2 {
		if v, ok := c.Load(f.inst, x); !ok || v != MakeInt(4) {
			t.Fatal("AttrCache")
		}
		if v, ok := pc.Load(f.inst, x); !ok || v != MakeInt(4) {
			t.Fatal("PackedAttrCache")
		}
	}
	f.typ.Version++ // invalidation must force a re-lookup, still correct
	if v, ok := c.Load(f.inst, x); !ok || v != MakeInt(4) {
		t.Fatal("AttrCache after version bump")
	}
	var mc MethodCache
	if v, ok := mc.Load(f.typ, f.meth); !ok || v != MakeInt(42) {
		t.Fatal("method")
	}
}

func BenchmarkAttr(b *testing.B) {
	f := newAttrFixture()
	x := f.names[4]
	ok := true
	b.Run("instance/goMapString", func(b *testing.B) {
		for range b.N {
			_, k := f.mapInst.dict["x"]
			ok = ok && k
		}
	})
	b.Run("instance/goMapInternedPtr", func(b *testing.B) {
		for range b.N {
			_, k := f.ptrMap[x]
			ok = ok && k
		}
	})
	b.Run("instance/compactDictCachedHash", func(b *testing.B) {
		for range b.N {
			_, k := f.dict.Get(x)
			ok = ok && k
		}
	})
	b.Run("instance/inlineCacheShapeSlots", func(b *testing.B) {
		var c AttrCache
		for range b.N {
			_, k := c.Load(f.inst, x)
			ok = ok && k
		}
	})
	b.Run("instance/packedInlineCache", func(b *testing.B) {
		var c PackedAttrCache
		for range b.N {
			_, k := c.Load(f.inst, x)
			ok = ok && k
		}
	})
	meth := f.meth
	b.Run("method/mroWalkInternedMaps", func(b *testing.B) {
		for range b.N {
			_, k := lookupMRO(f.typ, meth)
			ok = ok && k
		}
	})
	b.Run("method/inlineCacheTypeVersion", func(b *testing.B) {
		var c MethodCache
		for range b.N {
			_, k := c.Load(f.typ, meth)
			ok = ok && k
		}
	})
	// Creating an instance with 5 attributes: per-instance Go map versus
	// shape-shared keys plus a slot slice.
	b.Run("create/goMap", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			m := &MapInstance{typ: f.typ, dict: map[string]Object{}}
			for i, n := range attrNames {
				m.dict[n] = MakeInt(int64(i))
			}
			sinkAny = m
		}
	})
	b.Run("create/shapeSlots", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			o := &Instance{typ: f.typ, shape: f.inst.shape, values: make([]Object, 0, len(f.inst.values))}
			for i := range attrNames {
				o.values = append(o.values, MakeInt(int64(i)))
			}
			sinkAny = o
		}
	})
	sinkBool = ok
	b.Run("cpython311/instanceAttr", func(b *testing.B) { benchPython(b, pyAttr) })
}

var sinkAny any

// The attribute loop minus an empty loop, per attribute access.
const pyAttr = `
class C:
    def __init__(self):
        self.a = 0; self.b = 1; self.c = 2; self.d = 3; self.x = 4
def attr(o, n):
    for _ in range(n):
        o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x; o.x
def empty(o, n):
    for _ in range(n):
        pass
def run(n):
    import time
    o = C()
    m = max(n // 10, 1)
    t0 = time.perf_counter_ns(); attr(o, m); t1 = time.perf_counter_ns()
    empty(o, m); t2 = time.perf_counter_ns()
    return ((t1 - t0) - (t2 - t1)) / (10 * m)
`
