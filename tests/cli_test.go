package tests

import (
	"bytes"
	"os"
	"path"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

// TestCLIReport runs `pygo tests/syntaxerr/NAME.py` from the repository root
// and compares what it prints on stderr with NAME.report, which holds what
// `python3.14 tests/syntaxerr/NAME.py` prints, and the exit status with 1.
func TestCLIReport(t *testing.T) {
	cases := listCases(t, "syntaxerr", false, "compile", "typecomments")
	t.Chdir(root)
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			rel := path.Join("tests", "syntaxerr", c)
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
			if known.finish(t, "cli-report/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("cli-report: %d/%d reports match CPython's", same, len(cases))
}

// TestCLIAst runs `pygo -m ast -a tests/syntax/NAME.py` and compares stdout
// with NAME.ast, which is what `python3.14 -m ast -a` prints.
func TestCLIAst(t *testing.T) {
	cases := listCases(t, "syntax", true)
	t.Chdir(root)
	same := 0
	for _, c := range cases {
		base := strings.TrimSuffix(c, ".py")
		t.Run(base, func(t *testing.T) {
			rel := path.Join("tests", "syntax", c)
			want, err := os.ReadFile(strings.TrimSuffix(rel, ".py") + ".ast")
			if err != nil {
				t.Fatalf("no expected output (run `go run ./tools/oracle/regen`): %v", err)
			}
			code, stdout, _ := runCLI("pygo", "-m", "ast", "-a", rel)
			problem := diff("pygo -m ast -a output", string(want), stdout)
			if code != 0 {
				problem += "exit status " + itoa(code) + ", want 0\n"
			}
			if known.finish(t, "cli-ast/"+base, problem) {
				same++
			}
		})
	}
	t.Logf("cli-ast: %d/%d dumps match CPython's", same, len(cases))
}

func runCLI(prog string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	defer func() {
		if p := recover(); p != nil {
			code = -1
			errb.WriteString("panic: " + visible(strings.TrimSpace(toString(p))))
		}
		stdout, stderr = out.String(), errb.String()
	}()
	code = cli.Main(prog, args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}
