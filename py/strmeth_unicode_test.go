package py

import "testing"

// The generated tables follow Unicode 16 (Go's unicode package is older)
// and must stay sorted for the binary search.
func TestUnicodeTables(t *testing.T) {
	for name, tab := range map[string][]uniRange{"digit": uniDigit[:], "numeric": uniNumeric[:], "alpha": uniAlpha[:], "decimal": uniDecimal[:], "printable": uniPrintable[:]} {
		for i := 1; i < len(tab); i++ {
			if tab[i].lo <= tab[i-1].hi || tab[i].lo > tab[i].hi {
				t.Fatalf("%s table unsorted at %d", name, i)
			}
		}
	}
	checks := []struct {
		r    rune
		f    func(rune) bool
		want bool
	}{
		{0x1F100, isDigitRune, true}, {0x1369, isDigitRune, true}, {0x8CB3, isNumericRune, true},
		{0x8CB3, isDigitRune, false}, {'é', isAlphaRune, true}, {0xAD, isPrintableRune, false},
		{'7', isDecimal, true}, {0xB2, isDecimal, false}, {0x10FFFF, isAlphaRune, false},
	}
	for _, c := range checks {
		if c.f(c.r) != c.want {
			t.Errorf("predicate(%#x) = %v, want %v", c.r, !c.want, c.want)
		}
	}
}
