package tests

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// The standard library shipped inside the pinned pyodide package: 559 real
// modules that CPython 3.14 parses. They are extracted at test time, never
// committed.
var (
	oracleDir  = filepath.Join(root, "tools", "oracle")
	stdlibZip  = filepath.Join(oracleDir, "node_modules", "pyodide", "python_stdlib.zip")
	corpusSize = 559
)

// TestCorpus parses every .py file of the stdlib zip with pygo and compares
// the dump (include_attributes=True, indent=1) with CPython's. The oracle's
// dumps are cached under os.UserCacheDir()/pygo-oracle, keyed by the zip's
// and the oracle's own hashes, so only the first run pays for CPython.
func TestCorpus(t *testing.T) {
	if _, err := os.Stat(stdlibZip); err != nil {
		skipOrFail(t, "the oracle is not installed (run `npm ci` in tools/oracle): %v", err)
	}
	if _, err := exec.LookPath("node"); err != nil {
		skipOrFail(t, "node is not installed: %v", err)
	}
	dir, err := corpusCache(t)
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "src")
	var files []string
	err = filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			rel, _ := filepath.Rel(src, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if len(files) != corpusSize {
		t.Errorf("the stdlib zip holds %d .py files, want %d", len(files), corpusSize)
	}

	start := time.Now()
	known.load()
	identical := 0
	var unexpected, fixed []string
	shownKnown := 0
	for _, rel := range files {
		id := "corpus/" + rel
		problem := checkCorpusFile(t, dir, rel)
		known.mu.Lock()
		known.suites["corpus"] = true
		if problem != "" {
			known.failed[id] = true
		}
		listed := known.listed[id]
		known.mu.Unlock()
		switch {
		case problem == "":
			identical++
			if listed {
				fixed = append(fixed, id)
			}
		case listed || *recordKnown:
			if shownKnown < 3 && testing.Verbose() {
				t.Logf("known failure %s:\n%s", rel, problem)
				shownKnown++
			}
		default:
			unexpected = append(unexpected, rel+": "+problem)
		}
	}
	t.Logf("corpus: %d/%d identical (pygo parse+dump of the corpus took %v)", identical, len(files), time.Since(start).Round(time.Millisecond))
	fmt.Printf("corpus: %d/%d identical\n", identical, len(files))
	const show = 10
	for i, u := range unexpected {
		if i == show {
			t.Errorf("... and %d more files differ", len(unexpected)-show)
			break
		}
		t.Error(u)
	}
	if len(fixed) > 0 && !*recordKnown {
		t.Errorf("%d corpus files listed in tests/%s are identical now; remove them (or run `go test ./tests -args -record-known`): %s",
			len(fixed), knownFile, strings.Join(fixed, " "))
	}
}

func checkCorpusFile(t *testing.T, dir, rel string) string {
	data, err := os.ReadFile(filepath.Join(dir, "src", filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "dumps", filepath.FromSlash(strings.TrimSuffix(rel, ".py")))
	res, timedOut := parse(rel, data, parser.Options{}, ast.DumpOptions{IncludeAttributes: true, Indent: 1})
	switch {
	case timedOut:
		return "parser did not finish within " + parseTimeout.String()
	case res.panicked != "":
		return "panic: " + res.panicked
	}
	if want, err := os.ReadFile(base + ".ast"); err == nil {
		if res.err != nil {
			return "CPython parses this, pygo raised " + res.err.Error()
		}
		return diff("ast dump", string(want), res.dump)
	}
	facts, err := readErrFacts(base + ".err")
	if err != nil {
		t.Fatalf("the oracle left no answer for %s: %v", rel, err)
	}
	return compareError(facts, "", res.err)
}

// skipOrFail skips the test on a developer machine without the oracle, but
// fails it under CI, where the oracle must be installed.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// corpusCache returns a directory holding src/ (the extracted .py files) and
// dumps/ (the oracle's answers), creating it on first use.
func corpusCache(t *testing.T) (string, error) {
	h := sha256.New()
	for _, f := range []string{stdlibZip, filepath.Join(oracleDir, "driver.py"), filepath.Join(oracleDir, "oracle.mjs")} {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		h.Write(data)
	}
	key := hex.EncodeToString(h.Sum(nil))[:24]
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "pygo-oracle", "corpus-"+key)
	if _, err := os.Stat(filepath.Join(dir, "complete")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "building-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	start := time.Now()
	if err := extractPy(stdlibZip, filepath.Join(tmp, "src")); err != nil {
		return "", err
	}
	cmd := exec.Command("node", filepath.Join(oracleDir, "oracle.mjs"), "corpus",
		"--root", filepath.Join(tmp, "src"), "--out", filepath.Join(tmp, "dumps"), "--all")
	cmd.Stdout = io.Discard
	out, err := cmd.StderrPipe()
	if err != nil {
		return "", err
	}
	if err := cmd.Start(); err != nil {
		return "", err
	}
	stderr, _ := io.ReadAll(out)
	if err := cmd.Wait(); err != nil {
		return "", fmt.Errorf("oracle corpus job: %v\n%s", err, stderr)
	}
	if err := os.WriteFile(filepath.Join(tmp, "complete"), nil, 0o644); err != nil {
		return "", err
	}
	t.Logf("oracle: dumped the corpus in %v (cached in %s)", time.Since(start).Round(time.Millisecond), dir)
	if err := os.Rename(tmp, dir); err != nil {
		// Another run may have finished first; its cache is as good.
		if _, serr := os.Stat(filepath.Join(dir, "complete")); serr == nil {
			return dir, nil
		}
		return "", err
	}
	return dir, nil
}

func extractPy(zipPath, dest string) error {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".py") || strings.Contains(f.Name, "..") || strings.HasPrefix(f.Name, "/") {
			continue
		}
		p := filepath.Join(dest, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		r, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
