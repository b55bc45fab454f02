package scanner

import (
	"testing"

	"github.com/pygo/pygo/syntax/token"
)

func TestKeywordMatchesLookup(t *testing.T) {
	for k := token.Kind(0); k < token.NumKinds; k++ {
		if k.IsKeyword() {
			if got := keyword(k.String()); got != k {
				t.Errorf("keyword(%q) = %v", k.String(), got)
			}
		}
	}
	for _, n := range []string{"match", "case", "type", "_", "soft", "Falsey", "iff"} {
		if keyword(n) != token.NAME || token.Lookup(n) != token.NAME {
			t.Errorf("%q is not a keyword", n)
		}
	}
}
