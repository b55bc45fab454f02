// Command regen regenerates the expected outputs of pygo's conformance cases
// from the CPython 3.14 oracle (tools/oracle/oracle.mjs), or with -check
// verifies that the committed ones are what the oracle says now.
//
//	go run ./tools/oracle/regen            rewrite every expected file
//	go run ./tools/oracle/regen -check     list stale files, exit 1 if any
//	go run ./tools/oracle/regen tests/syntax/expr_walrus_01.py ...
//	                                       only these cases
//
// Case sets (paths relative to the repository root, which is also the file
// name the oracle hands CPython, so reports name files as tests would):
//
//	tests/syntax/**.py           valid programs: NAME.ast, NAME.warn (if any)
//	tests/syntaxerr/*.py         parse errors: NAME.err, NAME.report
//	tests/syntaxerr/typecomments/*.py
//	                             parse errors with type comments on
//	                             (ast.parse(type_comments=True))
//	tests/syntaxerr/compile/*.py errors found after parsing (symbol table,
//	                             compiler): NAME.err, NAME.report
//	tests/modes/MODE/*.py        ast.parse(src, mode=MODE, type_comments=True)
//	                             for MODE exec, eval, single, func_type:
//	                             NAME.ast and NAME.warn, or NAME.err and
//	                             NAME.warn (warnings of failed parses too)
//	tests/exec/**/*.py           programs run as `python3.14 tests/exec/NAME.py`
//	                             from the root (file name kept relative):
//	                             NAME.out, NAME.err, NAME.rc; files and
//	                             folders named _* are modules that cases
//	                             import, not cases
//
// Expected outputs are never written by hand; a case whose oracle answer does
// not fit its folder (a "valid" program that fails to parse, an "invalid" one
// that parses) is reported as an error instead of being written.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

type caseSet struct {
	dir      string   // folder, relative to the root
	job      string   // oracle job
	suffixes []string // outputs owned by the case; all others are stale
	deep     bool     // include subfolders
	skipDirs []string // subfolders (relative to dir) that belong to another set
	validate func(out map[string][]byte) error
}

var sets = []caseSet{
	{
		dir: "tests/syntax", job: "ast", suffixes: []string{"ast", "warn"}, deep: true,
		validate: func(out map[string][]byte) error {
			if e, ok := out["err"]; ok {
				return fmt.Errorf("does not parse under CPython 3.14:\n%s", e)
			}
			return nil
		},
	},
	{
		dir: "tests/syntaxerr", job: "error", suffixes: []string{"err", "report"},
		skipDirs: []string{"compile", "typecomments"},
		validate: parseError,
	},
	{
		dir: "tests/syntaxerr/typecomments", job: "error-tc", suffixes: []string{"err", "report"},
		validate: parseError,
	},
	{
		dir: "tests/exec", job: "run", suffixes: []string{"out", "err", "rc"}, deep: true,
		validate: func(out map[string][]byte) error {
			if _, ok := out["rc"]; !ok {
				return fmt.Errorf("the oracle gave no exit status")
			}
			return nil
		},
	},
	modeSet("exec"),
	modeSet("eval"),
	modeSet("single"),
	modeSet("func_type"),
	{
		dir: "tests/syntaxerr/compile", job: "error", suffixes: []string{"err", "report"},
		validate: func(out map[string][]byte) error {
			e := out["err"]
			if !bytes.HasPrefix(e, []byte("parse ok")) {
				return fmt.Errorf("ast.parse already rejects it; it belongs in tests/syntaxerr/:\n%s", e)
			}
			if bytes.Contains(e, []byte("compile ok")) {
				return fmt.Errorf("compile() accepts it too")
			}
			return nil
		},
	},
}

// modeSet is the case set of tests/modes/MODE: sources parsed with
// ast.parse(src, mode=MODE, type_comments=True), valid or not: NAME.ast
// and NAME.warn when they parse, NAME.err when they do not.
func modeSet(mode string) caseSet {
	return caseSet{
		dir: "tests/modes/" + mode, job: "mode-" + mode, suffixes: []string{"ast", "warn", "err"},
		validate: func(out map[string][]byte) error {
			_, a := out["ast"]
			_, e := out["err"]
			if a == e {
				return fmt.Errorf("the oracle gave neither a tree nor an error")
			}
			return nil
		},
	}
}

func parseError(out map[string][]byte) error {
	if bytes.HasPrefix(out["err"], []byte("parse ok")) {
		return fmt.Errorf("ast.parse accepts it; move it to tests/syntaxerr/compile/ or fix it:\n%s", out["err"])
	}
	return nil
}

func main() {
	check := flag.Bool("check", false, "do not write; list expected files that differ from the oracle and exit 1 if any")
	flag.Parse()
	root, err := repoRoot()
	if err != nil {
		fatal(err)
	}
	only := map[string]bool{}
	for _, a := range flag.Args() {
		abs, err := filepath.Abs(a)
		if err != nil {
			fatal(err)
		}
		rel, err := filepath.Rel(root, abs)
		if err != nil {
			fatal(err)
		}
		only[filepath.ToSlash(rel)] = true
	}
	oracle := filepath.Join(root, "tools", "oracle")
	if _, err := os.Stat(filepath.Join(oracle, "node_modules", "pyodide", "package.json")); err != nil {
		fatal(fmt.Errorf("the oracle is not installed: run `npm ci` in tools/oracle"))
	}

	// One oracle run answers every case of every set: start-up is the slow
	// part.
	type job struct {
		set  *caseSet
		rel  string
		line string
	}
	var jobs []job
	for i := range sets {
		set := &sets[i]
		cases, err := listCases(root, *set)
		if err != nil {
			fatal(err)
		}
		for _, c := range cases {
			if len(only) == 0 || only[c] {
				jobs = append(jobs, job{set, c, set.job + " " + c})
			}
		}
	}
	total := len(jobs)
	var problems, stale []string
	if total > 0 {
		tmp, err := os.MkdirTemp("", "pygo-regen-")
		if err != nil {
			fatal(err)
		}
		defer os.RemoveAll(tmp)
		lines := make([]string, len(jobs))
		rels := make([]string, len(jobs))
		for i, j := range jobs {
			lines[i], rels[i] = j.line, j.rel
		}
		if err := runOracle(root, oracle, lines, rels, tmp); err != nil {
			fatal(err)
		}
		for _, j := range jobs {
			base := strings.TrimSuffix(j.rel, ".py")
			out := map[string][]byte{}
			for _, s := range []string{"ast", "warn", "err", "report", "out", "rc"} {
				if b, err := os.ReadFile(filepath.Join(tmp, filepath.FromSlash(base)+"."+s)); err == nil {
					out[s] = b
				}
			}
			if err := j.set.validate(out); err != nil {
				problems = append(problems, fmt.Sprintf("%s: %v", j.rel, err))
				continue
			}
			for _, s := range j.set.suffixes {
				path := filepath.Join(root, filepath.FromSlash(base)+"."+s)
				want, has := out[s]
				got, err := os.ReadFile(path)
				exists := err == nil
				switch {
				case has && exists && bytes.Equal(got, want):
				case !has && !exists:
				case *check:
					stale = append(stale, base+"."+s)
				case has:
					if err := os.WriteFile(path, want, 0o644); err != nil {
						fatal(err)
					}
				default:
					if err := os.Remove(path); err != nil {
						fatal(err)
					}
				}
			}
		}
	}
	if len(only) == 0 {
		orphans, err := findOrphans(root)
		if err != nil {
			fatal(err)
		}
		for _, o := range orphans {
			if *check {
				stale = append(stale, o+" (no case file)")
			} else if err := os.Remove(filepath.Join(root, filepath.FromSlash(o))); err != nil {
				fatal(err)
			}
		}
	}
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "regen: "+p)
	}
	if *check {
		sort.Strings(stale)
		for _, s := range stale {
			fmt.Println(s)
		}
		if len(stale) > 0 || len(problems) > 0 {
			fmt.Fprintf(os.Stderr, "regen -check: %d of %d cases checked; %d expected files differ from the oracle, %d problems; run `go run ./tools/oracle/regen`\n", total, total, len(stale), len(problems))
			os.Exit(1)
		}
		fmt.Printf("regen -check: %d cases, all expected outputs match the oracle\n", total)
		return
	}
	if len(problems) > 0 {
		fmt.Fprintf(os.Stderr, "regen: %d cases, %d problems\n", total, len(problems))
		os.Exit(1)
	}
	fmt.Printf("regen: %d cases regenerated\n", total)
}

// listCases returns the set's *.py files relative to root, slash-separated.
func listCases(root string, set caseSet) ([]string, error) {
	dir := filepath.Join(root, filepath.FromSlash(set.dir))
	var cases []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) && p == dir {
				return filepath.SkipDir
			}
			return err
		}
		if d.IsDir() {
			if p == dir {
				return nil
			}
			rel, _ := filepath.Rel(dir, p)
			if !set.deep || strings.HasPrefix(d.Name(), "_") {
				return filepath.SkipDir
			}
			for _, s := range set.skipDirs {
				if filepath.ToSlash(rel) == s {
					return filepath.SkipDir
				}
			}
			return nil
		}
		// Names starting with "_" are support modules and packages that
		// cases import, not cases.
		if strings.HasSuffix(p, ".py") && !strings.HasPrefix(d.Name(), "_") {
			rel, _ := filepath.Rel(root, p)
			cases = append(cases, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(cases)
	return cases, err
}

// findOrphans lists expected-output files whose .py case no longer exists.
func findOrphans(root string) ([]string, error) {
	var out []string
	for _, top := range []string{"tests/syntax", "tests/syntaxerr", "tests/modes", "tests/exec"} {
		err := filepath.WalkDir(filepath.Join(root, top), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) {
					return filepath.SkipDir
				}
				return err
			}
			ext := filepath.Ext(p)
			switch ext {
			case ".ast", ".warn", ".err", ".report", ".out", ".rc":
			default:
				return nil
			}
			if _, err := os.Stat(strings.TrimSuffix(p, ext) + ".py"); os.IsNotExist(err) {
				rel, _ := filepath.Rel(root, p)
				out = append(out, filepath.ToSlash(rel))
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// runOracle runs the oracle's mixed job over lines ("JOB REL.py") and checks
// that every case in rels was answered.
func runOracle(root, oracle string, lines, rels []string, outDir string) error {
	list := filepath.Join(outDir, "cases.txt")
	if err := os.WriteFile(list, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		return err
	}
	cmd := exec.Command("node", filepath.Join(oracle, "oracle.mjs"), "mixed", "--root", root, "--out", outDir, "--list", list)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("oracle: %v", err)
	}
	// Every case must have been answered.
	done := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(stdout))
	for sc.Scan() {
		if f := strings.Fields(sc.Text()); len(f) > 0 {
			done[f[0]] = true
		}
	}
	for _, c := range rels {
		if !done[c] {
			return fmt.Errorf("oracle gave no answer for %s", c)
		}
	}
	return nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "regen:", err)
	os.Exit(2)
}
