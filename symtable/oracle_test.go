package symtable

import (
	"encoding/json"
	"flag"
	"fmt"
	"github.com/pygo/pygo/internal/corpus"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/parser"
)

// The oracle tests compare Dump of our tables with what CPython's symtable
// module gives for the same source (testdata/symdump.py prints it). The
// expected outputs of testdata/cases and testdata/errors are committed
// (NAME.sym); regenerate them with
//
//	go test ./symtable -run TestOracle -args -regen
//
// which runs CPython through the pinned oracle (tools/oracle).

var regen = flag.Bool("regen", false, "rerun CPython's symtable module to rewrite testdata/*/*.sym")

// runOracle runs symdump.py over sources (name -> source) in one CPython
// process and returns name -> dump.
func runOracle(t *testing.T, sources map[string]string) map[string]string {
	return runScript(t, "symdump.py", sources)
}

// runScript runs testdata/SCRIPT under CPython with the sources bundled
// beside it and returns its JSON answer.
func runScript(t *testing.T, scriptName string, sources map[string]string) map[string]string {
	t.Helper()
	script, err := os.ReadFile(filepath.Join("testdata", scriptName))
	if err != nil {
		t.Fatal(err)
	}
	res, err := corpus.RunScript(script, sources)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// ourDump is the Go side of the comparison: the dump of the tables, or
// the SyntaxError in symdump.py's form.
func ourDump(name string, src []byte) string {
	mod, _, perr := parser.Parse(name, src, parser.Options{})
	if perr != nil {
		return fmt.Sprintf("ERR %s %d %d %d %d\n", perr.Msg, perr.Lineno, perr.Offset, perr.EndLineno, perr.EndOffset)
	}
	st, err := Build(mod, name, Options{})
	if err != nil {
		return fmt.Sprintf("ERR %s %d %d %d %d\n", err.Msg, err.Lineno, err.Offset, err.EndLineno, err.EndOffset)
	}
	return Dump(st.Top)
}

func TestOracleCases(t *testing.T) { oracleDir(t, "cases", "symdump.py", ".sym", ourDump) }

func TestOracleErrors(t *testing.T) { oracleDir(t, "errors", "symdump.py", ".sym", ourDump) }

// TestOracleCodegen compares Check (warnings, symbol table and code
// generator errors) with CPython's compile().
func TestOracleCodegen(t *testing.T) { oracleDir(t, "codegen", "compdump.py", ".out", ourCompile) }

// ourCompile is the Go side of compdump.py.
func ourCompile(name string, src []byte) string {
	mod, _, perr := parser.Parse(name, src, parser.Options{})
	if perr != nil {
		return fmt.Sprintf("ERR %s %d %d %d %d\n", perr.Msg, perr.Lineno, perr.Offset, perr.EndLineno, perr.EndOffset)
	}
	_, warnings, err := Check(mod, name, nil, Options{})
	var b strings.Builder
	for _, w := range warnings {
		fmt.Fprintf(&b, "WARN %d %s\n", w.Lineno, w.Msg)
	}
	if err != nil {
		fmt.Fprintf(&b, "ERR %s %d %d %d %d\n", err.Msg, err.Lineno, err.Offset, err.EndLineno, err.EndOffset)
	} else {
		b.WriteString("OK\n")
	}
	return b.String()
}

func oracleDir(t *testing.T, dir, script, ext string, ours func(string, []byte) string) {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/%s", dir)
	}
	sort.Strings(files)
	if *regen {
		sources := map[string]string{}
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sources[filepath.Base(f)] = string(src)
		}
		for name, dump := range runScript(t, script, sources) {
			p := filepath.Join("testdata", dir, strings.TrimSuffix(name, ".py")+ext)
			if err := os.WriteFile(p, []byte(dump), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	same := 0
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ext)
			if err != nil {
				t.Fatalf("no oracle output (run with -args -regen): %v", err)
			}
			got := ours(name, src)
			if d := firstDiff(string(want), got); d != "" {
				t.Errorf("%s", d)
				return
			}
			same++
		})
	}
	t.Logf("%s: %d/%d match CPython", dir, same, len(files))
}

// firstDiff describes the first differing line of two dumps.
func firstDiff(want, got string) string {
	if want == got {
		return ""
	}
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "dump differs from line %d:\n", i+1)
	for j := max(0, i-4); j < i+3; j++ {
		w, g := "", ""
		if j < len(wl) {
			w = wl[j]
		}
		if j < len(gl) {
			g = gl[j]
		}
		mark := " "
		if j == i {
			mark = ">"
		}
		fmt.Fprintf(&b, "  %s want %-50s | got %s\n", mark, w, g)
	}
	return b.String()
}

// TestOracleCorpus builds the tables of every file of the standard library
// corpus (extracted by the tests package into the user cache directory)
// and compares them with CPython's. CPython's dumps are cached beside the
// corpus; the test is skipped when neither the corpus nor the oracle is
// available.
func TestOracleCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	srcDir := findCorpus()
	if srcDir == "" {
		skipOrFailInCI(t, "no stdlib corpus (install the oracle: cd tools/oracle && npm ci)")
	}
	var files []string
	filepath.WalkDir(srcDir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	cache := filepath.Join(filepath.Dir(srcDir), "symtable.json")
	var want map[string]string
	if data, err := os.ReadFile(cache); err == nil && !*regen {
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
	} else {
		if err := corpus.OracleAvailable(); err != nil {
			skipOrFailInCI(t, fmt.Sprintf("no cached CPython dumps and no oracle: %v", err))
		}
		sources := map[string]string{}
		for _, f := range files {
			src, _ := os.ReadFile(f)
			if utf8.Valid(src) {
				rel, _ := filepath.Rel(srcDir, f)
				sources[filepath.ToSlash(rel)] = string(src)
			}
		}
		want = runOracle(t, sources)
		data, _ := json.Marshal(want)
		os.WriteFile(cache, data, 0o644)
	}
	same, errs := 0, 0
	var bad []string
	for _, f := range files {
		rel, _ := filepath.Rel(srcDir, f)
		rel = filepath.ToSlash(rel)
		w, ok := want[rel]
		if !ok {
			continue
		}
		src, _ := os.ReadFile(f)
		got := ourDump(rel, src)
		if strings.HasPrefix(got, "ERR") && !strings.HasPrefix(w, "ERR") {
			errs++
		}
		if d := firstDiff(w, got); d != "" {
			bad = append(bad, rel+": "+d)
			continue
		}
		same++
	}
	t.Logf("corpus: %d/%d symbol tables identical to CPython's", same, len(want))
	for i, b := range bad {
		if i == 5 {
			break
		}
		t.Error(b)
	}
	if errs > 0 {
		t.Errorf("%d corpus files fail to build", errs)
	}
}

// findCorpus returns the extracted stdlib corpus, or "" when the oracle
// package (and so its stdlib zip) is not installed.
func findCorpus() string {
	dir, err := corpus.Src()
	if err != nil {
		return ""
	}
	return dir
}

// skipOrFailInCI skips the test on a developer machine without the oracle,
// but fails it under CI, which must run every suite.
func skipOrFailInCI(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
}
