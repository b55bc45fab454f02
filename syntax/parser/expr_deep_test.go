package parser

import (
	"strings"
	"testing"
)

// TestExprDeepNesting checks that pathological nesting fails cleanly with
// CPython's MemoryError, or parses, but never crashes, and that long
// left-recursive chains (loops here, as in CPython) parse.
func TestExprDeepNesting(t *testing.T) {
	ok := []string{
		strings.Repeat("not ", 1000) + "x",
		strings.Repeat("-", 1000) + "x",
		"x" + strings.Repeat(".y", 100000),
		"x" + strings.Repeat("()", 50000),
		"x" + strings.Repeat("+x", 100000),
		strings.Repeat("lambda:", 1000) + "x",
	}
	for _, src := range ok {
		if _, _, err := ParseString("<test>", src, Options{}); err != nil {
			t.Errorf("%.20q...: %v", src, err)
		}
	}
	deep := []string{
		strings.Repeat("not ", 100000) + "x",
		strings.Repeat("-", 100000) + "x",
		strings.Repeat("x**", 100000) + "x",
		strings.Repeat("lambda:", 100000) + "x",
		strings.Repeat("a if b else ", 100000) + "x",
	}
	for _, src := range deep {
		_, _, err := ParseString("<test>", src, Options{})
		if err == nil || err.Kind != "MemoryError" {
			t.Errorf("%.20q...: got %v, want MemoryError", src, err)
		}
	}
}
