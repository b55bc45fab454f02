package py

import "testing"

func BenchmarkIntAdd(b *testing.B) {
	th := NewThread()
	x, y := MakeInt(12345), MakeInt(678)
	for b.Loop() {
		x, _ = BinaryOp(th, OpAdd, x, y)
		if v, _ := AsInt64(x); v > 1<<30 {
			x = MakeInt(0)
		}
	}
}

func BenchmarkFloatMul(b *testing.B) {
	th := NewThread()
	x, y := NewFloat(1.0000001), NewFloat(0.9999999)
	for b.Loop() {
		x, _ = BinaryOp(th, OpMul, x, y)
	}
}

func BenchmarkListIndex(b *testing.B) {
	th := NewThread()
	items := make([]Object, 1024)
	for i := range items {
		items[i] = MakeInt(int64(i))
	}
	l := NewList(items).Obj()
	i := 0
	for b.Loop() {
		GetItem(th, l, MakeInt(int64(i&1023)))
		i++
	}
}

func BenchmarkDictGetStr(b *testing.B) {
	th := NewThread()
	d := NewDict()
	keys := make([]Object, 1024)
	for i := range keys {
		keys[i] = NewStr("key" + intRepr(MakeInt(int64(i)))).Obj()
		d.Set(th, keys[i], MakeInt(int64(i)))
	}
	i := 0
	for b.Loop() {
		d.Get(th, keys[i&1023])
		i++
	}
}

func BenchmarkStrHash(b *testing.B) {
	s := NewStr("some_identifier_name")
	s.Hash()
	for b.Loop() {
		s.Hash()
	}
}

func BenchmarkStrHashUncached(b *testing.B) {
	for b.Loop() {
		NewStr("some_identifier_name").Hash()
	}
}

func BenchmarkAttrLookupBuiltin(b *testing.B) {
	th := NewThread()
	s := NewStr("abc").Obj()
	name := Intern("upper")
	for b.Loop() {
		GetAttr(th, s, name)
	}
}
