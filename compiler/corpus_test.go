package compiler

import (
	"testing"
	"time"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// TestCorpusCompiles compiles every stdlib file CPython compiles and checks
// the structural invariants of every code object (bytecode.Validate).
func TestCorpusCompiles(t *testing.T) {
	files := loadCorpus(t)
	ok, codes, instrs := 0, 0, 0
	var elapsed time.Duration
	for _, f := range files {
		mod, _, perr := parser.Parse(f.rel, f.src, parser.Options{})
		if perr != nil {
			continue
		}
		start := time.Now()
		code, _, err := Compile(mod, f.rel, "exec", Options{})
		elapsed += time.Since(start)
		if err != nil {
			if err.Kind == "SystemError" {
				t.Errorf("%s: %s", f.rel, err.Msg)
			}
			continue
		}
		if probs := code.Validate(); len(probs) > 0 {
			t.Errorf("%s: %d invariant violations, first: %s", f.rel, len(probs), probs[0])
			continue
		}
		n, m := countCode(code)
		codes += n
		instrs += m
		ok++
	}
	t.Logf("compiled %d/%d files: %d code objects, %d instructions in %v", ok, len(files), codes, instrs, elapsed.Round(time.Millisecond))
}

// BenchmarkCompileCorpus compiles the parsed corpus (parsing excluded).
func BenchmarkCompileCorpus(b *testing.B) {
	files := loadCorpus(b)
	var mods []ast.Mod
	var names []string
	for _, f := range files {
		mod, _, perr := parser.Parse(f.rel, f.src, parser.Options{})
		if perr == nil {
			mods = append(mods, mod)
			names = append(names, f.rel)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, m := range mods {
			Compile(m, names[j], "exec", Options{})
		}
	}
}
