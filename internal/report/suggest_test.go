package report

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/parser"
)

// TestKeywordTyposAgainstOracle parses each source of
// testdata/typos_oracle.json as `python3.14 FILE` would and compares the
// report, keyword-typo hint included, with what CPython printed
// (testdata/gen_typos.py produced the file under the oracle).
func TestKeywordTyposAgainstOracle(t *testing.T) {
	data, err := os.ReadFile("testdata/typos_oracle.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Src, Report string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	hints := 0
	for _, c := range cases {
		const name = "/tmp/typo_case.py"
		_, _, perr := parser.Parse(name, []byte(c.Src), parser.Options{FileInput: true})
		if perr == nil {
			t.Errorf("%q: parsed", c.Src)
			continue
		}
		got := SyntaxErrorWithSource(perr, &Source{Text: []byte(c.Src), FromFile: true})
		if got != c.Report {
			t.Errorf("%q:\ngot\n%s\nwant\n%s", c.Src, got, c.Report)
		}
		if strings.Contains(c.Report, "Did you mean") {
			hints++
		}
	}
	if hints < 10 {
		t.Errorf("only %d cases with a hint", hints)
	}
}

func TestDedent(t *testing.T) {
	// Expectations from textwrap.dedent of CPython 3.14.
	for in, want := range map[string]string{
		"  a\n    b\n  c": "a\n  b\nc",
		"\ta\n\t\tb":      "a\n\tb",
		"  a\n\tb":        "  a\n\tb",
		"  a\n   \n  b":   "a\n\nb",
		"":                "",
		"   ":             "",
		"x":               "x",
		"    if x:\n   y": " if x:\ny",
	} {
		if got := dedent(in); got != want {
			t.Errorf("dedent(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitLines(t *testing.T) {
	// Expectations from str.splitlines.
	got := splitLines("a\nb\r\nc\rd\ve\ff\x1cg\u2028h\n\n")
	want := []string{"a", "b", "c", "d", "e", "f", "g", "h", ""}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("splitLines = %q, want %q", got, want)
	}
}
