package contextvars_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

func run(t *testing.T, src string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := cli.Main("pygo", []string{path}, strings.NewReader(""), &out, &errb); code != 0 || errb.Len() > 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
	}
	return out.String()
}

// Each thread has its own current context; threading.Thread starts in a
// copy of the starter's (3.14t), an explicit context= is used as given,
// and a context entered by one thread cannot be entered by another.
func TestThreadContexts(t *testing.T) {
	out := run(t, `
import contextvars, threading
v = contextvars.ContextVar("v", default="unset")
v.set("main")
seen = []
def show(tag):
    seen.append((tag, v.get()))
    v.set(tag)
for tag in ("a", "b"):
    th = threading.Thread(target=show, args=(tag,)); th.start(); th.join()
th = threading.Thread(target=show, args=("empty",), context=contextvars.Context()); th.start(); th.join()
print(seen, v.get())
ctx = contextvars.copy_context()
inside = threading.Event(); leave = threading.Event()
def hold():
    inside.set(); leave.wait()
th = threading.Thread(target=ctx.run, args=(hold,)); th.start()
inside.wait()
try:
    ctx.run(print, "entered twice")
except RuntimeError as e:
    print("RuntimeError")
leave.set(); th.join()
ctx.run(print, "free again")
`)
	want := "[('a', 'main'), ('b', 'main'), ('empty', 'unset')] main\nRuntimeError\nfree again\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
