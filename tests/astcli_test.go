package tests

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pygo/pygo/internal/cli"
)

// TestAstCLIFlags runs `pygo -m ast` with the ast module's options and
// compares stdout with what CPython 3.14's ast.main printed for the same
// arguments (astcli/expected.json, made by running astcli/gen.py under the
// oracle: /work/shared/tools/py314 tests/astcli/gen.py > tests/astcli/expected.json).
func TestAstCLIFlags(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("astcli", "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Args   []string `json:"args"`
		Stdout string   `json:"stdout"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no cases")
	}
	for _, c := range cases {
		args := append([]string{"-m", "ast"}, c.Args...)
		// The last argument is the file, relative to astcli/.
		args[len(args)-1] = filepath.Join("astcli", args[len(args)-1])
		t.Run(strings.Join(c.Args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			code := cli.Main("pygo", args, strings.NewReader(""), &out, &errb)
			if code != 0 {
				t.Fatalf("exit %d, stderr:\n%s", code, errb.String())
			}
			if d := diff("stdout", c.Stdout, out.String()); d != "" {
				t.Error(d)
			}
		})
	}
}
