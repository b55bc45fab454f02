package scanner

import (
	"golang.org/x/text/unicode/norm"
)

// runeRange is an inclusive range of code points; the tables in
// unicode_tables.go are generated from CPython (testdata/gen_unicode.py)
// so identifier and printability rules match its Unicode version.
type runeRange struct{ lo, hi rune }

func inRanges(r rune, t []runeRange) bool {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < t[m].lo:
			hi = m
		case r > t[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

func isXIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_'
	}
	return inRanges(r, xidStartRanges)
}

func isXIDContinue(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '_' || r >= '0' && r <= '9'
	}
	return inRanges(r, xidContinueRanges)
}

// isPrintable is Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	return inRanges(r, printableRanges)
}

// nfkc normalizes an identifier (PEP 3131).
func nfkc(s string) string {
	return norm.NFKC.String(s)
}
