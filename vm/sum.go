package vm

import (
	"math"

	"github.com/pygo/pygo/py"
)

// sumIter is the loop of sum(): CPython 3.12+ adds floats (and, since
// 3.14, complex numbers) with Neumaier's compensated summation once the
// running total is an exact float (complex), so sum([0.1] * 10) == 1.0.
// Other values use the + protocol.
func sumIter(p *py.Thread, it, acc Object) (Object, *py.Exception) {
	// smallInt reports an int item the float path may absorb exactly as
	// CPython's PyLong_AsLongAndOverflow does (no overflow).
	smallInt := func(v Object) (float64, bool) {
		if !py.IsInt(v) {
			return 0, false
		}
		n, b, ok := py.IntValue(v)
		if !ok || b != nil {
			return 0, false
		}
		return float64(n), true
	}
	pending := nilObj // an item not yet added
	for {
		if acc.Type() == py.FloatType {
			f, _ := py.FloatValue(acc)
			c := 0.0
			add := func(x float64) {
				t := f + x
				if math.Abs(f) >= math.Abs(x) {
					c += (f - t) + x
				} else {
					c += (x - t) + f
				}
				f = t
			}
			for {
				v := pending
				pending = nilObj
				if v.IsNil() {
					var e *py.Exception
					if v, e = iterNext(p, it); e != nil {
						return nilObj, e
					}
				}
				if v.IsNil() {
					if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
						f += c
					}
					return py.NewFloat(f), nil
				}
				if v.Type() == py.FloatType {
					x, _ := py.FloatValue(v)
					add(x)
					continue
				}
				if x, ok := smallInt(v); ok {
					add(x)
					continue
				}
				if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
					f += c
				}
				acc, pending = py.NewFloat(f), v
				break
			}
		} else if acc.Type() == py.ComplexType {
			z, _, _ := py.ComplexValue(acc)
			re, im, cr, ci := real(z), imag(z), 0.0, 0.0
			add := func(f, x float64, c *float64) float64 {
				t := f + x
				if math.Abs(f) >= math.Abs(x) {
					*c += (f - t) + x
				} else {
					*c += (x - t) + f
				}
				return t
			}
			fin := func(c float64) bool { return c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) }
			done := func() Object {
				if fin(cr) {
					re += cr
				}
				if fin(ci) {
					im += ci
				}
				return py.NewComplex(complex(re, im))
			}
			for {
				v := pending
				pending = nilObj
				if v.IsNil() {
					var e *py.Exception
					if v, e = iterNext(p, it); e != nil {
						return nilObj, e
					}
				}
				if v.IsNil() {
					return done(), nil
				}
				switch {
				case v.Type() == py.ComplexType:
					w, _, _ := py.ComplexValue(v)
					re, im = add(re, real(w), &cr), add(im, imag(w), &ci)
					continue
				case v.Type() == py.FloatType:
					x, _ := py.FloatValue(v)
					re = add(re, x, &cr)
					continue
				}
				if x, ok := smallInt(v); ok {
					re = add(re, x, &cr)
					continue
				}
				acc, pending = done(), v
				break
			}
		}
		v := pending
		pending = nilObj
		if v.IsNil() {
			var e *py.Exception
			if v, e = iterNext(p, it); e != nil {
				return nilObj, e
			}
		}
		if v.IsNil() {
			return acc, nil
		}
		var e *py.Exception
		if acc, e = py.BinaryOp(p, py.OpAdd, acc, v); e != nil {
			return nilObj, e
		}
	}
}
