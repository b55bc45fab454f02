package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// benchSource finds a large real Python file for BenchmarkParse: the
// PYGO_BENCH_FILE environment variable, else typing.py of the stdlib
// corpus cached by the conformance tests.
func benchSource(b *testing.B) ([]byte, string) {
	name := os.Getenv("PYGO_BENCH_FILE")
	if name == "" {
		dir, err := os.UserCacheDir()
		if err == nil {
			m, _ := filepath.Glob(filepath.Join(dir, "pygo-oracle", "corpus-*", "src", "typing.py"))
			if len(m) > 0 {
				name = m[len(m)-1]
			}
		}
	}
	if name == "" {
		b.Skip("no benchmark source: set PYGO_BENCH_FILE or run the corpus test once")
	}
	src, err := os.ReadFile(name)
	if err != nil {
		b.Skip(err)
	}
	return src, name
}

func BenchmarkParse(b *testing.B) {
	src, name := benchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := Parse(name, src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScanOnly measures the scanner alone over the benchmark source,
// to tell the parser's share of BenchmarkParse.
func BenchmarkScanOnly(b *testing.B) {
	src, name := benchSource(b)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		sc, err := scanner.New(name, src, 0)
		if err != nil {
			b.Fatal(err)
		}
		for sc.Next().Kind > token.ENDMARKER {
		}
	}
}
