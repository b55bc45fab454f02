// Package pyrepr holds the formatting of Python values that both the front
// end (ast.dump) and the object model (repr) need, so there is one
// implementation of, e.g., CPython's shortest round-trip float repr.
package pyrepr

import (
	"math"
	"strconv"
	"strings"
)

// Float formats f as repr(float) does: the shortest string that round-trips,
// in fixed notation for exponents -4 <= e < 16, scientific notation with at
// least two exponent digits otherwise, "inf", "-inf" and "nan".
func Float(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	return ShortFloat(f, true)
}

// ShortFloat formats a finite float repr-style: exponent notation outside
// [1e-4, 1e16); addDotZero appends ".0" to integral values.
func ShortFloat(f float64, addDotZero bool) string {
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	s := string(e)
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	if neg {
		mant = mant[1:]
	}
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		out += "e" + sign + es
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if len(digits) > exp+1 {
		out = digits[:exp+1] + "." + digits[exp+1:]
	} else {
		out = digits + strings.Repeat("0", exp+1-len(digits))
		if addDotZero {
			out += ".0"
		}
	}
	if neg {
		out = "-" + out
	}
	return out
}
