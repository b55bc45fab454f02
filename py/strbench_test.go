package py

import (
	"strconv"
	"strings"
	"testing"
)

// checkStr fails unless o is an exact str with text want and a code point
// count that agrees with its text (fast paths set n without counting).
func checkStr(t *testing.T, what string, o Object, want string) {
	t.Helper()
	s, ok := AsStr(o)
	if !ok {
		t.Fatalf("%s: not a str", what)
	}
	if s.s != want {
		t.Errorf("%s = %q, want %q", what, s.s, want)
	}
	if s.n != countRunes(s.s) || s.typ != StrType {
		t.Errorf("%s: n = %d for %q (type %v)", what, s.n, s.s, s.typ == StrType)
	}
}

func callStr(t *testing.T, recv, name string, args ...Object) Object {
	t.Helper()
	th := NewThread()
	m, exc := GetAttrS(th, NewStrObj(recv), name)
	if exc != nil {
		t.Fatalf("%s: %v", name, exc.Args())
	}
	r, exc := Call(th, m, args, nil)
	if exc != nil {
		t.Fatalf("%q.%s: %v", recv, name, exc.Args())
	}
	return r
}

func TestStrFastPaths(t *testing.T) {
	long := strings.Repeat("abcXYZ09 ", 7) // crosses the 8-byte words
	checkStr(t, "upper", callStr(t, long, "upper"), strings.ToUpper(long))
	checkStr(t, "lower", callStr(t, long, "lower"), strings.ToLower(long))
	checkStr(t, "swapcase", callStr(t, "aZ@[`{ ", "swapcase"), "Az@[`{ ")
	checkStr(t, "capitalize", callStr(t, "hELLO wORLD", "capitalize"), "Hello world")
	checkStr(t, "title", callStr(t, "it's a x-RAY3d", "title"), "It'S A X-Ray3D")
	checkStr(t, "upper non-ASCII", callStr(t, "straße é", "upper"), "STRASSE É")
	checkStr(t, "replace", callStr(t, "a-b-c-d", "replace", NewStrObj("-"), NewStrObj("éé"), MakeInt(2)), "aéébééc-d")
	checkStr(t, "replace long", callStr(t, "xxéxx", "replace", NewStrObj("xx"), NewStrObj("y")), "yéy")
	checkStr(t, "join", callStr(t, "é", "join", NewList([]Object{NewStrObj("a"), NewStrObj("bc"), NewStrObj("")}).Obj()), "aébcé")
	checkStr(t, "strip", callStr(t, " \t ab c\n", "strip"), "ab c")
	checkStr(t, "format", callStr(t, "{}|{:>4}|{!r}", "format", MakeInt(-12), NewStrObj("é"), NewStrObj("q")), "-12|   é|'q'")
	checkStr(t, "nested format", callStr(t, "{:{}}|{}", "format", MakeInt(1), MakeInt(3), MakeInt(2)), "  1|2")
	r, exc := strMod(NewThread(), NewStrObj("%d-%s-%5.1f%%"), NewTuple(MakeInt(42), NewStrObj("é"), NewFloat(2.25)).Obj())
	if exc != nil {
		t.Fatal(exc.Args())
	}
	checkStr(t, "percent", r, "42-é-  2.2%")
	checkStr(t, "StrFromInt", StrFromInt(-9876543210).Obj(), "-9876543210")
	checkStr(t, "BuildString", BuildString([]Object{NewStrObj("é"), emptyStr.Obj(), NewStrObj("x1")}), "éx1")

	l, _ := AsList(callStr(t, "  alpha  beta\tgamma é ", "split"))
	parts := l.Items()
	if len(parts) != 4 {
		t.Fatalf("split: %d parts", len(parts))
	}
	for i, w := range []string{"alpha", "beta", "gamma", "é"} {
		checkStr(t, "split part", parts[i], w)
	}
	l, _ = AsList(callStr(t, "a,bé,,c", "split", NewStrObj(",")))
	for i, w := range []string{"a", "bé", "", "c"} {
		checkStr(t, "split sep part", l.Items()[i], w)
	}
	src := NewStrObj("nospace")
	l, _ = AsList(Must(Call(NewThread(), Must(GetAttrS(NewThread(), src, "split")), nil, nil)))
	if l.Items()[0] != src {
		t.Errorf("split of a word is not the str itself")
	}
	if countRunes("abcdefghé"+strings.Repeat("z", 20)+"\xed\xa0\x80") != 30 {
		t.Errorf("countRunes miscounts")
	}
}

// Must panics on a Python exception (tests only).
func Must(o Object, exc *Exception) Object {
	if exc != nil {
		panic(exc)
	}
	return o
}

func benchMethod(b *testing.B, recv Object, name string, args ...Object) {
	th := NewThread()
	m, exc := GetAttrS(th, recv, name)
	if exc != nil {
		b.Fatal(exc)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, exc := Call(th, m, args, nil); exc != nil {
			b.Fatal(exc)
		}
	}
}

func words(n int) []Object {
	out := make([]Object, n)
	for i := range out {
		out[i] = NewStrObj(strconv.Itoa(i))
	}
	return out
}

// BenchmarkStrJoin is ",".join of 1000 short strs.
func BenchmarkStrJoin(b *testing.B) {
	benchMethod(b, NewStrObj(","), "join", NewList(words(1000)).Obj())
}

func BenchmarkStrUpperReplace(b *testing.B) {
	parts := make([]string, 1000)
	for i := range parts {
		parts[i] = "abc" + strconv.Itoa(i) + "x"
	}
	w := NewStr(strings.Join(parts, " "))
	th := NewThread()
	b.ReportAllocs()
	b.SetBytes(int64(len(w.s)))
	for range b.N {
		u := strCaseMapStr(w, caseUpperOp)
		if _, exc := strReplace(th, u, []Object{NewStrObj("X"), NewStrObj("y")}, nil); exc != nil {
			b.Fatal(exc)
		}
	}
}

func BenchmarkStrCapitalize(b *testing.B) {
	benchMethod(b, NewStrObj("alpha"), "capitalize")
}

func BenchmarkStrSplitWhitespace(b *testing.B) {
	benchMethod(b, NewStrObj(strings.Repeat("alpha beta gamma delta ", 1000)), "split")
}

func BenchmarkStrSplitSep(b *testing.B) {
	benchMethod(b, NewStrObj(strings.Repeat("alpha,beta,gamma,delta,", 1000)), "split", NewStrObj(","))
}

func BenchmarkStrStrip(b *testing.B) {
	benchMethod(b, NewStrObj("  alpha  "), "strip")
}

func BenchmarkStrFormatMethod(b *testing.B) {
	benchMethod(b, NewStrObj("{}|{}"), "format", MakeInt(123456), MakeInt(123457))
}

func BenchmarkStrPercent(b *testing.B) {
	th := NewThread()
	f := NewStrObj("%d-%s")
	args := NewTuple(MakeInt(123456), NewStrObj("x")).Obj()
	b.ReportAllocs()
	for range b.N {
		if _, exc := strMod(th, f, args); exc != nil {
			b.Fatal(exc)
		}
	}
}

// BenchmarkStrFString is f"{i}:{j}": two FORMAT_SIMPLEs and a BUILD_STRING.
func BenchmarkStrFString(b *testing.B) {
	th := NewThread()
	colon := NewStrObj(":")
	b.ReportAllocs()
	for i := range b.N {
		x, _ := Format(th, MakeInt(int64(i)), "")
		y, _ := Format(th, MakeInt(int64(i*3%7)), "")
		BuildString([]Object{x, colon, y})
	}
}

func BenchmarkStrCountFind(b *testing.B) {
	parts := make([]string, 10000)
	for i := range parts {
		parts[i] = strconv.Itoa(i)
	}
	s := NewStrObj(strings.Join(parts, ","))
	benchMethod(b, s, "count", NewStrObj("3"))
}

// TestStrWordTricks checks the eight-bytes-at-a-time case flip and byte
// replacement against plain byte loops for every byte value.
func TestStrWordTricks(t *testing.T) {
	var all []byte
	for c := range 128 {
		all = append(all, byte(c))
	}
	src := string(all) + string(all[:13]) // a tail that is not a whole word
	got := make([]byte, len(src))
	asciiFlip(got, src, true, true)
	for i := range len(src) {
		c := src[i]
		if isASCIILetter(c) {
			c ^= 0x20
		}
		if got[i] != c {
			t.Fatalf("asciiFlip(%#x) = %#x", src[i], got[i])
		}
	}
	withHigh := src + "\x80\xff\xc3\xa9" + src
	for _, o := range []byte{0, 'a', 0x7f} {
		for _, x := range []byte{1, 'Z', 0x7f} {
			replaceByte(got[:0:0], "", o, x)
			out := make([]byte, len(withHigh))
			replaceByte(out, withHigh, o, x)
			for i := range len(withHigh) {
				want := withHigh[i]
				if want == o {
					want = x
				}
				if out[i] != want {
					t.Fatalf("replaceByte(%#x->%#x) at %d: %#x, want %#x", o, x, i, out[i], want)
				}
			}
		}
	}
}
