package py

import "math"

// Pow is x**y for finite x > 0 and finite y, rounded as the C library's
// pow rounds in practice: to nearest from a double-double (about 104-bit)
// evaluation. Go's math.Pow can be an ulp or more off (8**(1/3) gives
// 1.9999999999999998), which changes printed results.
func Pow(x, y float64) float64 {
	switch {
	case y == 1:
		return x
	case y == 2:
		return x * x // one IEEE rounding: already exact to nearest
	case y == -1:
		return 1 / x
	case y == 0.5:
		return math.Sqrt(x)
	case x == 1 || y == 0:
		return 1
	}
	if y == math.Trunc(y) && math.Abs(y) <= 1024 {
		n := int(math.Abs(y))
		h, l := ddPowInt(x, n)
		if y < 0 {
			h, l = ddDiv(1, 0, h, l)
		}
		if math.IsInf(h, 0) || math.IsNaN(h) || h == 0 || math.Abs(h) < 0x1p-1000 {
			return math.Pow(x, y) // overflow, or near the subnormal range
		}
		return h + l
	}
	lh, ll := ddLog(x)
	zh, zl := ddMul(y, 0, lh, ll)
	if zh > 709.7 || zh < -708 || math.IsNaN(zh) {
		return math.Pow(x, y) // overflow or (near) underflow
	}
	h, l := ddExp(zh, zl)
	return h + l
}

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func ddAdd(ah, al, bh, bl float64) (float64, float64) {
	s, e := twoSum(ah, bh)
	t, f := twoSum(al, bl)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	return quickTwoSum(s, e)
}

func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p := ah * bh
	e := math.FMA(ah, bh, -p)
	e += ah*bl + al*bh
	return quickTwoSum(p, e)
}

func ddDiv(ah, al, bh, bl float64) (float64, float64) {
	q1 := ah / bh
	ph, pl := ddMul(q1, 0, bh, bl)
	rh, rl := ddAdd(ah, al, -ph, -pl)
	q2 := rh / bh
	ph, pl = ddMul(q2, 0, bh, bl)
	rh, _ = ddAdd(rh, rl, -ph, -pl)
	q3 := rh / bh
	h, l := quickTwoSum(q1, q2)
	return ddAdd(h, l, q3, 0)
}

// ddPowInt is x**n (n >= 0) by binary powering in double-double.
func ddPowInt(x float64, n int) (float64, float64) {
	rh, rl := 1.0, 0.0
	ph, pl := x, 0.0
	for n > 0 {
		if n&1 != 0 {
			rh, rl = ddMul(rh, rl, ph, pl)
		}
		n >>= 1
		if n > 0 {
			ph, pl = ddMul(ph, pl, ph, pl)
		}
	}
	return rh, rl
}

const (
	ln2Hi = 0.6931471805599453
	ln2Lo = 2.3190468138462996e-17
)

// ddExp is e**(zh+zl) in double-double for |z| below about 709.
func ddExp(zh, zl float64) (float64, float64) {
	k := math.Round(zh / ln2Hi)
	// r = z - k*ln2, with k*ln2 formed exactly enough.
	ph := k * ln2Hi
	pe := math.FMA(k, ln2Hi, -ph)
	rh, rl := ddAdd(zh, zl, -ph, -pe)
	rh, rl = ddAdd(rh, rl, -k*ln2Lo, -math.FMA(k, ln2Lo, -k*ln2Lo))
	// e**r = (e**(r/1024))**1024; the Taylor series of the small
	// argument converges in a dozen terms.
	rh, rl = rh/1024, rl/1024
	sh, sl := 1.0, 0.0
	th, tl := 1.0, 0.0
	for i := 1; i <= 12; i++ {
		th, tl = ddMul(th, tl, rh, rl)
		th, tl = ddDiv(th, tl, float64(i), 0)
		sh, sl = ddAdd(sh, sl, th, tl)
	}
	for i := 0; i < 10; i++ {
		sh, sl = ddMul(sh, sl, sh, sl)
	}
	return math.Ldexp(sh, int(k)), math.Ldexp(sl, int(k))
}

// ddLog is log(x) in double-double: math.Log refined by one Newton step
// against ddExp.
func ddLog(x float64) (float64, float64) {
	l0 := math.Log(x)
	eh, el := ddExp(l0, 0)
	dh, dl := ddAdd(x, 0, -eh, -el)
	c, _ := ddDiv(dh, dl, eh, el)
	return quickTwoSum(l0, c)
}

// powAny is Pow where x may be zero, infinite or NaN (math.Pow's special
// cases apply there).
func powAny(x, y float64) float64 {
	if x > 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		return Pow(x, y)
	}
	return math.Pow(x, y)
}

// pi/2 in three parts, for argument reduction that stays accurate near
// multiples of pi/2 (math.Cos(math.Pi/2) is 6.123233995736757e-17, C's
// cos gives the correctly rounded 6.123233995736766e-17).
const (
	pio2A = 1.5707963267948966
	pio2B = 6.123233995736766e-17
	pio2C = -1.4973849048591698e-33
)

// sincos is sin(x), cos(x) with x reduced by pi/2 in extra precision.
func sincos(x float64) (s, c float64) {
	if math.Abs(x) > 1e9 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x), math.Cos(x)
	}
	k := math.Round(x / pio2A)
	r := math.FMA(-k, pio2A, x)
	r = math.FMA(-k, pio2B, r)
	r = math.FMA(-k, pio2C, r)
	ss, cc := math.Sin(r), math.Cos(r)
	switch int64(k) & 3 {
	case 0:
		return ss, cc
	case 1:
		return cc, -ss
	case 2:
		return -ss, -cc
	}
	return -cc, ss
}
