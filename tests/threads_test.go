package tests

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

var threadOps = flag.Int("threads.ops", 0, "operations per thread in the tests/threads programs (0: 100000, or 10000 under -race)")

// TestThreads runs the free-threading safety programs of tests/threads:
// each starts 8 threads hammering shared lists, dicts, sets, counters,
// queues and executors and checks exact totals itself, printing "ok" last.
// They run in this process, so `go test -race` checks the interpreter's
// own memory accesses while Python threads run in parallel.
func TestThreads(t *testing.T) {
	ops := *threadOps
	if ops == 0 {
		ops = 100000
		if raceEnabled {
			ops = 10000
		}
		if testing.Short() {
			ops = 5000
		}
	}
	files, err := filepath.Glob(filepath.Join("threads", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "_") {
			continue
		}
		n++
		t.Run(strings.TrimSuffix(filepath.Base(f), ".py"), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := cli.Main("pygo", []string{f, strconv.Itoa(ops)}, strings.NewReader(""), &out, &errb)
			lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
			if code != 0 || lines[len(lines)-1] != "ok" || errb.Len() > 0 {
				t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out.String(), errb.String())
			}
		})
	}
	if n < 8 {
		t.Fatalf("only %d thread programs found", n)
	}
}

// TestThreadsValidPython checks that the programs are valid for CPython
// too: when a python3 is on PATH, each runs there with a few operations.
func TestThreadsValidPython(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil || testing.Short() || raceEnabled {
		t.Skip("no python3, or short/race run")
	}
	files, _ := filepath.Glob(filepath.Join("threads", "*.py"))
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), "_") {
			continue
		}
		out, err := runPython(py, f, "500")
		if err != nil || !strings.HasSuffix(strings.TrimSpace(out), "ok") {
			t.Errorf("%s under python3: %v\n%s", f, err, out)
		}
	}
}

func runPython(py string, args ...string) (string, error) {
	out, err := exec.Command(py, args...).CombinedOutput()
	return string(out), err
}
