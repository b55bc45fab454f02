package math

import (
	"math"
	"testing"
)

func TestFsumExact(t *testing.T) {
	var p partials
	for i := 0; i < 10; i++ {
		p.add(0.1)
	}
	if got := p.sum(); got != 1.0 {
		t.Fatalf("fsum(0.1*10) = %v, want 1.0", got)
	}
	var q partials
	for _, x := range []float64{1, 1e100, 1, -1e100} {
		q.add(x)
	}
	if got := q.sum(); got != 2 {
		t.Fatalf("fsum = %v, want 2", got)
	}
}

func TestVectorNorm(t *testing.T) {
	cases := []struct {
		xs   []float64
		want float64
	}{{[]float64{3, 4}, 5}, {[]float64{-3, 4, 12}, 13}, {nil, 0}, {[]float64{math.Inf(-1), math.NaN()}, math.Inf(1)}}
	for _, c := range cases {
		if got := vectorNorm(c.xs); got != c.want {
			t.Errorf("norm(%v) = %v, want %v", c.xs, got, c.want)
		}
	}
}

func TestGammaExactIntegers(t *testing.T) {
	if g := gamma(23); g != 1124000727777607680000 {
		t.Fatalf("gamma(23) = %v", g)
	}
	if !math.IsNaN(gamma(0)) || !math.IsNaN(gamma(-3)) {
		t.Fatal("gamma poles must be NaN (domain error)")
	}
}
