package tests

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pygo/pygo/internal/cli"
)

// execTimeout bounds one program, so that a VM stuck in a loop fails its
// case instead of hanging the suite.
const execTimeout = 30 * time.Second

// TestExec runs every tests/exec/NAME.py as `pygo tests/exec/NAME.py` from
// the repository root, in process, and compares stdout, stderr and the exit
// status with NAME.out, NAME.err and NAME.rc, which CPython 3.14 produced
// for the same relative file name (`go run ./tools/oracle/regen`), so
// tracebacks match without rewriting paths.
func TestExec(t *testing.T) {
	cases := listCases(t, "exec", true)
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	pass := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			exp := func(ext string) string {
				b, err := os.ReadFile(filepath.Join("tests", "exec", base+ext))
				if err != nil {
					t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
				}
				return string(b)
			}
			wantOut, wantErr, wantRC := exp(".out"), exp(".err"), strings.TrimSpace(exp(".rc"))
			code, stdout, stderr := runProgram("tests/exec/" + c)
			problem := diff("stdout", wantOut, stdout) + diff("stderr", wantErr, stderr)
			if strconv.Itoa(code) != wantRC {
				problem += fmt.Sprintf("exit status %d, want %s\n", code, wantRC)
			}
			if known.finish(t, "exec/"+base, problem) {
				pass++
			}
		})
	}
	t.Logf("exec: %d/%d programs match CPython", pass, len(cases))
}

func runProgram(path string) (code int, stdout, stderr string) {
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		r := result{code: -1}
		defer func() {
			if p := recover(); p != nil {
				errb.WriteString(fmt.Sprintf("panic: %v", p))
			}
			r.stdout, r.stderr = out.String(), errb.String()
			done <- r
		}()
		r.code = cli.Main("pygo", []string{path}, strings.NewReader(""), &out, &errb)
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(execTimeout):
		return -1, "", "timed out"
	}
}
