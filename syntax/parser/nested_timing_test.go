package parser

import (
	"strings"
	"testing"
	"time"
)

// TestNestedNoBlowup parses deeply nested targets and expressions, valid
// and invalid (the second pass), which are exponential when the memos
// that guard them (bitwise_or, target_with_star_atom, t_primary,
// expression) are missing.
func TestNestedNoBlowup(t *testing.T) {
	n := 90
	rep := strings.Repeat
	srcs := map[string]string{
		"paren":        rep("(", n) + "x" + rep(")", n),
		"paren_assign": rep("(", n) + "x" + rep(")", n) + " = 1",
		"list_assign":  rep("[", n) + "x" + rep("]", n) + " = 1",
		"star_assign":  "*a, " + rep("(", n) + "b" + rep(")", n) + " = c",
		"for_target":   "for " + rep("(", n) + "a" + rep(")", n) + " in b: pass",
		"del":          "del " + rep("(", n) + "a" + rep(")", n),
		"del_list":     "del " + rep("[", n) + "a" + rep("]", n),
		"call":         rep("f(", n) + "x" + rep(")", n),
		"subscript":    rep("x[", n) + "x" + rep("]", n),
		"subscript_as": rep("x[", n) + "x" + rep("]", n) + " = 1",
		"dict":         rep("{a: ", n) + "x" + rep("}", n),
		"neg":          rep("-(", n) + "x" + rep(")", n),
		"not":          rep("not (", n) + "x" + rep(")", n),
		"bitor":        rep("(a | ", n) + "x" + rep(")", n),
		"lambda":       rep("lambda: (", n) + "x" + rep(")", n),
		"genexp":       rep("(x for x in ", n) + "x" + rep(")", n),
		"paren_open":   rep("(", n) + "x",
		"paren_bad":    rep("(", n) + "x" + rep(")", n) + " = = 1",
		"star_bad":     rep("(", n) + "*x" + rep(")", n) + " +",
		"list_bad":     rep("[", n) + "x," + rep("]", n) + " = 1 2",
		"tuple_nest":   rep("(a, ", n) + "x" + rep(")", n) + " = 1",
		"with":         "with " + rep("(", n) + "a" + rep(")", n) + " as " + rep("(", n) + "b" + rep(")", n) + ": pass",
		"match":        "match x:\n case " + rep("[", n) + "a" + rep("]", n) + ": pass\n",
		"await":        "async def f():\n " + rep("await (", n) + "x" + rep(")", n) + "\n",
		"fstr":         "f'{" + rep("(", n) + "x" + rep(")", n) + "}'",
		"augassign":    rep("(", n) + "x" + rep(")", n) + " += 1",
		"annassign":    rep("(", n) + "x" + rep(")", n) + ": int",
	}
	for name, src := range srcs {
		start := time.Now()

		ParseString("<t>", src, Options{})
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s took %v", name, d)
		}
	}
}
