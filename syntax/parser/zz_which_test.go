package parser

import (
	"strings"
	"testing"
	"time"
)

func TestZZWhich(t *testing.T) {
	var total time.Duration
	for _, open := range []string{"(", "[", "{", "f(", "x[", "lambda: (", "not (", "-(", "[x for x in (", "f(**(", "(a | ", "(a or ", "(*", "{a: ", "f(a=", "x[1:", "(yield ", "print ("} {
		for _, tail := range []string{"x", "x,", "x =", "x for", "x if y", "x y", "x = = 1", "x if y else", "*x", "lambda", "x :=", "x) = 1", "x.y z", "x: int =", "x async", "1 += 2"} {
			for _, n := range []int{30} {
				src := strings.Repeat(open, n) + tail
				start := time.Now()
				ParseString("<test>", src, Options{})
				ParseString("<test>", "x = "+src, Options{})
				ParseString("<test>", "for "+src, Options{})
				d := time.Since(start)
				total += d
				if d > 5*time.Millisecond {
					t.Logf("%q n=%d took %v", open+"..."+tail, n, d)
				}
			}
		}
	}
	t.Logf("total %v", total)
}
