package ast

import (
	"math"
	"testing"
)

// Expected reprs were printed by CPython 3.14 (the oracle).
func TestRepr(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{float64(0.0), "0.0"},
		{math.Copysign(0, -1), "-0.0"},
		{float64(1.0), "1.0"},
		{float64(1e16), "1e+16"},
		{float64(1e15), "1000000000000000.0"},
		{float64(123456789012345678.0), "1.2345678901234568e+17"},
		{float64(1e-4), "0.0001"},
		{float64(1e-5), "1e-05"},
		{float64(0.1), "0.1"},
		{float64(1.5e300), "1.5e+300"},
		{float64(5e-324), "5e-324"},
		{float64(2.5), "2.5"},
		{float64(100.0), "100.0"},
		{float64(1e22), "1e+22"},
		{float64(12345.678), "12345.678"},
		{float64(9999999999999998.0), "9999999999999998.0"},
		{float64(0.00012), "0.00012"},
		{math.Inf(1), "inf"},
		{float64(1.7976931348623157e308), "1.7976931348623157e+308"},
		{complex128(1i), "1j"},
		{complex128(2.5i), "2.5j"},
		{complex128(1e16i), "1e+16j"},
		{complex128(0i), "0j"},
		{complex(math.NaN(), math.Inf(1)), "(nan+infj)"},
		{complex128(1e-5i), "1e-05j"},
		{complex128(100i), "100j"},
		{"a", "'a'"},
		{"it's", "\"it's\""},
		{"both '\"", "'both \\'\"'"},
		{"\x00\x7f\n\t\r\\", "'\\x00\\x7f\\n\\t\\r\\\\'"},
		{"é", "'\u00e9'"},
		{"\u200b", "'\\u200b'"},
		{"\u00a0", "'\\xa0'"},
		{"\U0001f600", "'\U0001f600'"},
		{"\xed\xa0\x80", "'\\ud800'"},
		{"\u0378", "'\\u0378'"},
		{"\u0085", "'\\x85'"},
		{"\u3000", "'\\u3000'"},
		{"ア", "'\u30a2'"},
		{Bytes("a"), "b'a'"},
		{Bytes("it's"), "b\"it's\""},
		{Bytes("\x00\xff\n\"'"), "b'\\x00\\xff\\n\"\\''"},
		{Bytes("\\"), "b'\\\\'"},
	}
	for _, tc := range tests {
		if got := Repr(tc.v); got != tc.want {
			t.Errorf("Repr(%#v) = %s, want %s", tc.v, got, tc.want)
		}
	}
}
