// Command parse benchmarks pygo's front end against CPython: it parses
// every .py file of CPython 3.14's standard library (from the pinned
// oracle package's python_stdlib.zip) with pygo and, in the same run, with
// /usr/bin/python3.11 (compile(src, name, "exec", ast.PyCF_ONLY_AST)),
// alternating the two, and prints the times, their ratio and each side's
// peak memory (max RSS).
//
//	go run ./bench/parse [-zip PATH] [-rounds N] [-python /usr/bin/python3.11]
//
// Files that the reference Python cannot parse (3.12+ syntax) are left out
// of both sides, so both parse the same bytes.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/pygo/pygo/syntax/parser"
)

const pyChild = `
import sys, time, ast, json, resource
files = json.load(open(sys.argv[1]))
srcs = [(f, open(f, 'rb').read()) for f in files]
if sys.argv[2] == 'probe':
    ok = []
    for f, s in srcs:
        try:
            compile(s, f, 'exec', ast.PyCF_ONLY_AST)
            ok.append(f)
        except SyntaxError:
            pass
    json.dump(ok, sys.stdout)
    sys.exit(0)
t0 = time.perf_counter()
for f, s in srcs:
    compile(s, f, 'exec', ast.PyCF_ONLY_AST)
t = time.perf_counter() - t0
print(json.dumps({"seconds": t, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
`

type result struct {
	Seconds  float64 `json:"seconds"`
	MaxRSSKB int64   `json:"maxrss_kb"`
}

func main() {
	child := flag.String("child", "", "internal: parse the files listed in this JSON file and report")
	zipPath := flag.String("zip", "tools/oracle/node_modules/pyodide/python_stdlib.zip", "python_stdlib.zip of the pinned oracle package")
	rounds := flag.Int("rounds", 5, "alternating rounds; the best time of each side is reported")
	python := flag.String("python", "/usr/bin/python3.11", "reference CPython")
	flag.Parse()
	if *child != "" {
		os.Exit(runChild(*child))
	}
	dir, err := os.MkdirTemp("", "pygo-parse-bench")
	check(err)
	defer os.RemoveAll(dir)
	files, err := extract(*zipPath, dir)
	check(err)
	// Keep the files both sides can parse.
	list := filepath.Join(dir, "files.json")
	writeJSON(list, files)
	out, err := exec.Command(*python, "-c", pyChild, list, "probe").Output()
	check(err)
	var common []string
	check(json.Unmarshal(out, &common))
	var size int64
	for _, f := range common {
		st, err := os.Stat(f)
		check(err)
		size += st.Size()
	}
	writeJSON(list, common)
	self, err := os.Executable()
	check(err)
	var goBest, pyBest result
	for r := 0; r < *rounds; r++ {
		g := run(exec.Command(self, "-child", list))
		p := run(exec.Command(*python, "-c", pyChild, list, "time"))
		if r == 0 || g.Seconds < goBest.Seconds {
			goBest.Seconds = g.Seconds
		}
		if r == 0 || p.Seconds < pyBest.Seconds {
			pyBest.Seconds = p.Seconds
		}
		goBest.MaxRSSKB = max(goBest.MaxRSSKB, g.MaxRSSKB)
		pyBest.MaxRSSKB = max(pyBest.MaxRSSKB, p.MaxRSSKB)
	}
	fmt.Printf("corpus: %d of %d stdlib files (%.1f MB) that %s also parses; best of %d alternating rounds\n",
		len(common), len(files), float64(size)/1e6, filepath.Base(*python), *rounds)
	fmt.Printf("%-12s %10s %12s\n", "", "time", "peak RSS")
	fmt.Printf("%-12s %9.3fs %9.1f MB\n", "pygo", goBest.Seconds, float64(goBest.MaxRSSKB)/1024)
	fmt.Printf("%-12s %9.3fs %9.1f MB\n", filepath.Base(*python), pyBest.Seconds, float64(pyBest.MaxRSSKB)/1024)
	fmt.Printf("ratio pygo/%s: %.2fx time\n", filepath.Base(*python), goBest.Seconds/pyBest.Seconds)
}

func runChild(list string) int {
	var files []string
	data, err := os.ReadFile(list)
	check(err)
	check(json.Unmarshal(data, &files))
	srcs := make([][]byte, len(files))
	for i, f := range files {
		srcs[i], err = os.ReadFile(f)
		check(err)
	}
	failed := 0
	t0 := time.Now()
	for i, src := range srcs {
		if _, _, perr := parser.Parse(files[i], src, parser.Options{}); perr != nil {
			failed++
		}
	}
	secs := time.Since(t0).Seconds()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "pygo failed to parse %d files\n", failed)
	}
	writeJSONTo(os.Stdout, result{Seconds: secs, MaxRSSKB: ru.Maxrss})
	return 0
}

func run(cmd *exec.Cmd) result {
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = os.Stderr
	check(cmd.Run())
	var r result
	check(json.Unmarshal(out.Bytes(), &r))
	return r
}

func extract(zipPath, dir string) ([]string, error) {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var files []string
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".py") {
			continue
		}
		dst := filepath.Join(dir, "lib", filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return nil, err
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return nil, err
		}
		files = append(files, dst)
	}
	slices.Sort(files)
	return files, nil
}

func writeJSON(path string, v any) {
	f, err := os.Create(path)
	check(err)
	writeJSONTo(f, v)
	check(f.Close())
}

func writeJSONTo(w io.Writer, v any) {
	check(json.NewEncoder(w).Encode(v))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "parse bench:", err)
		os.Exit(1)
	}
}
