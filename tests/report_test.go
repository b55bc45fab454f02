package tests

import (
	"os"
	"path"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// TestSyntaxErrReport compares what `pygo FILE` prints for an invalid
// program (internal/report's SyntaxError report) with what `python3.14 FILE`
// prints, NAME.report.
func TestSyntaxErrReport(t *testing.T) {
	cases := listCases(t, "syntaxerr", false)
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			rel := path.Join("syntaxerr", c)
			want, err := os.ReadFile(path.Join(root, "tests", strings.TrimSuffix(rel, ".py")+".report"))
			if err != nil {
				t.Skip("no .report file")
			}
			src := mustRead(t, rel)
			res, timedOut := parse("tests/"+rel, src, parser.Options{FileInput: true}, ast.DumpOptions{Indent: -1})
			problem := ""
			switch {
			case timedOut:
				problem = "parser did not finish in time"
			case res.panicked != "":
				problem = "panic: " + res.panicked
			case res.err == nil:
				problem = "pygo parsed the program"
			default:
				got := report.SyntaxErrorWithSource(res.err, &report.Source{Text: src, FromFile: true})
				problem = diff("report", strings.TrimRight(string(want), "\n"), strings.TrimRight(got, "\n"))
			}
			if known.finish(t, "report/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("report: %d/%d cases print CPython's report", same, len(cases))
}
