// Package math is the math module: CPython's math functions over Go's
// math package, with CPython 3.14's error rules and messages (domain
// errors with the offending value, range errors, the integer functions
// on arbitrary-precision ints, exactly rounded fsum).
package math

import (
	"math"
	"math/big"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

type fn = func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)

func init() { vm.RegisterModule("math", initModule) }

func domain() *py.Exception   { return py.ValueError("math domain error") }
func rangeErr() *py.Exception { return py.OverflowError("math range error") }
func fstr(x float64) string   { return py.FloatRepr(x) }
func gotErr(msg string, x float64) *py.Exception {
	return py.ValueError("%s, got %s", msg, fstr(x))
}

// toFloat is the "d" argument conversion: float, int, __float__, __index__.
func toFloat(t *py.Thread, o Object) (float64, *py.Exception) {
	if f, ok := py.FloatValue(o); ok {
		return f, nil
	}
	if py.IsInt(o) {
		return py.IntToFloat(o)
	}
	sl := o.Type().Slots()
	if sl.Float != nil || sl.Index != nil {
		return py.ToFloat(t, o)
	}
	return 0, py.TypeError("must be real number, not %s", py.TypeName(o))
}

// func1 wraps a one-argument float function following CPython's math_1:
// a NaN from a non-NaN is a domain error (with msg, if any, naming the
// value), an infinity from a finite value a range error when canOverflow.
func func1(name string, f func(float64) float64, canOverflow bool, msg string) fn {
	return func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		x, e := oneFloat(t, "math."+name, args, kw)
		if e != nil {
			return Object{}, e
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			if msg != "" {
				return Object{}, gotErr(msg, x)
			}
			return Object{}, domain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return Object{}, rangeErr()
			}
			if msg != "" {
				return Object{}, gotErr(msg, x)
			}
			return Object{}, domain()
		}
		return py.NewFloat(r), nil
	}
}

// oneFloat parses exactly one float-convertible positional argument.
func oneFloat(t *py.Thread, name string, args []Object, kw *py.Tuple) (float64, *py.Exception) {
	if e := arg.Exact(name, args, kw, 1, 1); e != nil {
		return 0, e
	}
	return toFloat(t, args[0])
}

// twoFloats parses exactly two float-convertible positional arguments.
func twoFloats(t *py.Thread, name string, args []Object, kw *py.Tuple) (x, y float64, e *py.Exception) {
	if e = arg.Exact(name, args, kw, 2, 2); e != nil {
		return 0, 0, e
	}
	return floatPair(t, args[0], args[1])
}

// floatPair converts two arguments to float, the first one first.
func floatPair(t *py.Thread, a, b Object) (x, y float64, e *py.Exception) {
	if x, e = toFloat(t, a); e != nil {
		return 0, 0, e
	}
	if y, e = toFloat(t, b); e != nil {
		return 0, 0, e
	}
	return x, y, nil
}

func func2(name string, f func(float64, float64) float64) fn {
	return func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		x, y, e := twoFloats(t, name, args, kw)
		if e != nil {
			return Object{}, e
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Object{}, domain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(x) && !math.IsNaN(y) {
			return Object{}, rangeErr()
		}
		return py.NewFloat(r), nil
	}
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	def := func(name string, f fn) { set(name, arg.Func(name, f)) }
	set("pi", py.NewFloat(math.Pi))
	set("e", py.NewFloat(math.E))
	set("tau", py.NewFloat(2*math.Pi))
	set("inf", py.NewFloat(math.Inf(1)))
	set("nan", py.NewFloat(math.NaN()))

	const rng = "expected a number in range from -1 up to 1"
	const finite = "expected a finite input"
	def("acos", func1("acos", math.Acos, false, rng))
	def("asin", func1("asin", math.Asin, false, rng))
	def("atan", func1("atan", math.Atan, false, ""))
	def("acosh", func1("acosh", math.Acosh, false, "expected argument value not less than 1"))
	def("asinh", func1("asinh", math.Asinh, false, ""))
	def("atanh", func1("atanh", math.Atanh, false, "expected a number between -1 and 1"))
	def("cos", func1("cos", math.Cos, false, finite))
	def("sin", func1("sin", math.Sin, false, finite))
	def("tan", func1("tan", math.Tan, false, finite))
	def("cosh", func1("cosh", math.Cosh, true, ""))
	def("sinh", func1("sinh", math.Sinh, true, ""))
	def("tanh", func1("tanh", math.Tanh, false, ""))
	def("exp", func1("exp", math.Exp, true, ""))
	def("exp2", func1("exp2", math.Exp2, true, ""))
	def("expm1", func1("expm1", math.Expm1, true, ""))
	def("cbrt", func1("cbrt", math.Cbrt, false, ""))
	def("fabs", func1("fabs", math.Abs, false, ""))
	def("erf", func1("erf", math.Erf, false, ""))
	def("erfc", func1("erfc", math.Erfc, false, ""))
	def("sqrt", func1("sqrt", math.Sqrt, false, "expected a nonnegative input"))
	def("log1p", func1("log1p", math.Log1p, false, "expected argument value > -1"))
	def("gamma", func1("gamma", gamma, true, "expected a noninteger or positive integer"))
	def("lgamma", func1("lgamma", lgamma, true, "expected a noninteger or positive integer"))
	def("degrees", func1("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true, ""))
	def("radians", func1("radians", func(x float64) float64 { return x * (math.Pi / 180) }, false, ""))
	def("atan2", func2("atan2", math.Atan2))
	def("copysign", func2("copysign", math.Copysign))
	def("fmod", func2("fmod", func(x, y float64) float64 {
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return x
		}
		return math.Mod(x, y)
	}))
	def("remainder", func2("remainder", func(x, y float64) float64 {
		if math.IsNaN(x) || math.IsNaN(y) {
			return math.NaN()
		}
		if math.IsInf(x, 0) || y == 0 {
			return math.NaN()
		}
		if math.IsInf(y, 0) {
			return x
		}
		return math.Remainder(x, y)
	}))
	def("pow", mathPow)
	def("log", mathLog)
	def("log2", logN("log2", math.Log2, 1))
	def("log10", logN("log10", math.Log10, math.Log10(2)))
	for _, n := range []string{"floor", "ceil", "trunc"} {
		def(n, rounder(n))
	}
	def("isnan", pred("isnan", math.IsNaN))
	def("isinf", pred("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	def("isfinite", pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	def("frexp", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math.frexp", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		x, e := toFloat(t, args[0])
		if e != nil {
			return Object{}, e
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
			return py.NewTuple(py.NewFloat(x), py.MakeInt(0)).Obj(), nil
		}
		m, ex := math.Frexp(x)
		return py.NewTuple(py.NewFloat(m), py.MakeInt(int64(ex))).Obj(), nil
	})
	def("modf", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math.modf", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		x, e := toFloat(t, args[0])
		if e != nil {
			return Object{}, e
		}
		if math.IsInf(x, 0) {
			return py.NewTuple(py.NewFloat(math.Copysign(0, x)), py.NewFloat(x)).Obj(), nil
		}
		i, f := math.Modf(x)
		return py.NewTuple(py.NewFloat(f), py.NewFloat(i)).Obj(), nil
	})
	def("ldexp", mathLdexp)
	def("fsum", mathFsum)
	def("isclose", mathIsclose)
	def("hypot", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.NoKw("math.hypot", kw); e != nil {
			return Object{}, e
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			x, e := toFloat(t, a)
			if e != nil {
				return Object{}, e
			}
			xs[i] = x
		}
		return py.NewFloat(vectorNorm(xs)), nil
	})
	def("dist", mathDist)
	def("nextafter", mathNextafter)
	def("ulp", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math.ulp", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		x, e := toFloat(t, args[0])
		if e != nil {
			return Object{}, e
		}
		return py.NewFloat(ulp(x)), nil
	})
	def("fma", mathFma)
	def("prod", mathProd)
	def("sumprod", mathSumprod)
	intFuncs(def)
	return nil
}

func pred(name string, f func(float64) bool) fn {
	return func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		x, e := oneFloat(t, "math."+name, args, kw)
		if e != nil {
			return Object{}, e
		}
		return py.Bool(f(x)), nil
	}
}

// gamma and lgamma: exact values at small positive integers, as CPython
// (whose own Lanczos implementation special-cases them); poles are NaN
// so func1 reports the domain error.
func gamma(x float64) float64 {
	if x == math.Trunc(x) && !math.IsInf(x, 0) {
		if x <= 0 {
			return math.NaN()
		}
		if x <= 23 {
			f, _ := new(big.Float).SetInt(new(big.Int).MulRange(1, int64(x)-1)).Float64()
			return f
		}
	}
	if math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func lgamma(x float64) float64 {
	if x == math.Trunc(x) && !math.IsInf(x, 0) {
		if x <= 0 {
			return math.NaN()
		}
		if x == 1 || x == 2 {
			return 0
		}
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	r, _ := math.Lgamma(x)
	return r
}

func mathPow(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	x, y, e := twoFloats(t, "pow", args, kw)
	if e != nil {
		return Object{}, e
	}
	r := math.Pow(x, y)
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return py.NewFloat(r), nil
	}
	if math.IsNaN(r) {
		return Object{}, domain()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return Object{}, domain()
		}
		return Object{}, rangeErr()
	}
	return py.NewFloat(r), nil
}

// logOf computes f(x) for an int or float argument; big ints that do not
// fit a float are split as m*2**e (CPython's loghelper).
func logOf(t *py.Thread, o Object, f func(float64) float64, log2Unit float64) (float64, *py.Exception) {
	if py.IsInt(o) {
		v, b, _ := py.IntValue(o)
		neg := v <= 0
		if b != nil {
			neg = b.Sign() <= 0
		}
		if neg {
			return 0, py.ValueError("expected a positive input")
		}
		if b != nil && b.BitLen() > 1000 {
			bf := new(big.Float).SetPrec(53).SetInt(b)
			mant := new(big.Float)
			exp := bf.MantExp(mant)
			m, _ := mant.Float64()
			return f(m) + float64(exp)*log2Unit, nil
		}
		x, e := py.IntToFloat(o)
		if e != nil {
			return 0, e
		}
		return f(x), nil
	}
	x, e := toFloat(t, o)
	if e != nil {
		return 0, e
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, gotErr("expected a positive input", x)
	}
	return f(x), nil
}

func mathLog(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if e := arg.Exact("log", args, kw, 1, 2); e != nil {
		return Object{}, e
	}
	num, e := logOf(t, args[0], math.Log, math.Ln2)
	if e != nil {
		return Object{}, e
	}
	if len(args) == 1 {
		return py.NewFloat(num), nil
	}
	den, e := logOf(t, args[1], math.Log, math.Ln2)
	if e != nil {
		return Object{}, e
	}
	if den == 0 {
		return Object{}, py.ZeroDivisionError("division by zero")
	}
	return py.NewFloat(num / den), nil
}

func logN(name string, f func(float64) float64, unit float64) fn {
	return func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math."+name, args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		r, e := logOf(t, args[0], f, unit)
		if e != nil {
			return Object{}, e
		}
		return py.NewFloat(r), nil
	}
}

// rounder is floor/ceil/trunc: ints are returned as they are, other
// objects are asked for __floor__/__ceil__/__trunc__ (floor and ceil fall
// back to float conversion).
func rounder(name string) fn {
	dunder := "__" + name + "__"
	return func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math."+name, args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		o := args[0]
		if f, ok := py.FloatValue(o); ok && o.Type() == py.FloatType {
			return py.FloatToInt(roundF(name, f))
		}
		if py.IsInt(o) && o.Type() == py.IntType {
			return o, nil
		}
		if m := o.Type().Lookup(py.Intern(dunder)); !m.IsNil() {
			bound, e := py.GetAttrS(t, o, dunder)
			if e != nil {
				return Object{}, e
			}
			return py.Call(t, bound, nil, nil)
		}
		if name == "trunc" {
			return Object{}, py.TypeError("type %s doesn't define __trunc__ method", py.TypeName(o))
		}
		x, e := toFloat(t, o)
		if e != nil {
			return Object{}, e
		}
		return py.FloatToInt(roundF(name, x))
	}
}

func roundF(name string, f float64) float64 {
	switch name {
	case "floor":
		return math.Floor(f)
	case "ceil":
		return math.Ceil(f)
	}
	return math.Trunc(f)
}

func mathLdexp(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if e := arg.Exact("ldexp", args, kw, 2, 2); e != nil {
		return Object{}, e
	}
	x, e := toFloat(t, args[0])
	if e != nil {
		return Object{}, e
	}
	if !py.IsInt(args[1]) {
		return Object{}, py.TypeError("Expected an int as second argument to ldexp.")
	}
	n, ok := py.AsInt64(args[1])
	if !ok {
		b, _ := py.BigValue(args[1])
		if b.Sign() < 0 {
			n = math.MinInt32
		} else {
			n = math.MaxInt32
		}
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return py.NewFloat(x), nil
	}
	if n > 100000 {
		return Object{}, rangeErr()
	}
	if n < -100000 {
		return py.NewFloat(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(n))
	if math.IsInf(r, 0) {
		return Object{}, rangeErr()
	}
	return py.NewFloat(r), nil
}

// ---------------------------------------------------------------- fsum

// partials accumulates an exact sum of floats as non-overlapping
// partials (Shewchuk's algorithm).
type partials []float64

func (p *partials) add(x float64) {
	ps := *p
	i := 0
	for _, y := range ps {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			ps[i] = lo
			i++
		}
		x = hi
	}
	*p = append(ps[:i], x)
}

// sum rounds the exact sum to the nearest float (half-even on the
// exact value, using the next partial to break ties).
func (p partials) sum() float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

func mathFsum(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if e := arg.Exact("math.fsum", args, kw, 1, 1); e != nil {
		return Object{}, e
	}
	it, e := py.GetIter(t, args[0])
	if e != nil {
		return Object{}, e
	}
	var p partials
	special, infSum := 0.0, 0.0
	for {
		o, e := py.Next(t, it)
		if e != nil {
			return Object{}, e
		}
		if o.IsNil() {
			break
		}
		x, e := toFloat(t, o)
		if e != nil {
			return Object{}, e
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if math.IsInf(x, 0) {
				infSum += x
			}
			special += x
			continue
		}
		p.add(x)
		if last := p[len(p)-1]; math.IsInf(last, 0) {
			return Object{}, py.OverflowError("intermediate overflow in fsum")
		}
	}
	if special != 0 || math.IsNaN(special) {
		if math.IsNaN(infSum) {
			return Object{}, py.ValueError("-inf + inf in fsum")
		}
		return py.NewFloat(special), nil
	}
	return py.NewFloat(p.sum()), nil
}

// vectorNorm is the Euclidean norm, computed from the exact sum of the
// exact squares of the scaled coordinates with one correction step, so
// that the result is (almost always) correctly rounded, like CPython's.
func vectorNorm(xs []float64) float64 {
	maxv := 0.0
	nan := false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsNaN(x) {
			nan = true
		}
		if x > maxv {
			maxv = x
		}
	}
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if nan {
		return math.NaN()
	}
	if maxv == 0 || len(xs) <= 1 {
		return maxv
	}
	_, e := math.Frexp(maxv)
	scale := math.Ldexp(1, -e)
	var p partials
	for _, x := range xs {
		x *= scale
		sq := x * x
		p.add(sq)
		p.add(math.FMA(x, x, -sq))
	}
	s := p.sum()
	h := math.Sqrt(s)
	// residual: exact sum minus h*h
	hh := h * h
	p.add(-hh)
	p.add(-math.FMA(h, h, -hh))
	r := p.sum()
	h += r / (2 * h)
	return h / scale
}

// twoSequences parses the two equal-length sequence arguments of dist
// and sumprod; lenMsg is the ValueError each gives when they differ.
func twoSequences(t *py.Thread, name string, args []Object, kw *py.Tuple, lenMsg string) (p, q []Object, e *py.Exception) {
	if e = arg.Exact(name, args, kw, 2, 2); e != nil {
		return nil, nil, e
	}
	if p, e = py.SequenceItems(t, args[0]); e != nil {
		return nil, nil, e
	}
	if q, e = py.SequenceItems(t, args[1]); e != nil {
		return nil, nil, e
	}
	if len(p) != len(q) {
		return nil, nil, py.ValueError("%s", lenMsg)
	}
	return p, q, nil
}

func mathDist(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	p, q, e := twoSequences(t, "dist", args, kw, "both points must have the same number of dimensions")
	if e != nil {
		return Object{}, e
	}
	xs := make([]float64, len(p))
	for i := range p {
		a, e := toFloat(t, p[i])
		if e != nil {
			return Object{}, e
		}
		b, e := toFloat(t, q[i])
		if e != nil {
			return Object{}, e
		}
		xs[i] = a - b
	}
	return py.NewFloat(vectorNorm(xs)), nil
}

func mathIsclose(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	var a, b, rel, abs Object
	if e := arg.Parse("isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2, 0, &a, &b, &rel, &abs); e != nil {
		return Object{}, e
	}
	x, y, e := floatPair(t, a, b)
	if e != nil {
		return Object{}, e
	}
	rt, at := 1e-9, 0.0
	if !rel.IsNil() {
		if rt, e = toFloat(t, rel); e != nil {
			return Object{}, e
		}
	}
	if !abs.IsNil() {
		if at, e = toFloat(t, abs); e != nil {
			return Object{}, e
		}
	}
	if rt < 0 || at < 0 {
		return Object{}, py.ValueError("tolerances must be non-negative")
	}
	if x == y {
		return py.True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return py.False, nil
	}
	diff := math.Abs(y - x)
	return py.Bool(diff <= math.Abs(rt*y) || diff <= math.Abs(rt*x) || diff <= at), nil
}

func mathNextafter(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	var a, b, steps Object
	if e := arg.Parse("nextafter", args, kw, []string{"x", "y", "$steps"}, 2, 2, &a, &b, &steps); e != nil {
		return Object{}, e
	}
	x, y, e := floatPair(t, a, b)
	if e != nil {
		return Object{}, e
	}
	if steps.IsNil() || steps.IsNone() {
		return py.NewFloat(math.Nextafter(x, y)), nil
	}
	n, e := arg.Index(t, steps)
	if e != nil {
		return Object{}, e
	}
	if n < 0 {
		return Object{}, py.ValueError("steps must be a non-negative integer")
	}
	for i := int64(0); i < n && x != y && !math.IsNaN(x); i++ {
		x = math.Nextafter(x, y)
	}
	if math.IsNaN(y) {
		return py.NewFloat(y), nil
	}
	return py.NewFloat(x), nil
}

func ulp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		prev := math.Nextafter(x, 0)
		return x - prev
	}
	return next - x
}

func mathFma(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if e := arg.Exact("fma", args, kw, 3, 3); e != nil {
		return Object{}, e
	}
	var v [3]float64
	for i := range v {
		x, e := toFloat(t, args[i])
		if e != nil {
			return Object{}, e
		}
		v[i] = x
	}
	r := math.FMA(v[0], v[1], v[2])
	finite := func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }
	if math.IsNaN(r) && !math.IsNaN(v[0]) && !math.IsNaN(v[1]) && !math.IsNaN(v[2]) {
		return Object{}, py.ValueError("invalid operation in fma")
	}
	if math.IsInf(r, 0) && finite(v[0]) && finite(v[1]) && finite(v[2]) {
		return Object{}, py.OverflowError("overflow in fma")
	}
	return py.NewFloat(r), nil
}

func mathProd(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	var it, start Object
	if e := arg.Parse("prod", args, kw, []string{"iterable", "$start"}, 1, 1, &it, &start); e != nil {
		return Object{}, e
	}
	if start.IsNil() {
		start = py.MakeInt(1)
	}
	iter, e := py.GetIter(t, it)
	if e != nil {
		return Object{}, e
	}
	acc := start
	for {
		o, e := py.Next(t, iter)
		if e != nil {
			return Object{}, e
		}
		if o.IsNil() {
			return acc, nil
		}
		if acc, e = py.BinaryOp(t, py.OpMul, acc, o); e != nil {
			return Object{}, e
		}
	}
}

func mathSumprod(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	p, q, e := twoSequences(t, "sumprod", args, kw, "Inputs are not the same length")
	if e != nil {
		return Object{}, e
	}
	// All exact floats/ints (at least one float): an exactly rounded
	// sum of exact products.
	allNum, anyFloat := true, false
	for _, v := range [][]Object{p, q} {
		for _, o := range v {
			switch {
			case o.Type() == py.FloatType:
				anyFloat = true
			case o.Type() == py.IntType:
				if _, ok := py.AsInt64(o); !ok {
					allNum = false
				}
			default:
				allNum = false
			}
		}
	}
	if allNum && anyFloat {
		var parts partials
		for i := range p {
			a, _ := toFloat(t, p[i])
			b, _ := toFloat(t, q[i])
			prod := a * b
			if math.IsInf(prod, 0) || math.IsNaN(prod) {
				allNum = false
				break
			}
			parts.add(prod)
			parts.add(math.FMA(a, b, -prod))
		}
		if allNum {
			return py.NewFloat(parts.sum()), nil
		}
	}
	acc := py.MakeInt(0)
	for i := range p {
		m, e := py.BinaryOp(t, py.OpMul, p[i], q[i])
		if e != nil {
			return Object{}, e
		}
		if acc, e = py.BinaryOp(t, py.OpAdd, acc, m); e != nil {
			return Object{}, e
		}
	}
	return acc, nil
}

// ---------------------------------------------------------------- integers

// bigIndex converts o to a *big.Int via __index__.
func bigIndex(t *py.Thread, o Object) (*big.Int, *py.Exception) {
	if !py.IsInt(o) {
		if o.Type().Flags&py.FlagFloatSubclass != 0 {
			return nil, py.TypeError("'float' object cannot be interpreted as an integer")
		}
		if o.Type().Slots().Index == nil {
			return nil, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(o))
		}
		var e *py.Exception
		if o, e = py.Index(t, o); e != nil {
			return nil, e
		}
	}
	v, b, _ := py.IntValue(o)
	if b != nil {
		return new(big.Int).Set(b), nil
	}
	return big.NewInt(v), nil
}

// factorial is n! for math.factorial and one-argument math.perm.
func factorial(n *big.Int) (Object, *py.Exception) {
	if n.Sign() < 0 {
		return Object{}, py.ValueError("factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return Object{}, py.OverflowError("factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return py.MakeIntBig(new(big.Int).MulRange(1, n.Int64())), nil
}

// nkArgs converts and checks the (n, k) arguments of comb and perm.
func nkArgs(t *py.Thread, a, b Object) (n, k *big.Int, e *py.Exception) {
	if n, e = bigIndex(t, a); e != nil {
		return nil, nil, e
	}
	if k, e = bigIndex(t, b); e != nil {
		return nil, nil, e
	}
	if n.Sign() < 0 {
		return nil, nil, py.ValueError("n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.ValueError("k must be a non-negative integer")
	}
	return n, k, nil
}

func intFuncs(def func(string, fn)) {
	def("gcd", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.NoKw("math.gcd", kw); e != nil {
			return Object{}, e
		}
		g := new(big.Int)
		for _, a := range args {
			b, e := bigIndex(t, a)
			if e != nil {
				return Object{}, e
			}
			g.GCD(nil, nil, g.Abs(g), b.Abs(b))
		}
		return py.MakeIntBig(g), nil
	})
	def("lcm", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.NoKw("math.lcm", kw); e != nil {
			return Object{}, e
		}
		l := big.NewInt(1)
		for _, a := range args {
			b, e := bigIndex(t, a)
			if e != nil {
				return Object{}, e
			}
			b.Abs(b)
			if b.Sign() == 0 || l.Sign() == 0 {
				l.SetInt64(0)
				continue
			}
			g := new(big.Int).GCD(nil, nil, l, b)
			l.Mul(l, b.Quo(b, g))
		}
		return py.MakeIntBig(l), nil
	})
	def("factorial", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math.factorial", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		n, e := bigIndex(t, args[0])
		if e != nil {
			return Object{}, e
		}
		return factorial(n)
	})
	def("isqrt", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("math.isqrt", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		n, e := bigIndex(t, args[0])
		if e != nil {
			return Object{}, e
		}
		if n.Sign() < 0 {
			return Object{}, py.ValueError("isqrt() argument must be nonnegative")
		}
		return py.MakeIntBig(n.Sqrt(n)), nil
	})
	def("comb", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("comb", args, kw, 2, 2); e != nil {
			return Object{}, e
		}
		n, k, e := nkArgs(t, args[0], args[1])
		if e != nil {
			return Object{}, e
		}
		if k.Cmp(n) > 0 {
			return py.MakeInt(0), nil
		}
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() {
			return Object{}, py.OverflowError("min(n - k, k) must not exceed %d", int64(math.MaxInt64))
		}
		// prod(n-k+1..n) / k!, multiplying and dividing step by step so
		// every intermediate is an exact binomial.
		r := big.NewInt(1)
		kk := k.Int64()
		f := new(big.Int).Sub(n, k)
		for i := int64(1); i <= kk; i++ {
			f.Add(f, big.NewInt(1))
			r.Mul(r, f)
			r.Quo(r, big.NewInt(i))
		}
		return py.MakeIntBig(r), nil
	})
	def("perm", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("perm", args, kw, 1, 2); e != nil {
			return Object{}, e
		}
		if len(args) == 1 || args[1].IsNone() {
			n, e := bigIndex(t, args[0])
			if e != nil {
				return Object{}, e
			}
			return factorial(n)
		}
		n, k, e := nkArgs(t, args[0], args[1])
		if e != nil {
			return Object{}, e
		}
		if k.Cmp(n) > 0 {
			return py.MakeInt(0), nil
		}
		if !k.IsInt64() {
			return Object{}, py.OverflowError("k must not exceed %d", int64(math.MaxInt64))
		}
		r := big.NewInt(1)
		f := new(big.Int).Set(n)
		one := big.NewInt(1)
		for i := int64(0); i < k.Int64(); i++ {
			r.Mul(r, f)
			f.Sub(f, one)
		}
		return py.MakeIntBig(r), nil
	})
}
