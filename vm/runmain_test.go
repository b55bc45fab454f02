package vm

import (
	"strings"
	"testing"

	"github.com/pygo/pygo/py"
)

func init() {
	// A module whose function panics in Go, as a bug in a builtin would.
	RegisterModule("_pygo_test_panic", func(t *Thread, m *Module) *py.Exception {
		m.Dict.SetStr(py.Intern("boom"), py.NewBuiltin("boom", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			var s []int
			i := len(args) + 3
			return py.MakeInt(int64(s[i])), nil
		}).Obj())
		return nil
	})
}

// TestGoPanicBecomesSystemError: a Go panic inside a call from Python code
// is raised as SystemError where the call was, so Python handlers see it,
// and an uncaught one ends the program as an exception, not a Go trace.
func TestGoPanicBecomesSystemError(t *testing.T) {
	src := `import _pygo_test_panic as m
def f():
    return m.boom()
for i in range(3):
    try:
        f()
    except SystemError as e:
        print("caught", i, e)
print("after")
f()
`
	out, exc := run(t, src)
	want := "caught 0 internal error: runtime error: index out of range [3] with length 0\n"
	if !strings.HasPrefix(out, want) || !strings.Contains(out, "caught 2 ") || !strings.HasSuffix(out, "after\n") {
		t.Fatalf("stdout %q", out)
	}
	if !strings.HasPrefix(exc, "SystemError: internal error: runtime error: index out of range") {
		t.Fatalf("uncaught %q", exc)
	}
}

// TestInterruptRaisesKeyboardInterrupt: a pending SIGINT is delivered to
// the main thread at the next backward jump.
func TestInterruptRaisesKeyboardInterrupt(t *testing.T) {
	var in *Interp
	RegisterModule("_pygo_test_interrupt", func(th *Thread, m *Module) *py.Exception {
		m.Dict.SetStr(py.Intern("interrupt"), py.NewBuiltin("interrupt", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			vt(p).interp.Interrupt()
			return py.None, nil
		}).Obj())
		return nil
	})
	_ = in
	src := `import _pygo_test_interrupt as m
n = 0
try:
    while True:
        n += 1
        if n == 5:
            m.interrupt()
except KeyboardInterrupt:
    print("interrupted at", n)
`
	out, exc := run(t, src)
	if out != "interrupted at 5\n" || exc != "" {
		t.Fatalf("got %q, %q", out, exc)
	}
}
