package py

import (
	"math"
	"strconv"
	"strings"
)

// float.hex, float.fromhex and float.__getformat__.

// FloatHex is float.hex(x): 0x<digit>.<13 hex digits>p<exponent>, with the
// exponent of a normal number chosen so the leading digit is 1 (subnormals
// use 0x0.…p-1022), as CPython prints it.
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
		x = -x
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	m, e := math.Frexp(x)
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const digits = "0123456789abcdef"
	var b strings.Builder
	b.WriteString(sign)
	b.WriteString("0x")
	d := int(m)
	b.WriteByte(digits[d])
	m -= float64(d)
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		b.WriteByte(digits[d])
		m -= float64(d)
	}
	b.WriteByte('p')
	if e >= 0 {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// FloatFromHex parses float.fromhex's argument.
func FloatFromHex(s string) (float64, *Exception) {
	bad := ValueError("invalid hexadecimal floating-point string")
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	isHex := func(c byte) bool { return c < 0x80 && digitVal(c) < 16 }
	i, ndig := 0, 0
	for i < len(s) && isHex(s[i]) {
		i++
		ndig++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isHex(s[i]) {
			i++
			ndig++
		}
	}
	if ndig == 0 {
		return 0, bad
	}
	mant := s[:i]
	exp := "0"
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		k := j
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == j {
			return 0, bad
		}
		exp = s[i+1 : k]
		i = k
	}
	if i != len(s) {
		return 0, bad
	}
	if strings.HasPrefix(mant, ".") {
		mant = "0" + mant
	}
	// Clamp absurd exponents: the result is 0 or overflows either way.
	if e, err := strconv.ParseInt(exp, 10, 64); err != nil || e > 1<<20 || e < -(1<<20) {
		if strings.HasPrefix(exp, "-") {
			exp = "-1048576"
		} else {
			exp = "1048576"
		}
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, OverflowError("hexadecimal value too large to represent as a float")
	}
	if err != nil && !isRangeErr(err) {
		return 0, bad
	}
	if neg {
		f = -f
	}
	return f, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

func floatHexMethods(typ *Type) {
	addMethod(typ, "hex", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) > 0 || kw.Len() > 0 {
			return Object{}, TypeError("float.hex() takes no arguments (%d given)", len(args))
		}
		f, _ := FloatValue(self)
		return NewStr(FloatHex(f)).Obj(), nil
	})
	addClassMethod(typ, "fromhex", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, TypeError("float.fromhex() takes exactly one argument (%d given)", len(args))
		}
		s, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("fromhex() argument must be str, not %s", TypeName(args[0]))
		}
		f, exc := FloatFromHex(s.s)
		if exc != nil {
			return Object{}, exc
		}
		if ct := AsType(cls); ct != nil && ct != FloatType {
			return Call(t, cls, []Object{NewFloat(f)}, nil)
		}
		return NewFloat(f), nil
	})
	addClassMethod(typ, "__getformat__", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, TypeError("float.__getformat__() takes exactly one argument (%d given)", len(args))
		}
		s, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("__getformat__() argument must be str, not %s", TypeName(args[0]))
		}
		if s.s != "double" && s.s != "float" {
			return Object{}, ValueError("__getformat__() argument 1 must be 'double' or 'float'")
		}
		return NewStr("IEEE, little-endian").Obj(), nil
	})
}
