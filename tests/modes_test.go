package tests

import (
	"os"
	"path"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// TestModes parses the cases of modes/MODE/ as
// ast.parse(src, mode=MODE, type_comments=True) does, and compares the dump
// with NAME.ast or the SyntaxError with NAME.err, and the warnings with
// NAME.warn (for failed parses too, which the other suites do not check).
func TestModes(t *testing.T) {
	for _, mode := range []string{"exec", "eval", "single", "func_type"} {
		t.Run(mode, func(t *testing.T) {
			dir := path.Join("modes", mode)
			cases := listCases(t, dir, false)
			if len(cases) == 0 {
				t.Fatalf("no cases in tests/%s", dir)
			}
			same := 0
			for _, c := range cases {
				base := strings.TrimSuffix(c, ".py")
				t.Run(base, func(t *testing.T) {
					problem := checkModeCase(t, path.Join(dir, c), mode)
					if known.finish(t, dir+"/"+base, problem) {
						same++
					}
				})
			}
			t.Logf("%s: %d/%d cases match CPython", dir, same, len(cases))
		})
	}
}

func checkModeCase(t *testing.T, rel, mode string) string {
	src := mustRead(t, rel)
	base := strings.TrimSuffix(rel, ".py")
	wantAST, errAST := os.ReadFile(base + ".ast")
	facts, errErr := readErrFacts(base + ".err")
	if errAST != nil && errErr != nil {
		t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", errAST)
	}
	wantWarn, err := os.ReadFile(base + ".warn")
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	res, timedOut := parse("tests/"+rel, src, parser.Options{Mode: mode, TypeComments: true},
		ast.DumpOptions{IncludeAttributes: true, Indent: 3})
	switch {
	case timedOut:
		return "parser did not finish within " + parseTimeout.String()
	case res.panicked != "":
		return "panic: " + res.panicked
	}
	var problem string
	if errErr == nil {
		problem = compareError(facts, "", res.err)
	} else {
		switch {
		case res.err != nil:
			return "CPython parses this, pygo raised " + res.err.Error()
		case res.mod == nil:
			return "parser returned neither a tree nor an error"
		}
		problem = diff("ast dump", string(wantAST), res.dump)
	}
	if d := diff("warnings", string(wantWarn), formatWarnings(res.warnings)); d != "" {
		problem += d
	}
	return problem
}
