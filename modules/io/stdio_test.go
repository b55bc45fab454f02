package io_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

// runStd runs src with the given standard input and environment and
// returns the exit status, stdout and stderr.
func runStd(t *testing.T, src, stdin string, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := cli.Run(&cli.Process{Prog: "pygo", Args: append(args, path), Stdin: strings.NewReader(stdin),
		Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }})
	return code, out.String(), errb.String()
}

// Reading sys.stdin: readline keeps "\r" (newline="\n" does not
// translate), input() strips only the "\n" and raises EOFError at the
// end. The text layer reads ahead, so sys.stdin.buffer then finds
// nothing left, as in CPython.
func TestStdinReading(t *testing.T) {
	src := `import sys
print(repr(sys.stdin.readline()))
print(repr(input("p> ")))
print(repr(sys.stdin.read(3)))
print(repr(next(iter(sys.stdin))))
print(sys.stdin.buffer.read())
print(input(), input())
try:
    input()
except EOFError as e:
    print("EOFError", e)
`
	code, out, errs := runStd(t, src, "one\r\ntwo\r\nabcdef\nrest\nlast", nil)
	want := "'one\\r\\n'\np> 'two\\r'\n'abc'\n'def\\n'\nb''\nrest last\nEOFError EOF when reading a line\n"
	if code != 0 || out != want || errs != "" {
		t.Fatalf("status %d\nstdout %q\nwant   %q\nstderr %q", code, out, want, errs)
	}
}

// Under -u (or PYTHONUNBUFFERED) the buffer is the FileIO itself and the
// text layer writes through; otherwise text waits in the text layer
// until flushed, so a write to .buffer comes first, as in CPython.
func TestStdoutBuffering(t *testing.T) {
	src := `import sys
sys.stdout.write("text ")
sys.stdout.buffer.write(b"bytes ")
print(type(sys.stdout.buffer).__name__, sys.stdout.write_through, sys.stdout.line_buffering, sys.stderr.line_buffering)
`
	for _, c := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{nil, nil, "bytes text BufferedWriter False False True\n"},
		{[]string{"-u"}, nil, "text bytes FileIO True False False\n"},
		{nil, map[string]string{"PYTHONUNBUFFERED": "1"}, "text bytes FileIO True False False\n"},
	} {
		code, out, errs := runStd(t, src, "", c.env, c.args...)
		if code != 0 || out != c.want || errs != "" {
			t.Errorf("%v %v: status %d, stdout %q, stderr %q; want %q", c.args, c.env, code, out, errs, c.want)
		}
	}
}

type failingWriter struct{ err error }

func (w failingWriter) Write(p []byte) (int, error) { return 0, w.err }

// A failure to write sys.stdout surfaces as the OSError subclass of its
// errno, from print() once the buffer fills and at the exit flush
// (status 120, as CPython).
func TestStdoutWriteErrors(t *testing.T) {
	run := func(src string) (int, string) {
		var errb bytes.Buffer
		code := cli.Run(&cli.Process{Prog: "pygo", Args: []string{"-c", src}, Stdin: strings.NewReader(""),
			Stdout: failingWriter{syscall.EPIPE}, Stderr: &errb, Getenv: func(string) string { return "" }})
		return code, errb.String()
	}
	code, errs := run("print('x')")
	if want := "Exception ignored while flushing sys.stdout:\nBrokenPipeError: [Errno 32] Broken pipe\n"; code != 120 || errs != want {
		t.Errorf("status %d, stderr %q; want 120, %q", code, errs, want)
	}
	code, errs = run("import sys\ntry:\n    sys.stdout.write('x' * 100000)\n    sys.stdout.flush()\nexcept OSError as e:\n    print(type(e).__name__, e.errno, file=sys.stderr)\n")
	if !strings.HasPrefix(errs, "BrokenPipeError 32\n") {
		t.Errorf("status %d, stderr %q; want BrokenPipeError 32 first", code, errs)
	}
}

// The standard streams as CPython 3.14 builds them (values as a native
// python3.14 run under pipes shows them): TextIOWrapper over a
// BufferedReader/BufferedWriter over a FileIO named '<stdout>' and so
// on, closefd=False; UTF-8, stderr with backslashreplace and line
// buffering, stdout line buffered only on a terminal.
func TestStdStreamAttributes(t *testing.T) {
	src := `import sys, io
for f in (sys.stdin, sys.stdout, sys.stderr):
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__, f.name, f.mode, f.buffer.raw.mode)
    print(" ", f.encoding, f.errors, f.line_buffering, f.write_through, f.fileno(), f.isatty(), f.buffer.raw.closefd)
    print(" ", f, f.buffer, f.buffer.raw)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.seekable(), sys.stdout.readable(), sys.stdin.writable())
for f in (lambda: sys.stdout.tell(), lambda: sys.stdout.read(), lambda: sys.stdin.write("x")):
    try:
        f()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
`
	want := `TextIOWrapper BufferedReader FileIO <stdin> r rb
  utf-8 strict False False 0 False False
  <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'> <_io.BufferedReader name='<stdin>'> <_io.FileIO name='<stdin>' mode='rb' closefd=False>
TextIOWrapper BufferedWriter FileIO <stdout> w wb
  utf-8 strict False False 1 False False
  <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'> <_io.BufferedWriter name='<stdout>'> <_io.FileIO name='<stdout>' mode='wb' closefd=False>
TextIOWrapper BufferedWriter FileIO <stderr> w wb
  utf-8 backslashreplace True False 2 False False
  <_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'> <_io.BufferedWriter name='<stderr>'> <_io.FileIO name='<stderr>' mode='wb' closefd=False>
True True True
False False False
UnsupportedOperation underlying stream is not seekable
UnsupportedOperation not readable
UnsupportedOperation not writable
`
	code, out, errs := runStd(t, src, "", nil)
	if code != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", code, errs)
	}
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

// Threads printing to sys.stdout at once: every line arrives whole (the
// text and buffered layers each serialise their writes).
func TestStdoutConcurrentPrint(t *testing.T) {
	src := `import threading, sys
def work(k):
    for i in range(500):
        print("thread", k, "line", i)
        if i % 100 == 0:
            sys.stdout.buffer.write(b"raw %d\n" % k)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for th in ts:
    th.start()
for th in ts:
    th.join()
`
	code, out, errs := runStd(t, src, "", nil)
	if code != 0 || errs != "" {
		t.Fatalf("status %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4*505 {
		t.Fatalf("%d lines, want %d", len(lines), 4*505)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "thread ") && !strings.HasPrefix(l, "raw ") {
			t.Fatalf("torn line %q", l)
		}
	}
}
