package tests

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pygo/pygo/internal/cli"
	"github.com/pygo/pygo/vm"
)

// FuzzRun runs generated and mutated Python programs (seeded with the
// conformance cases, tests/exec/**/*.py) through the whole command line and
// fails when a Go panic escapes the interpreter or a program does not stop
// once interrupted (the fuzzer's own time bound). Besides the fuzzer's
// byte-level changes, a non-zero mutation number applies line- and
// token-level changes that keep most programs valid (see mutate), so that
// the interpreter, not only the parser, meets odd programs. A Go panic the
// interpreter recovered becomes SystemError("internal error: ..."), which
// fails too under PYGO_FUZZ_STRICT=1.
//
//	go test ./tests -run '^$' -fuzz FuzzRun -fuzztime 2m
func FuzzRun(f *testing.F) {
	// Mutated seeds only when fuzzing: a mutant may build a huge value
	// (a str repeated a billion times), which a routine test run must not.
	fuzzing := false
	if fl := flag.Lookup("test.fuzz"); fl != nil && fl.Value.String() != "" {
		fuzzing = true
	}
	n := uint64(0)
	filepath.WalkDir(filepath.Join(root, "tests", "exec"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if b, err := os.ReadFile(p); err == nil {
				n++
				f.Add(b, uint64(0))
				if fuzzing {
					f.Add(b, n)
				}
			}
		}
		return nil
	})
	for _, s := range fuzzSeeds {
		f.Add([]byte(s), uint64(0))
	}
	// Programs may write files: they run in a scratch folder, with the
	// cases' folders on PYTHONPATH for their support modules.
	var paths []string
	filepath.WalkDir(filepath.Join(root, "tests", "exec"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && !strings.HasPrefix(d.Name(), "_") {
			abs, _ := filepath.Abs(p)
			paths = append(paths, abs)
		}
		return nil
	})
	fuzzPath = strings.Join(paths, string(filepath.ListSeparator))
	f.Chdir(f.TempDir())
	strict := os.Getenv("PYGO_FUZZ_STRICT") != ""
	f.Fuzz(func(t *testing.T, src []byte, mutation uint64) {
		if mutation != 0 {
			src = mutate(src, mutation)
		}
		start := time.Now()
		if dir := os.Getenv("PYGO_FUZZ_SLOWLOG"); dir != "" {
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("current-%d.py", os.Getpid())), src, 0o644)
		}
		code, stderr, problem := runBounded(string(src), fuzzPath, 2*time.Second)
		if dir := os.Getenv("PYGO_FUZZ_SLOWLOG"); dir != "" && time.Since(start) > time.Second {
			os.WriteFile(filepath.Join(dir, fmt.Sprintf("slow-%d.py", time.Now().UnixNano())), src, 0o644)
		}
		if problem != "" {
			t.Fatalf("%s\nprogram:\n%s", problem, src)
		}
		if strict && strings.Contains(stderr, "SystemError: internal error") {
			t.Fatalf("recovered Go panic (status %d):\n%s\nprogram:\n%s", code, stderr, src)
		}
	})
}

// fuzzPath is PYTHONPATH for the fuzzed programs.
var fuzzPath string

// fuzzSeeds are extra seeds aimed at the interpreter's corners.
var fuzzSeeds = []string{
	"x = [1]\nx.append(x)\nprint(x, repr(x), str(x))\n",
	"d = {}\nd[1] = d\nprint(d)\n",
	"raise ExceptionGroup('g', [ValueError(1), ExceptionGroup('h', [TypeError()])])\n",
	"import sys\nsys.exit('bye')\n",
	"def g():\n    yield from g()\nlist(g())\n",
	"class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n",
	"print(1 << 100000 >> 99999, -7 // 0.5, divmod(-7, 2))\n",
	"s = 'ab' * 5\nprint(s[::-2], s[100:], s[-100:2], s.split(''))\n",
	"while True:\n    pass\n",
	"e = ValueError()\ne.__context__ = e\nraise e\n",
	"exec('def f(:')\n",
	"eval(compile('1+', '<s>', 'eval'))\n",
	"import sys\nsys.setrecursionlimit(10**5)\ndef f(n):\n    return f(n + 1)\nf(0)\n",
	"print(*range(3), sep=None, end=None)\nprint(format(1.5, '>+10.3e'), f'{3!r:>{4}}')\n",
	"a, *b, c = range(2)\n",
	"match [1, 2]:\n    case [x, *y] if x:\n        print(x, y)\n",
}

// runBounded runs src as `pygo -c SRC` with PYTHONPATH=path; after limit it interrupts the
// program (KeyboardInterrupt), and a program that still runs a second
// later is reported as hung. problem is non-empty for a Go panic that
// escaped or a hang.
func runBounded(src, path string, limit time.Duration) (code int, stderr, problem string) {
	var (
		mu sync.Mutex
		in *vm.Interp
	)
	type result struct {
		code   int
		stderr string
		panic  string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		r := result{code: -1}
		defer func() {
			if p := recover(); p != nil {
				r.panic = fmt.Sprint(p)
			}
			r.stderr = errb.String()
			done <- r
		}()
		r.code = cli.Run(&cli.Process{
			Prog: "pygo", Args: []string{"-c", src},
			Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
			Getenv: func(k string) string {
				if k == "PYTHONPATH" {
					return path
				}
				return ""
			},
			Started: func(i *vm.Interp) {
				mu.Lock()
				in = i
				mu.Unlock()
			},
		})
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.panic != "" {
			return r.code, r.stderr, "Go panic escaped: " + r.panic
		}
		return r.code, r.stderr, ""
	case <-timer.C:
	}
	// Interrupt until it stops (a program may catch KeyboardInterrupt).
	deadline := time.After(10 * time.Second)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		mu.Lock()
		if in != nil {
			in.Interrupt()
		}
		mu.Unlock()
		select {
		case r := <-done:
			if r.panic != "" {
				return r.code, r.stderr, "Go panic escaped: " + r.panic
			}
			return r.code, r.stderr, ""
		case <-deadline:
			return -1, "", "program did not stop after being interrupted"
		case <-tick.C:
		}
	}
}

// mutate changes a program in ways that mostly keep it valid Python:
// literals replaced by unusual values, identifiers by other identifiers of
// the program, lines deleted, duplicated or swapped. The changes are drawn
// from a generator seeded with seed, so a failure reproduces.
func mutate(src []byte, seed uint64) []byte {
	rng := seed*0x9E3779B97F4A7C15 | 1
	next := func(n int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(n))
	}
	lines := strings.Split(string(src), "\n")
	if len(lines) == 0 {
		return src
	}
	var idents []string
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(l, func(r rune) bool {
			return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
		}) {
			if w[0] < '0' || w[0] > '9' {
				idents = append(idents, w)
			}
		}
	}
	values := []string{"0", "-1", "2**64", "1e308", "float('nan')", "None", "''", "'x' * 3", "b''",
		"[]", "()", "{}", "True", "-0.0", "10**20", "[1, [2, [3]]]", "(1, 'a')", "object()", "range(3)"}
	replaceWord := func(l string, isTarget func(string) bool, with func() string) string {
		words := []int{}
		for i := 0; i < len(l); {
			j := i
			for j < len(l) && (l[j] == '_' || l[j] >= 'a' && l[j] <= 'z' || l[j] >= 'A' && l[j] <= 'Z' || l[j] >= '0' && l[j] <= '9') {
				j++
			}
			if j > i {
				if isTarget(l[i:j]) {
					words = append(words, i, j)
				}
				i = j
			} else {
				i++
			}
		}
		if len(words) == 0 {
			return l
		}
		k := next(len(words)/2) * 2
		return l[:words[k]] + with() + l[words[k+1]:]
	}
	// Block headers (lines ending in ":") are kept in place, so that the
	// statements keep their blocks.
	header := func(l string) bool { return strings.HasSuffix(strings.TrimRight(l, " \t"), ":") }
	for n := 1 + next(3); n > 0; n-- {
		i := next(len(lines))
		indent := lines[i][:len(lines[i])-len(strings.TrimLeft(lines[i], " \t"))]
		op := next(6)
		if header(lines[i]) && op >= 2 && op <= 4 {
			op = 1
		}
		switch op {
		case 0: // a number becomes an unusual value
			lines[i] = replaceWord(lines[i], func(w string) bool { return w[0] >= '0' && w[0] <= '9' },
				func() string { return "(" + values[next(len(values))] + ")" })
		case 1: // an identifier becomes another one of the program
			if len(idents) > 0 {
				lines[i] = replaceWord(lines[i], func(w string) bool { return w[0] < '0' || w[0] > '9' },
					func() string { return idents[next(len(idents))] })
			}
		case 2: // a line is dropped (pass keeps blocks valid)
			lines[i] = indent + "pass"
		case 3: // a line is repeated
			lines = append(lines[:i+1], lines[i:]...)
		case 4: // two lines change places, each taking the other's indentation
			j := next(len(lines))
			if !header(lines[j]) {
				jindent := lines[j][:len(lines[j])-len(strings.TrimLeft(lines[j], " \t"))]
				lines[i], lines[j] = indent+strings.TrimLeft(lines[j], " \t"), jindent+strings.TrimLeft(lines[i], " \t")
			}
		case 5: // an identifier becomes an unusual value
			lines[i] = replaceWord(lines[i], func(w string) bool { return w[0] < '0' || w[0] > '9' },
				func() string { return "(" + values[next(len(values))] + ")" })
		}
	}
	return []byte(strings.Join(lines, "\n"))
}

// TestMutants runs PYGO_MUTANTS=N mutations (see mutate) of every
// conformance case and lists the distinct internal errors (recovered Go
// panics), escaped panics and hangs it meets; without the variable it is
// skipped. It is FuzzRun's search without the fuzzer, for a quick survey.
func TestMutants(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("PYGO_MUTANTS"))
	if n <= 0 {
		t.Skip("set PYGO_MUTANTS=N to run N mutations of each case")
	}
	var seeds [][]byte
	var dirs []string
	filepath.WalkDir(filepath.Join(root, "tests", "exec"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			if b, err := os.ReadFile(p); err == nil {
				seeds = append(seeds, b)
				abs, _ := filepath.Abs(filepath.Dir(p))
				dirs = append(dirs, abs)
			}
		}
		return nil
	})
	t.Chdir(t.TempDir())
	seen := map[string]bool{}
	for k := 1; k <= n; k++ {
		for i, s := range seeds {
			src := mutate(s, uint64(k*100003+i))
			_, stderr, problem := runBounded(string(src), dirs[i], 2*time.Second)
			key := problem
			if key == "" {
				if j := strings.Index(stderr, "SystemError: internal error"); j >= 0 {
					key = strings.SplitN(stderr[j:], "\n", 2)[0]
				}
			}
			if key != "" && !seen[key] {
				seen[key] = true
				t.Errorf("%s\nprogram:\n%s", key, src)
			}
		}
	}
}
