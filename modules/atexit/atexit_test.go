package atexit_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

// Callbacks run at exit last-registered first, after the main program and
// its uncaught-exception report; a failing callback is reported and the
// others still run; the exit status is the program's.
func TestExitOrder(t *testing.T) {
	src := `
import atexit
atexit.register(print, "registered first")
@atexit.register
def fails():
    raise KeyError("k")
atexit.register(print, "registered last", sep="")
raise SystemExit(3)
`
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := cli.Main("pygo", []string{path}, strings.NewReader(""), &out, &errb)
	if code != 3 {
		t.Errorf("exit status %d, want 3", code)
	}
	if want := "registered last\nregistered first\n"; out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	e := errb.String()
	if !strings.HasPrefix(e, "Exception ignored in atexit callback <function fails at 0x") ||
		!strings.HasSuffix(e, "KeyError: 'k'\n") {
		t.Errorf("stderr:\n%s", e)
	}
}
