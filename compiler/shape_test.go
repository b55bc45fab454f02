package compiler

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/pygo/pygo/internal/corpus"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/parser"
)

// The shape tests compare the code objects we produce with CPython's:
// testdata/codeshape.py prints, for every code object compile() makes,
// its name, qualname, first line, parameter counts, flags, varnames,
// cellvars, freevars and docstring, nested in co_consts order. Expected
// outputs of testdata/shape/*.py are committed (NAME.shape); regenerate
// them with
//
//	go test ./compiler -run TestShape -args -regen
//
// which runs CPython through the pinned oracle (tools/oracle).

var regen = flag.Bool("regen", false, "rerun CPython to rewrite testdata/shape/*.shape")

// shape renders code like codeshape.py does.
func shape(code *bytecode.Code) string {
	var b strings.Builder
	var walk func(c *bytecode.Code, depth int)
	walk = func(c *bytecode.Code, depth int) {
		doc := "-"
		if c.Flags&bytecode.HasDocstring != 0 {
			doc = pyRepr(c.Doc)
		}
		fmt.Fprintf(&b, "%s%s|%s|%d|%d|%d|%d|%#x|%s|%s|%s|%s\n", strings.Repeat("  ", depth), c.Name, c.QualName, c.FirstLineNo,
			c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, uint32(c.Flags),
			strings.Join(c.VarNames, ","), strings.Join(c.CellVars, ","), strings.Join(c.FreeVars, ","), doc)
		for _, n := range c.Nested {
			walk(n, depth+1)
		}
	}
	walk(code, 0)
	return b.String()
}

// pyRepr is repr() of a str, enough for docstrings: Python's quote choice
// and escapes, non-ASCII printable characters kept.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0 || r == 0xad:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// compileShape parses and compiles src and renders its shape (or the
// error in codeshape.py's form).
func compileShape(name string, src []byte) string {
	mod, _, perr := parser.Parse(name, src, parser.Options{})
	if perr != nil {
		return fmt.Sprintf("ERR %s %d\n", perr.Msg, perr.Lineno)
	}
	code, _, err := Compile(mod, name, "exec", Options{})
	if err != nil {
		return fmt.Sprintf("ERR %s %d\n", err.Msg, err.Lineno)
	}
	return shape(code)
}

// runOracle runs codeshape.py over sources in one CPython process.
func runOracle(t testing.TB, sources map[string]string) map[string]string {
	t.Helper()
	script, err := os.ReadFile(filepath.Join("testdata", "codeshape.py"))
	if err != nil {
		t.Fatal(err)
	}
	res, err := corpus.RunScript(script, sources)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func firstDiff(want, got string) string {
	if want == got {
		return ""
	}
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, w, g)
		}
	}
	return ""
}

// TestShape compares the focused sources of testdata/shape with the
// committed CPython answers.
func TestShape(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "shape", "*.py"))
	if len(files) == 0 {
		t.Fatal("no testdata/shape/*.py")
	}
	sort.Strings(files)
	if *regen {
		sources := map[string]string{}
		for _, f := range files {
			src, _ := os.ReadFile(f)
			sources[filepath.Base(f)] = string(src)
		}
		want := runOracle(t, sources)
		for _, f := range files {
			os.WriteFile(strings.TrimSuffix(f, ".py")+".shape", []byte(want[filepath.Base(f)]), 0o644)
		}
	}
	for _, f := range files {
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".shape")
		if err != nil {
			t.Errorf("%s: no expected output (run with -regen): %v", f, err)
			continue
		}
		src, _ := os.ReadFile(f)
		got := compileShape(filepath.Base(f), src)
		if d := firstDiff(string(want), got); d != "" {
			t.Errorf("%s: %s", filepath.Base(f), d)
		}
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

type corpusFile struct {
	rel string
	src []byte
}

func loadCorpus(t testing.TB) []corpusFile {
	dir := findCorpus()
	if dir == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no stdlib corpus (install the oracle: cd tools/oracle && npm ci)")
		}
		t.Skip("no stdlib corpus (install the oracle: cd tools/oracle && npm ci)")
	}
	var files []corpusFile
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			src, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(dir, p)
			files = append(files, corpusFile{filepath.ToSlash(rel), src})
		}
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].rel < files[j].rel })
	return files
}

// TestCorpusShape compares the code objects of every stdlib file with
// CPython's. The oracle's answer is cached under the user cache directory,
// keyed by the hash of the script and the sources.
func TestCorpusShape(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	files := loadCorpus(t)
	script, _ := os.ReadFile(filepath.Join("testdata", "codeshape.py"))
	h := sha256.New()
	h.Write(script)
	sources := map[string]string{}
	for _, f := range files {
		if utf8.Valid(f.src) {
			sources[f.rel] = string(f.src)
			fmt.Fprintf(h, "%s\x00%d\x00", f.rel, len(f.src))
			h.Write(f.src)
		}
	}
	base, _ := os.UserCacheDir()
	cache := filepath.Join(base, "pygo-oracle", "codeshape-"+hex.EncodeToString(h.Sum(nil))[:24]+".json")
	var want map[string]string
	if data, err := os.ReadFile(cache); err == nil {
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
	} else {
		if _, err := exec.LookPath("node"); err != nil && os.Getenv("CI") == "" {
			t.Skip("no cached CPython shapes and no node for the oracle")
		}
		want = runOracle(t, sources)
		data, _ := json.Marshal(want)
		os.MkdirAll(filepath.Dir(cache), 0o755)
		os.WriteFile(cache, data, 0o644)
	}
	same, codes, codesSame := 0, 0, 0
	var bad []string
	for _, f := range files {
		w, ok := want[f.rel]
		if !ok {
			continue
		}
		got := compileShape(f.rel, f.src)
		wl, gl := strings.Split(w, "\n"), strings.Split(got, "\n")
		codes += len(wl) - 1
		for i := range wl {
			if i < len(gl) && wl[i] == gl[i] && wl[i] != "" {
				codesSame++
			}
		}
		if d := firstDiff(w, got); d != "" {
			bad = append(bad, f.rel+": "+d)
			continue
		}
		same++
	}
	t.Logf("corpus: %d/%d files with identical code-object shapes; %d/%d code objects identical", same, len(want), codesSame, codes)
	for i, b := range bad {
		if i == 200 {
			t.Errorf("... and %d more files differ", len(bad)-10)
			break
		}
		t.Error(b)
	}
}

func countCode(c *bytecode.Code) (codes, instrs int) {
	codes, instrs = 1, len(c.Instrs)
	for _, n := range c.Nested {
		a, b := countCode(n)
		codes += a
		instrs += b
	}
	return
}

var update = flag.Bool("update", false, "rewrite testdata/golden/*.dis from the current compiler")

// TestGoldenDisassembly checks the full listing of a few small programs.
// The format is pygo's own; the expected files were reviewed by hand and
// are rewritten with -update.
func TestGoldenDisassembly(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.py"))
	if len(files) == 0 {
		t.Fatal("no testdata/golden/*.py")
	}
	for _, f := range files {
		src, _ := os.ReadFile(f)
		mod, _, perr := parser.Parse(filepath.Base(f), src, parser.Options{})
		if perr != nil {
			t.Fatalf("%s: %v", f, perr.Msg)
		}
		code, _, err := Compile(mod, filepath.Base(f), "exec", Options{})
		if err != nil {
			t.Fatalf("%s: %s", f, err.Msg)
		}
		if probs := code.Validate(); len(probs) > 0 {
			t.Errorf("%s: %v", f, probs)
		}
		got := code.Disassemble()
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if *update {
			os.WriteFile(golden, []byte(got), 0o644)
			continue
		}
		want, rerr := os.ReadFile(golden)
		if rerr != nil {
			t.Errorf("%s: %v (run with -update)", golden, rerr)
			continue
		}
		if d := firstDiff(string(want), got); d != "" {
			t.Errorf("%s: %s", filepath.Base(golden), d)
		}
	}
}
