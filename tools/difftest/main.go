// Command difftest is a differential tester of pygo's front end against
// the CPython 3.14 oracle (tools/oracle). It generates many programs,
// answers them all with one oracle start-up, parses them with pygo and
// compares the results: the ast dump, the warnings, or the SyntaxError
// facts (class, msg, lineno, offset, end_lineno, end_offset, text).
//
//	go run ./tools/difftest -dir DIR -gen [-n N] [-seed S]
//	    writes generated programs to DIR/cases/MODE/KIND_NNNNN.py
//	go run ./tools/difftest -dir DIR -oracle
//	    answers every DIR/cases/**.py with the oracle into DIR/out/
//	go run ./tools/difftest -dir DIR [-v]
//	    compares pygo with DIR/out/ and prints the mismatches, grouped
//
// MODE (the case's folder) is exec, eval, single or func_type; exec cases
// use the oracle's "ast" job (ast.parse with type comments), the others its
// "mode-MODE" jobs. Hand-written probes can be dropped into the same
// folders. Nothing here is a test expectation: regression cases found with
// it go to tests/ and get their expected outputs from the regen tool.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
	"github.com/pygo/pygo/syntax/scanner"
)

var modes = []string{"exec", "eval", "single", "func_type"}

func main() {
	dir := flag.String("dir", "", "work directory (required)")
	gen := flag.Bool("gen", false, "generate programs into DIR/cases")
	runOracle := flag.Bool("oracle", false, "answer DIR/cases with the oracle into DIR/out")
	n := flag.Int("n", 1000, "programs per generator")
	seed := flag.Int64("seed", 1, "random seed")
	zipPath := flag.String("zip", "tools/oracle/node_modules/pyodide/python_stdlib.zip", "stdlib zip for the mutation generator")
	verbose := flag.Bool("v", false, "print every mismatch, not only the first of each class")
	flag.Parse()
	if *dir == "" {
		fatal(fmt.Errorf("-dir is required"))
	}
	switch {
	case *gen:
		if err := generate(*dir, *zipPath, *n, *seed); err != nil {
			fatal(err)
		}
	case *runOracle:
		if err := oracle(*dir); err != nil {
			fatal(err)
		}
	default:
		if err := compare(*dir, *verbose); err != nil {
			fatal(err)
		}
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "difftest:", err)
	os.Exit(2)
}

// listCases returns DIR/cases/**.py relative to DIR/cases.
func listCases(dir string) ([]string, error) {
	base := filepath.Join(dir, "cases")
	var out []string
	err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".py") {
			rel, _ := filepath.Rel(base, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

func modeOf(rel string) string {
	m, _, _ := strings.Cut(rel, "/")
	return m
}

func oracle(dir string) error {
	cases, err := listCases(dir)
	if err != nil {
		return err
	}
	var lines []string
	for _, c := range cases {
		job := "ast"
		if m := modeOf(c); m != "exec" {
			job = "mode-" + m
		}
		lines = append(lines, job+" "+c)
	}
	list := filepath.Join(dir, "list.txt")
	if err := os.WriteFile(list, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	out := filepath.Join(dir, "out")
	os.RemoveAll(out)
	start := time.Now()
	cmd := exec.Command("node", "tools/oracle/oracle.mjs", "mixed", "--root", filepath.Join(dir, "cases"), "--out", out, "--list", list)
	cmd.Stderr = os.Stderr
	cmd.Stdout = nil
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "oracle:", err)
	}
	fmt.Printf("oracle: %d cases in %v\n", len(cases), time.Since(start).Round(time.Second))
	return nil
}

// result is what one side says about a case.
type result struct {
	ast, warn, err string
}

func compare(dir string, verbose bool) error {
	cases, err := listCases(dir)
	if err != nil {
		return err
	}
	type mismatch struct {
		rel, what string
	}
	var bad []mismatch
	compared := 0
	for _, rel := range cases {
		base := filepath.Join(dir, "out", strings.TrimSuffix(rel, ".py"))
		want := result{ast: readOr(base + ".ast"), warn: readOr(base + ".warn"), err: readOr(base + ".err")}
		if want.ast == "" && want.err == "" {
			continue // the oracle gave no answer (e.g. it crashed)
		}
		src, err := os.ReadFile(filepath.Join(dir, "cases", rel))
		if err != nil {
			return err
		}
		compared++
		got := runPygo(rel, src, modeOf(rel))
		if d := describe(want, got); d != "" {
			bad = append(bad, mismatch{rel, d})
		}
	}
	// Group by the first line of the description (the kind of difference).
	groups := map[string][]mismatch{}
	var keys []string
	for _, m := range bad {
		k := classOf(m.what)
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], m)
	}
	sort.Slice(keys, func(i, j int) bool { return len(groups[keys[i]]) > len(groups[keys[j]]) })
	for _, k := range keys {
		g := groups[k]
		fmt.Printf("=== %d x %s\n", len(g), k)
		for i, m := range g {
			if i > 0 && !verbose {
				if i < 4 {
					fmt.Printf("    also %s\n", m.rel)
				}
				continue
			}
			src, _ := os.ReadFile(filepath.Join(dir, "cases", m.rel))
			fmt.Printf("--- %s\n%s\n%s\n", m.rel, indent(strconv.Quote(string(src))), indent(m.what))
		}
	}
	fmt.Printf("difftest: %d programs compared, %d mismatches\n", compared, len(bad))
	return nil
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}

// classOf reduces a mismatch description to a key for grouping.
func classOf(what string) string {
	first, _, _ := strings.Cut(what, "\n")
	return first
}

func readOr(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return string(b)
}

func runPygo(rel string, src []byte, mode string) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: "panic: " + fmt.Sprint(p)}
		}
	}()
	m := mode
	if m == "exec" {
		m = ""
	}
	mod, warns, perr := parser.Parse(rel, src, parser.Options{Mode: m, TypeComments: true})
	var wb strings.Builder
	for _, w := range warns {
		fmt.Fprintf(&wb, "%d: %s: %s\n", w.Lineno, w.Category, strings.ReplaceAll(w.Msg, "\n", `\n`))
	}
	r.warn = wb.String()
	if perr != nil {
		r.err = facts(perr)
		return r
	}
	r.ast = ast.Dump(mod, ast.DumpOptions{IncludeAttributes: true, Indent: 3}) + "\n"
	return r
}

// facts formats an error as the oracle's NAME.err does.
func facts(e *scanner.Error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "class %s\n", e.Kind)
	fmt.Fprintf(&b, "msg %s\n", jstr(e.Msg))
	pos := func(k string, v int) {
		fmt.Fprintf(&b, "%s %d\n", k, v)
	}
	if e.Kind == "SyntaxError" || e.Kind == "IndentationError" || e.Kind == "TabError" || e.Kind == parser.IncompleteInput {
		pos("lineno", e.Lineno)
		pos("offset", e.Offset)
		pos("end_lineno", e.EndLineno)
		pos("end_offset", e.EndOffset)
		if e.NoText {
			b.WriteString("text null\n")
		} else {
			fmt.Fprintf(&b, "text %s\n", jstr(e.Text))
		}
	}
	return b.String()
}

func jstr(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(buf.String(), "\n")
}

// normFacts makes the oracle's facts comparable with ours: CPython's None
// positions are 0 here, and strings are re-encoded the same way.
func normFacts(s string) string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), " ")
		switch k {
		case "lineno", "offset", "end_lineno", "end_offset":
			if v == "null" {
				v = "0"
			}
		case "msg", "text":
			var str string
			if json.Unmarshal([]byte(v), &str) == nil {
				v = jstr(str)
			}
		}
		out = append(out, k+" "+v)
	}
	return strings.Join(out, "\n") + "\n"
}

// describe returns "" when got matches want, else a description whose
// first line classifies the difference.
func describe(want, got result) string {
	switch {
	case want.err != "" && got.err == "":
		return "pygo accepts, CPython raises " + firstMsg(want.err) + "\n" + want.err
	case want.err == "" && got.err != "":
		return "CPython accepts, pygo raises " + firstMsg(got.err) + "\n" + got.err
	case want.err != "":
		w, g := normFacts(want.err), normFacts(got.err)
		if w != g {
			wl, gl := strings.Split(w, "\n"), strings.Split(g, "\n")
			var diffs []string
			for i := 0; i < len(wl) && i < len(gl); i++ {
				if wl[i] != gl[i] {
					k, _, _ := strings.Cut(wl[i], " ")
					diffs = append(diffs, k)
				}
			}
			return "error " + strings.Join(diffs, ",") + " differ (CPython " + firstMsg(want.err) + ")\nwant:\n" + w + "got:\n" + g
		}
	default:
		if want.ast != got.ast {
			return "ast differs\n" + firstDiff(want.ast, got.ast)
		}
	}
	if want.warn != got.warn {
		return "warnings differ\nwant:\n" + want.warn + "got:\n" + got.warn
	}
	return ""
}

func firstMsg(facts string) string {
	for _, l := range strings.Split(facts, "\n") {
		if strings.HasPrefix(l, "msg ") {
			m := strings.TrimPrefix(l, "msg ")
			// Group messages that embed source text by their start.
			if len(m) > 40 {
				m = m[:40] + "..."
			}
			return m
		}
	}
	return "?"
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	from := max(0, i-3)
	var b strings.Builder
	for j := from; j < min(len(wl), i+3); j++ {
		fmt.Fprintf(&b, "want %4d| %s\n", j+1, wl[j])
	}
	for j := from; j < min(len(gl), i+3); j++ {
		fmt.Fprintf(&b, "got  %4d| %s\n", j+1, gl[j])
	}
	return b.String()
}
