package compiler

import (
	"testing"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/parser"
)

// TestRaisingLocations checks the source locations of instructions whose
// failure shows up in a traceback: the carets CPython 3.14 draws come from
// these, so they must match CPython's co_positions (checked against the
// oracle with dis.get_instructions).
func TestRaisingLocations(t *testing.T) {
	cases := []struct {
		src  string
		op   bytecode.Op
		want bytecode.Loc
	}{
		// The raise of assert is at the test, not the statement.
		{"assert x > 5, f'm{x}'\n", bytecode.Raise, bytecode.Loc{Line: 1, EndLine: 1, Col: 7, EndCol: 12}},
		{"assert x\n", bytecode.Raise, bytecode.Loc{Line: 1, EndLine: 1, Col: 7, EndCol: 8}},
		// FOR_ITER is at the iterable.
		{"for v in gen():\n    print(v)\n", bytecode.ForIter, bytecode.Loc{Line: 1, EndLine: 1, Col: 9, EndCol: 14}},
		{"for a, b in items:\n    pass\n", bytecode.ForIter, bytecode.Loc{Line: 1, EndLine: 1, Col: 12, EndCol: 17}},
		{"[v for v in gen() if v]\n", bytecode.ForIter, bytecode.Loc{Line: 1, EndLine: 1, Col: 12, EndCol: 17}},
		// Imports are at the whole statement.
		{"import os, sys.path as p\n", bytecode.ImportName, bytecode.Loc{Line: 1, EndLine: 1, Col: 0, EndCol: 24}},
		{"from os import (path,\n   sep as s)\n", bytecode.ImportFrom, bytecode.Loc{Line: 1, EndLine: 2, Col: 0, EndCol: 12}},
	}
	for _, tc := range cases {
		mod, _, perr := parser.Parse("<s>", []byte(tc.src), parser.Options{})
		if perr != nil {
			t.Fatalf("%q: %v", tc.src, perr)
		}
		code, _, err := Compile(mod, "<s>", "exec", Options{})
		if err != nil {
			t.Fatalf("%q: %v", tc.src, err)
		}
		found := 0
		for pc, in := range code.Instrs {
			if in.Op() != tc.op {
				continue
			}
			found++
			if got := code.Locs[pc]; got != tc.want {
				t.Errorf("%q: %v at pc %d located %+v, want %+v", tc.src, tc.op, pc, got, tc.want)
			}
		}
		if found == 0 {
			t.Errorf("%q: no %v instruction", tc.src, tc.op)
		}
	}
}
