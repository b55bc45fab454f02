package tests

import (
	"path"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// TestSyntaxErr parses every invalid program in syntaxerr/ as ast.parse does
// and compares the SyntaxError's class, msg, lineno, offset, end_lineno,
// end_offset and text with NAME.err.
func TestSyntaxErr(t *testing.T) {
	runErrCases(t, "syntaxerr", parser.Options{})
}

// TestSyntaxErrTypeComments covers errors that exist only with type
// comments on, as ast.parse(..., type_comments=True).
func TestSyntaxErrTypeComments(t *testing.T) {
	runErrCases(t, "syntaxerr/typecomments", parser.Options{TypeComments: true})
}

func runErrCases(t *testing.T, dir string, opts parser.Options) {
	cases := listCases(t, dir, false)
	if len(cases) == 0 {
		t.Fatalf("no cases in tests/%s", dir)
	}
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			problem := checkErrCase(t, path.Join(dir, c), opts)
			if known.finish(t, dir+"/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("%s: %d/%d cases match CPython", dir, same, len(cases))
}

// TestSyntaxErrCompile covers errors CPython raises after parsing (symbol
// table, compiler); pygo has no compiler yet.
func TestSyntaxErrCompile(t *testing.T) {
	cases := listCases(t, "syntaxerr/compile", false)
	if len(cases) == 0 {
		t.Fatal("no cases in tests/syntaxerr/compile")
	}
	for _, c := range cases {
		t.Run(strings.TrimSuffix(c, ".py"), func(t *testing.T) {
			t.Skip("needs the compiler")
		})
	}
}

func checkErrCase(t *testing.T, rel string, opts parser.Options) string {
	src := mustRead(t, rel)
	facts, err := readErrFacts(strings.TrimSuffix(rel, ".py") + ".err")
	if err != nil {
		t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
	}
	res, timedOut := parse("tests/"+rel, src, opts, ast.DumpOptions{Indent: -1})
	switch {
	case timedOut:
		return "parser did not finish within " + parseTimeout.String()
	case res.panicked != "":
		return "panic: " + res.panicked
	}
	return compareError(facts, "", res.err)
}
