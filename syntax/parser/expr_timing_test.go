package parser

import (
	"strings"
	"testing"
	"time"
)

// TestExprNoBlowup parses inputs that make a backtracking parser without
// memoization take exponential time, valid and invalid (the second pass
// runs the invalid_ rules), and checks that each finishes quickly.
func TestExprNoBlowup(t *testing.T) {
	var srcs []string
	for _, open := range []string{"(", "[", "{", "f(", "x[", "lambda: (", "not (", "-(", "[x for x in (", "f(**("} {
		srcs = append(srcs, strings.Repeat(open, 40)+"x")
		srcs = append(srcs, strings.Repeat(open, 40)+"x,")
		srcs = append(srcs, strings.Repeat(open, 40)+"x =")
		srcs = append(srcs, strings.Repeat(open, 40)+"x for")
	}
	for _, src := range srcs {
		start := time.Now()
		ParseString("<test>", src, Options{})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q took %v", src, d)
		}
	}
}
