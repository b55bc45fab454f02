package compiler

import (
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/parser"
)

func compileWarnings(t *testing.T, src string) []string {
	t.Helper()
	mod, _, perr := parser.Parse("w.py", []byte(src), parser.Options{FileInput: true})
	if perr != nil {
		t.Fatal(perr.Msg)
	}
	_, ws, err := Compile(mod, "w.py", "exec", Options{})
	if err != nil {
		t.Fatal(err.Msg)
	}
	var out []string
	for _, w := range ws {
		out = append(out, w.Msg)
	}
	return out
}

// The code generator warns, as CPython's does, about literals used with
// "is", called or subscripted.
func TestLiteralSyntaxWarnings(t *testing.T) {
	cases := map[string]string{
		"x is 1\n":       `"is" with 'int' literal. Did you mean "=="?`,
		"x is not 'a'\n": `"is not" with 'str' literal. Did you mean "!="?`,
		"'abc'(1)\n":     "'str' object is not callable; perhaps you missed a comma?",
		"None[0]\n":      "'NoneType' object is not subscriptable; perhaps you missed a comma?",
		"[1, 2]['a']\n":  "list indices must be integers or slices, not str; perhaps you missed a comma?",
		"x is None\n":    "",
		"[1][0]\n":       "",
		"f(1)[x]\n":      "",
	}
	for src, want := range cases {
		got := strings.Join(compileWarnings(t, src), "|")
		if got != want {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
	}
}

// PEP 709: an inlined comprehension's variables never leak into or share
// cells with the enclosing function, and class-level names are invisible
// inside it.
func TestInlinedComprehensionIsolation(t *testing.T) {
	mod, _, perr := parser.Parse("c.py", []byte("def f():\n    fs = [lambda: j for j in range(3)]\n    j = 'x'\n    return fs\n"), parser.Options{FileInput: true})
	if perr != nil {
		t.Fatal(perr.Msg)
	}
	code, _, err := Compile(mod, "c.py", "exec", Options{})
	if err != nil {
		t.Fatal(err.Msg)
	}
	dis := code.Disassemble()
	// The comprehension saves and restores the function's own cell.
	if !strings.Contains(dis, "MAKE_CELL") || strings.Count(dis, "MOVE_RAW") < 2 {
		t.Fatalf("no cell save/restore:\n%s", dis)
	}
}
