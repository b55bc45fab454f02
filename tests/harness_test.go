package tests

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
	"github.com/pygo/pygo/syntax/scanner"
)

// The suites run with the working directory tests/; case names are given to
// the parser relative to the repository root, as the oracle was given them.
const root = ".."

const knownFile = "known_failures.txt"

var recordKnown = flag.Bool("record-known", false,
	"rewrite "+knownFile+" with the cases of the suites that ran which fail now, and do not fail on them")

// parseTimeout bounds one parse so that a parser stuck in a loop fails its
// case instead of hanging the whole run.
const parseTimeout = 30 * time.Second

func TestMain(m *testing.M) {
	flag.Parse()
	// Some tests change directory; the list is read once, from tests/.
	known.load()
	code := m.Run()
	if *recordKnown {
		if err := known.write(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			code = 1
		}
	}
	os.Exit(code)
}

// knownFailures is the ratchet that lets the suites run green while the
// front end is incomplete: a listed case may fail (it is reported as
// skipped, with its first difference), an unlisted failing case fails the
// run, and a listed case that passes fails the run too, so the list only
// shrinks. Entries are "SUITE/NAME", e.g. "syntax/expr_walrus_01".
type knownFailures struct {
	once   sync.Once
	mu     sync.Mutex
	listed map[string]bool
	failed map[string]bool
	suites map[string]bool // suites that ran (their entries are rewritten)
	path   string          // absolute path of knownFile
}

var known knownFailures

func (k *knownFailures) load() {
	k.once.Do(func() {
		k.listed, k.failed, k.suites = map[string]bool{}, map[string]bool{}, map[string]bool{}
		if wd, err := os.Getwd(); err == nil {
			k.path = filepath.Join(wd, knownFile)
		}
		f, err := os.Open(k.path)
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line != "" && !strings.HasPrefix(line, "#") {
				k.listed[line] = true
			}
		}
	})
}

// finish records the outcome of case id and reports it on t; it returns
// whether the case matched CPython.
func (k *knownFailures) finish(t *testing.T, id, problem string) bool {
	t.Helper()
	k.load()
	k.mu.Lock()
	suite, _, _ := strings.Cut(id, "/")
	k.suites[suite] = true
	listed := k.listed[id]
	if problem != "" {
		k.failed[id] = true
	}
	k.mu.Unlock()
	switch {
	case problem == "" && listed && !*recordKnown:
		t.Errorf("%s passes now: remove it from tests/%s (or run `go test ./tests -args -record-known`)", id, knownFile)
	case problem == "":
	case listed || *recordKnown:
		t.Skipf("known failure (tests/%s):\n%s", knownFile, problem)
	default:
		t.Error(problem)
	}
	return problem == ""
}

func (k *knownFailures) write() error {
	k.load()
	var keep []string
	for id := range k.listed {
		suite, _, _ := strings.Cut(id, "/")
		if !k.suites[suite] {
			keep = append(keep, id)
		}
	}
	for id := range k.failed {
		keep = append(keep, id)
	}
	sort.Strings(keep)
	var b strings.Builder
	b.WriteString("# Conformance cases allowed to fail for now (see harness_test.go).\n")
	b.WriteString("# Regenerate: go test ./tests -args -record-known\n")
	for _, id := range keep {
		b.WriteString(id + "\n")
	}
	return os.WriteFile(k.path, []byte(b.String()), 0o644)
}

// listCases returns the *.py files under dir (relative to tests/), sorted,
// as paths relative to dir; subfolders named in skip are left out.
func listCases(t *testing.T, dir string, deep bool, skip ...string) []string {
	t.Helper()
	var cases []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if p == dir {
				return nil
			}
			for _, s := range skip {
				if rel == s {
					return filepath.SkipDir
				}
			}
			if !deep || strings.HasPrefix(d.Name(), "_") {
				return filepath.SkipDir
			}
			return nil
		}
		// Names starting with "_" are support modules that cases import.
		if strings.HasSuffix(rel, ".py") && !strings.HasPrefix(d.Name(), "_") {
			cases = append(cases, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(cases)
	return cases
}

type parseResult struct {
	mod      ast.Mod
	warnings []scanner.Warning
	err      *scanner.Error
	dump     string // ast.Dump of mod, when there is one
	panicked string
}

// parse runs the parser (and Dump) on src with a time limit, turning panics
// into a reported failure rather than a crash of the whole suite.
func parse(name string, src []byte, opts parser.Options, dump ast.DumpOptions) (res parseResult, timedOut bool) {
	done := make(chan parseResult, 1)
	go func() {
		var r parseResult
		defer func() {
			if p := recover(); p != nil {
				r.panicked = fmt.Sprint(p)
			}
			done <- r
		}()
		r.mod, r.warnings, r.err = parser.Parse(name, src, opts)
		if r.mod != nil {
			r.dump = ast.Dump(r.mod, dump) + "\n"
		}
	}()
	select {
	case r := <-done:
		return r, false
	case <-time.After(parseTimeout):
		return parseResult{}, true
	}
}

func formatWarnings(ws []scanner.Warning) string {
	var b strings.Builder
	for _, w := range ws {
		b.WriteString(strconv.Itoa(w.Lineno))
		b.WriteString(": ")
		b.WriteString(w.Category)
		b.WriteString(": ")
		b.WriteString(strings.ReplaceAll(w.Msg, "\n", `\n`))
		b.WriteString("\n")
	}
	return b.String()
}

// diff describes the first difference between want and got line by line,
// with a little context, or returns "" when they are equal.
func diff(what, want, got string) string {
	if want == got {
		return ""
	}
	wl := strings.SplitAfter(want, "\n")
	gl := strings.SplitAfter(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s differs from line %d (want %d lines, got %d):\n", what, i+1, len(wl), len(gl))
	from := max(0, i-3)
	show := func(tag string, lines []string) {
		for j := from; j < min(len(lines), i+4); j++ {
			mark := " "
			if j == i {
				mark = ">"
			}
			fmt.Fprintf(&b, "  %s%s %4d| %s\n", tag, mark, j+1, visible(lines[j]))
		}
	}
	show("want", wl)
	show("got ", gl)
	return b.String()
}

// visible shows a line without its newline, quoted when it holds control
// characters or invalid UTF-8 that would not show in a terminal.
func visible(line string) string {
	line = strings.TrimSuffix(line, "\n")
	for _, r := range line {
		if r < ' ' || r == 0x7f || r == utf8.RuneError {
			return strconv.Quote(line)
		}
	}
	return line
}

// errFacts is a parsed NAME.err: key -> raw value (an integer, a JSON
// string or null), in file order.
type errFacts struct {
	keys []string
	vals map[string]string
}

func readErrFacts(path string) (errFacts, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return errFacts{}, err
	}
	f := errFacts{vals: map[string]string{}}
	for _, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		k, v, _ := strings.Cut(line, " ")
		f.keys = append(f.keys, k)
		f.vals[k] = v
	}
	return f, nil
}

// compareError checks a pygo error against the facts with the given key
// prefix ("" for ast.parse, "compile." for compile()); it returns "" when
// they agree.
func compareError(f errFacts, prefix string, e *scanner.Error) string {
	if _, ok := f.vals[prefix+"class"]; !ok {
		if e == nil {
			return ""
		}
		return fmt.Sprintf("CPython raises no error here, pygo raised %s: %s (line %d, offset %d)", e.Kind, e.Msg, e.Lineno, e.Offset)
	}
	if e == nil {
		return fmt.Sprintf("pygo raised no error; CPython raises %s: %s", f.vals[prefix+"class"], f.vals[prefix+"msg"])
	}
	var b strings.Builder
	check := func(key, want string, match bool, got string) {
		if !match {
			fmt.Fprintf(&b, "  %s: want %s, got %s\n", key, want, got)
		}
	}
	intField := func(key string, got int) {
		want, ok := f.vals[prefix+key]
		if !ok {
			return
		}
		// pygo has no None for positions; 0 stands for it.
		w := want
		if w == "null" {
			w = "0"
		}
		check(key, want, w == strconv.Itoa(got), strconv.Itoa(got))
	}
	strField := func(key, got string, gotNull bool) {
		want, ok := f.vals[prefix+key]
		if !ok {
			return
		}
		gotS := "null"
		if !gotNull {
			gotS = strconv.Quote(got)
		}
		if want == "null" {
			check(key, want, gotNull, gotS)
			return
		}
		var s string
		if err := json.Unmarshal([]byte(want), &s); err != nil {
			fmt.Fprintf(&b, "  %s: bad expected value %s: %v\n", key, want, err)
			return
		}
		check(key, strconv.Quote(s), !gotNull && s == got, gotS)
	}
	check("class", f.vals[prefix+"class"], f.vals[prefix+"class"] == e.Kind, e.Kind)
	strField("msg", e.Msg, false)
	intField("lineno", e.Lineno)
	intField("offset", e.Offset)
	intField("end_lineno", e.EndLineno)
	intField("end_offset", e.EndOffset)
	strField("text", e.Text, e.NoText)
	if b.Len() == 0 {
		return ""
	}
	return "SyntaxError facts differ from CPython's:\n" + b.String()
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func itoa(i int) string { return strconv.Itoa(i) }

func toString(v any) string { return fmt.Sprint(v) }
