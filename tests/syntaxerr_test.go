package tests

import (
	"os"
	"path"
	"strings"
	"testing"

	"github.com/pygo/pygo/symtable"
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
// table, code generator): it runs the parser and then symtable.Check, and
// compares the result with the compile.* facts of NAME.err (CPython's
// compile(source, path, "exec")).
func TestSyntaxErrCompile(t *testing.T) {
	const dir = "syntaxerr/compile"
	cases := listCases(t, dir, false)
	if len(cases) == 0 {
		t.Fatal("no cases in tests/syntaxerr/compile")
	}
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			problem := checkCompileCase(t, path.Join(dir, c))
			if known.finish(t, dir+"/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("%s: %d/%d cases match CPython", dir, same, len(cases))
}

func checkCompileCase(t *testing.T, rel string) string {
	src := mustRead(t, rel)
	facts, err := readErrFacts(strings.TrimSuffix(rel, ".py") + ".err")
	if err != nil {
		t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
	}
	name := "tests/" + rel
	res, timedOut := parse(name, src, parser.Options{}, ast.DumpOptions{Indent: -1})
	switch {
	case timedOut:
		return "parser did not finish within " + parseTimeout.String()
	case res.panicked != "":
		return "panic: " + res.panicked
	case res.err != nil:
		return compareError(facts, "compile.", res.err)
	}
	_, _, cerr := symtable.Check(res.mod, name, src, symtable.Options{})
	return compareError(facts, "compile.", cerr)
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

// TestCLIReportCompile runs `pygo tests/syntaxerr/compile/NAME.py` and
// compares its stderr with NAME.report (what python3.14 prints) and its exit
// status with 1: compile-stage errors are reported like parse errors.
func TestCLIReportCompile(t *testing.T) {
	cases := listCases(t, "syntaxerr/compile", false)
	t.Chdir(root)
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			rel := path.Join("tests", "syntaxerr", "compile", c)
			want, err := os.ReadFile(strings.TrimSuffix(rel, ".py") + ".report")
			if err != nil {
				t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
			}
			code, stdout, stderr := runCLI("pygo", rel)
			problem := diff("report", string(want), stderr)
			if code != 1 {
				problem += "exit status " + itoa(code) + ", want 1\n"
			}
			if stdout != "" {
				problem += "unexpected stdout: " + visible(stdout) + "\n"
			}
			known.finish(t, "cli-report-compile/"+base, problem)
		})
	}
}
