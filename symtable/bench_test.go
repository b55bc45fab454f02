package symtable

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/parser"
)

// BenchmarkCorpus parses each file of the stdlib corpus and then either
// stops ("parse") or also runs Build and CheckCodegen ("parse+check"): the
// difference is the cost of this package, measured one module at a time as
// a compiler would run it.
func BenchmarkCorpus(b *testing.B) {
	dir := findCorpus()
	if dir == "" {
		b.Skip("no extracted corpus")
	}
	var srcs [][]byte
	var size int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			src, _ := os.ReadFile(p)
			srcs = append(srcs, src)
			size += int64(len(src))
		}
		return nil
	})
	for _, check := range []bool{false, true} {
		name := "parse"
		if check {
			name = "parse+check"
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				for _, src := range srcs {
					mod, _, perr := parser.Parse("x.py", src, parser.Options{})
					if perr != nil || !check {
						continue
					}
					st, err := Build(mod, "x.py", Options{})
					if err != nil {
						b.Fatal(err)
					}
					if err := CheckCodegen(mod, st); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
