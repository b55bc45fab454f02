package report

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// TestMatchersAgainstOracle checks closestByEdits and closeMatches against
// testdata/suggest_oracle.json, which holds what CPython 3.14 answers
// (_suggestions._generate_suggestions and difflib.get_close_matches) for
// the same inputs; testdata/gen_suggest.py produced it under the oracle.
func TestMatchersAgainstOracle(t *testing.T) {
	data, err := os.ReadFile("testdata/suggest_oracle.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name  string    `json:"name"`
		Cands []string  `json:"cands"`
		Lev   *string   `json:"lev"`
		Close []string  `json:"close"`
		Ratio []float64 `json:"ratio"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 500 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		cands := c.Cands
		if cands == nil {
			cands = keywords
		}
		if c.Lev != nil || c.Ratio == nil {
			want := ""
			if c.Lev != nil {
				want = *c.Lev
			}
			if got := closestByEdits(cands, c.Name); got != want {
				t.Errorf("closestByEdits(%q, %q) = %q, want %q", cands, c.Name, got, want)
			}
		}
		got := closeMatches(c.Name, cands, 3, 0.5)
		if !slices.Equal(got, c.Close) && !(len(got) == 0 && len(c.Close) == 0) {
			t.Errorf("closeMatches(%q, %q) = %q, want %q", c.Name, cands, got, c.Close)
		}
		for i, want := range c.Ratio {
			m := newSeqMatcher(c.Name)
			if got := m.ratio([]rune(cands[i])); got != want {
				t.Errorf("ratio(%q, %q) = %v, want %v", cands[i], c.Name, got, want)
			}
		}
	}
}
