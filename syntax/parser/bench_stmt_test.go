package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkStdlib parses every .py file under $PYGO_BENCH_DIR (e.g. an
// extracted python_stdlib.zip); it is skipped when the variable is unset.
func BenchmarkStdlib(b *testing.B) {
	dir := os.Getenv("PYGO_BENCH_DIR")
	if dir == "" {
		b.Skip("PYGO_BENCH_DIR not set")
	}
	var srcs [][]byte
	var size int64
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && filepath.Ext(p) == ".py" {
			if src, err := os.ReadFile(p); err == nil {
				srcs = append(srcs, src)
				size += int64(len(src))
			}
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			Parse("x.py", src, Options{})
		}
	}
}
