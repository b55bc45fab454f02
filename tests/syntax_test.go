package tests

import (
	"os"
	"path"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// TestSyntax parses every valid program in syntax/ as `python3.14 -m ast -a`
// does (type comments on) and compares the dump with NAME.ast and the
// warnings with NAME.warn.
func TestSyntax(t *testing.T) {
	cases := listCases(t, "syntax", true)
	if len(cases) == 0 {
		t.Fatal("no cases in tests/syntax")
	}
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			problem := checkSyntaxCase(t, path.Join("syntax", c))
			if known.finish(t, "syntax/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("syntax: %d/%d cases match CPython", same, len(cases))
}

func checkSyntaxCase(t *testing.T, rel string) string {
	src, err := os.ReadFile(rel)
	if err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(rel, ".py")
	wantAST, err := os.ReadFile(base + ".ast")
	if err != nil {
		t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
	}
	wantWarn, err := os.ReadFile(base + ".warn")
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	res, timedOut := parse("tests/"+rel, src, parser.Options{TypeComments: true},
		ast.DumpOptions{IncludeAttributes: true, Indent: 3})
	switch {
	case timedOut:
		return "parser did not finish within " + parseTimeout.String()
	case res.panicked != "":
		return "panic: " + res.panicked
	case res.err != nil:
		return "CPython parses this, pygo raised " + res.err.Error()
	case res.mod == nil:
		return "parser returned neither a module nor an error"
	}
	problem := diff("ast dump", string(wantAST), res.dump)
	if d := diff("warnings", string(wantWarn), formatWarnings(res.warnings)); d != "" {
		problem += d
	}
	return problem
}
