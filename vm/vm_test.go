package vm

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/parser"
)

// run compiles and runs src as __main__, returning stdout and the
// uncaught exception's type name and message ("" if none).
func run(t *testing.T, src string) (string, string) {
	t.Helper()
	mod, _, perr := parser.Parse("t.py", []byte(src), parser.Options{FileInput: true})
	if perr != nil {
		t.Fatalf("parse: %v", perr.Msg)
	}
	code, _, cerr := compiler.Compile(mod, "t.py", "exec", compiler.Options{})
	if cerr != nil {
		t.Fatalf("compile: %v", cerr.Msg)
	}
	var out, errb bytes.Buffer
	in := NewInterp(Config{Stdout: &out, Stderr: &errb})
	exc := in.RunMain(code, "t.py")
	in.Flush()
	msg := ""
	if exc != nil {
		msg = exc.Error()
	}
	return out.String(), msg
}

func TestPrintAndArithmetic(t *testing.T) {
	out, exc := run(t, "x = 2 ** 70\nprint(x // 3, 7 % 3, 'a' + 'b', sep='|')\n")
	if exc != "" || out != "393530540239137101141|1|ab\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}

func TestNonRecursiveCalls(t *testing.T) {
	// Deep Python recursion must not grow the Go stack: the limit governs.
	src := "import sys\nsys.setrecursionlimit(100000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(50000))\n"
	out, exc := run(t, src)
	if exc != "" || out != "50000\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}

func TestRecursionError(t *testing.T) {
	_, exc := run(t, "def f():\n    f()\nf()\n")
	if exc != "RecursionError: maximum recursion depth exceeded" {
		t.Fatalf("got %q", exc)
	}
}

func TestArgumentErrors(t *testing.T) {
	cases := map[string]string{
		"def f(a, b): pass\nf(1)":                 "TypeError: f() missing 1 required positional argument: 'b'",
		"def f(a): pass\nf(1, 2)":                 "TypeError: f() takes 1 positional argument but 2 were given",
		"def f(a, *, k): pass\nf(1)":              "TypeError: f() missing 1 required keyword-only argument: 'k'",
		"def f(a): pass\nf(1, a=2)":               "TypeError: f() got multiple values for argument 'a'",
		"def f(a): pass\nf(b=2)":                  "TypeError: f() got an unexpected keyword argument 'b'",
		"def f(a, b, c): pass\nf()":               "TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'",
		"class C:\n  def m(self): pass\nC().m(1)": "TypeError: C.m() takes 1 positional argument but 2 were given",
	}
	for src, want := range cases {
		if _, exc := run(t, src+"\n"); exc != want {
			t.Errorf("%q: got %q, want %q", src, exc, want)
		}
	}
}

func TestGeneratorsAndExceptions(t *testing.T) {
	src := `
def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
print(list(g()))
try:
    {}["k"]
except KeyError as e:
    print("caught", repr(e))
`
	out, exc := run(t, src)
	if exc != "" || out != "fin\n[1, 2]\ncaught KeyError('k')\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}

func TestTracebackChain(t *testing.T) {
	src := "def f():\n    raise ValueError('x')\ntry:\n    f()\nexcept ValueError as e:\n    raise TypeError('y') from e\n"
	mod, _, _ := parser.Parse("t.py", []byte(src), parser.Options{FileInput: true})
	code, _, _ := compiler.Compile(mod, "t.py", "exec", compiler.Options{})
	var out, errb bytes.Buffer
	in := NewInterp(Config{Stdout: &out, Stderr: &errb})
	exc := in.RunMain(code, "t.py")
	if exc == nil || !exc.Matches(py.TypeErrorType) {
		t.Fatalf("want TypeError, got %v", exc)
	}
	chain := in.TracebackChain(exc)
	if len(chain) != 2 || chain[0].Summary != "ValueError: x" || chain[1].Summary != "TypeError: y" {
		t.Fatalf("chain %+v", chain)
	}
	if n := len(chain[0].Frames); n != 2 || chain[0].Frames[1].Name != "f" || chain[0].Frames[1].Line != 2 {
		t.Fatalf("frames %+v", chain[0].Frames)
	}
	if !strings.Contains(chain[0].Link, "direct cause") {
		t.Fatalf("link %q", chain[0].Link)
	}
}

func TestClassesAndSuper(t *testing.T) {
	src := `
class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v})"
    def __eq__(self, o): return self.v == o.v
class B(A):
    def __init__(self): super().__init__(7)
print(B(), B() == B(), B.__mro__[1].__name__)
try:
    hash(A(1))
except TypeError as e:
    print(e)
`
	out, exc := run(t, src)
	if exc != "" || out != "A(7) True A\nunhashable type: 'A'\n" {
		t.Fatalf("got %q, %q", out, exc)
	}
}
