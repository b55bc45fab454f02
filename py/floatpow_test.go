package py

import (
	"math"
	"math/big"
	"testing"
)

// Pow must round to nearest where math.Pow is off: the cases below are
// ones where Go's math.Pow returns a neighbour of the right double.
func TestPowRounding(t *testing.T) {
	cases := []struct{ x, y, want float64 }{
		{8, 1.0 / 3, 2},
		{0.0344381813053012, 27, 3.1629011496700284e-40},
		{10, -3, 0.001},
		{2, 0.5, math.Sqrt2},
		{2, 1023, 0x1p1023},
		{0.5, 1000, 0x1p-1000},
	}
	for _, c := range cases {
		if got := Pow(c.x, c.y); got != c.want {
			t.Errorf("Pow(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// For integer exponents the exact power is computable: Pow must equal
// it rounded to nearest.
func TestPowIntegerExact(t *testing.T) {
	for _, x := range []float64{1.1, 3.7, 0.9999999, 123.456, 1e-3} {
		for n := 3; n <= 40; n += 7 {
			exact := new(big.Float).SetPrec(4000).SetFloat64(1)
			bx := new(big.Float).SetPrec(4000).SetFloat64(x)
			for i := 0; i < n; i++ {
				exact.Mul(exact, bx)
			}
			want, _ := exact.Float64()
			if got := Pow(x, float64(n)); got != want {
				t.Errorf("Pow(%v, %d) = %v, want %v", x, n, got, want)
			}
		}
	}
}

// sincos reduces by pi/2 in extra precision, so cos(pi/2) keeps its
// significant digits.
func TestSincosNearHalfPi(t *testing.T) {
	if _, c := sincos(math.Pi / 2); c != 6.123233995736766e-17 {
		t.Errorf("cos(pi/2) = %v", c)
	}
	if s, c := sincos(0.5); s != math.Sin(0.5) || c != math.Cos(0.5) {
		t.Errorf("sincos(0.5) changed the primary range: %v %v", s, c)
	}
}
