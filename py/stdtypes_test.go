package py

import (
	"math"
	"testing"
)

func TestFloatHexRoundTrip(t *testing.T) {
	cases := map[float64]string{
		1.0:                     "0x1.0000000000000p+0",
		-2.5:                    "-0x1.4000000000000p+1",
		0:                       "0x0.0p+0",
		5e-324:                  "0x0.0000000000001p-1022",
		math.MaxFloat64:         "0x1.fffffffffffffp+1023",
		math.Inf(-1):            "-inf",
		2.2250738585072014e-308: "0x1.0000000000000p-1022",
	}
	for x, want := range cases {
		if got := FloatHex(x); got != want {
			t.Errorf("FloatHex(%v) = %q, want %q", x, got, want)
		}
		back, exc := FloatFromHex(want)
		if exc != nil || back != x {
			t.Errorf("FloatFromHex(%q) = %v, %v", want, back, exc)
		}
	}
	if _, exc := FloatFromHex("0x1p99999"); exc == nil || !exc.Matches(OverflowErrorType) {
		t.Errorf("overflow not reported: %v", exc)
	}
	for _, bad := range []string{"", "0x", "1.5.5", "0x1p", "ff ff"} {
		if _, exc := FloatFromHex(bad); exc == nil || !exc.Matches(ValueErrorType) {
			t.Errorf("FloatFromHex(%q) accepted", bad)
		}
	}
}

func TestStrCaseMapSpecialCasing(t *testing.T) {
	cases := []struct{ in, op, want string }{
		{"straße", "upper", "STRASSE"},
		{"ﬁ", "upper", "FI"},
		{"ŉ", "upper", "ʼN"},
		{"İ", "lower", "i̇"},
		{"ΟΔΟΣ ΣΤΟ", "lower", "οδος στο"},
		{"ΑΣ'", "lower", "ας'"},
		{"ß", "casefold", "ss"},
		{"ǆemal", "title", "ǅemal"},
		{"hello WORLD", "swapcase", "HELLO world"},
		{"ﬃx", "capitalize", "Ffix"},
	}
	for _, c := range cases {
		if got := strCaseMap(c.in, c.op); got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.op, c.in, got, c.want)
		}
	}
}

func TestBytesHexAndFromHex(t *testing.T) {
	th := NewThread()
	r, exc := bytesHex(th, []byte{1, 2, 3, 4, 5}, []Object{NewStr(":").Obj(), MakeInt(2)}, nil)
	if exc != nil || (*Str)(r.p).s != "01:0203:0405" {
		t.Fatalf("hex = %v %v", r, exc)
	}
	b, exc := parseHex(" de ad\tBE ef ")
	if exc != nil || string(b) != "\xde\xad\xbe\xef" {
		t.Fatalf("parseHex = %x %v", b, exc)
	}
	if _, exc := parseHex("abc"); exc == nil {
		t.Fatal("odd digit count accepted")
	}
}

func TestByteArrayMutation(t *testing.T) {
	th := NewThread()
	ba := NewByteArray([]byte("hello"))
	if exc := byteArraySetItem(th, ba.Obj(), NewSlice(MakeInt(1), MakeInt(3), None).Obj(), NewBytes([]byte("EY!")).Obj()); exc != nil {
		t.Fatal(exc)
	}
	if got := string(ba.Data()); got != "hEY!lo" {
		t.Fatalf("after slice assignment: %q", got)
	}
	if exc := byteArraySetItem(th, ba.Obj(), NewSlice(None, None, MakeInt(2)).Obj(), NewBytes([]byte("ab")).Obj()); exc == nil {
		t.Fatal("extended slice size mismatch accepted")
	}
}

func TestUnionAndGenericAlias(t *testing.T) {
	u := MakeUnion(IntType.Obj(), StrType.Obj())
	args, ok := UnionArgs(u)
	if !ok || args.Len() != 2 {
		t.Fatalf("int | str = %v", u)
	}
	if MakeUnion(u, IntType.Obj()).p == u.p {
		t.Fatal("union with a member must make a new (equal) union")
	}
	if r := MakeUnion(IntType.Obj(), MakeInt(5)); r.p != NotImplemented.p {
		t.Fatal("int | 5 must be NotImplemented")
	}
	if g := NewGenericAlias(ListType.Obj(), IntType.Obj()); !IsGenericAlias(g) {
		t.Fatal("list[int] is not a GenericAlias")
	}
}
