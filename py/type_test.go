package py

import (
	"testing"
)

func TestMROAndVersions(t *testing.T) {
	a, exc := NewType("A", nil, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	b, _ := NewType("B", []*Type{a}, nil)
	c, _ := NewType("C", []*Type{a}, nil)
	d, exc := NewType("D", []*Type{b, c}, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	var names []string
	for _, m := range d.MRO() {
		names = append(names, m.Name)
	}
	if got := join(names); got != "D B C A object" {
		t.Fatalf("mro %s", got)
	}
	if !d.IsSubtype(a) || a.IsSubtype(d) {
		t.Fatal("IsSubtype")
	}
	// Inconsistent: class E(A, B) where B(A).
	_, exc = NewType("E", []*Type{a, b}, nil)
	if exc == nil || exc.Error() != "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B" {
		t.Fatalf("got %v", exc)
	}
	// Version tags change for the type and its subclasses.
	va, vd := a.Version.Load(), d.Version.Load()
	if exc := SetAttr(NewThread(), a.Obj(), Intern("x"), MakeInt(1)); exc != nil {
		t.Fatal(exc)
	}
	if a.Version.Load() == va || d.Version.Load() == vd {
		t.Fatal("versions not bumped")
	}
	if v, exc := GetAttr(NewThread(), d.Obj(), Intern("x")); exc != nil || CompareInts(v, MakeInt(1)) != 0 {
		t.Fatalf("inherited attr: %v", exc)
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}

func TestSmallInts(t *testing.T) {
	for _, v := range []int64{0, 1, -1, SmallIntMax, SmallIntMin, SmallIntMax + 1, SmallIntMin - 1, 1 << 62, -1 << 63} {
		o := MakeInt(v)
		if got, ok := AsInt64(o); !ok || got != v {
			t.Fatalf("%d round-trips as %d", v, got)
		}
		if o.Type() != IntType {
			t.Fatalf("type of %d", v)
		}
		_, small := o.Small()
		if want := v >= SmallIntMin && v <= SmallIntMax && smallSpan != 0; small != want {
			t.Fatalf("%d small=%v", v, small)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = MakeInt(123456789) }); n != 0 && smallSpan != 0 {
		t.Fatalf("small int allocates %v", n)
	}
}

func TestExceptionHelpers(t *testing.T) {
	e := TypeError("unsupported operand type(s) for +: '%s' and '%s'", "int", "str")
	if e.Error() != "TypeError: unsupported operand type(s) for +: 'int' and 'str'" || !e.Matches(ExceptionType) {
		t.Fatal(e.Error())
	}
	c := ValueError("cause")
	e.SetCause(c)
	if e.Cause() != c || !e.SuppressContext() {
		t.Fatal("cause")
	}
	k := KeyError(NewStr("k").Obj())
	if k.Error() != "KeyError: 'k'" {
		t.Fatal(k.Error())
	}
}

func TestListSortModified(t *testing.T) {
	th := NewThread()
	l := NewList([]Object{MakeInt(3), MakeInt(1), MakeInt(2)})
	key := NewBuiltin("key", func(t *Thread, args []Object, kw *Tuple) (Object, *Exception) {
		l.Append(MakeInt(9))
		return args[0], nil
	})
	exc := l.Sort(th, key.Obj(), false)
	if exc == nil || exc.Error() != "ValueError: list modified during sort" {
		t.Fatalf("got %v", exc)
	}
}
