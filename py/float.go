package py

import (
	"github.com/pygo/pygo/internal/pyrepr"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
)

// Float is a boxed float64. Its header is the address of the immortal
// FloatType stored as a uintptr, which makes the 16-byte allocation
// pointer-free (noscan) for the GC; Object.Type reads it as a *Type. Float
// subclass instances use a layout with a real *Type first and the float64
// at the same offset (8), so FloatValue reads both.
type Float struct {
	typ uintptr
	v   float64
}

var floatTypeAddr uintptr

const floatSlabSize = 32

// NewFloat boxes f.
func NewFloat(f float64) Object {
	return Object{unsafe.Pointer(&Float{typ: floatTypeAddr, v: f})}
}

// NewFloat allocates from the thread's float slab: one malloc per
// floatSlabSize floats (a surviving float keeps its chunk alive, so the
// slab is small).
func (t *Thread) NewFloat(f float64) Object {
	if t.floats == nil || t.nfloat == floatSlabSize {
		t.floats = new([floatSlabSize]Float)
		t.nfloat = 0
	}
	c := &t.floats[t.nfloat]
	t.nfloat++
	c.typ, c.v = floatTypeAddr, f
	return Object{unsafe.Pointer(c)}
}

// SetFreshFloat stores v into the exact float box o. Only for a box no one
// else can see yet (the VM's fresh arithmetic temporaries): floats are
// immutable.
func SetFreshFloat(o Object, v float64) { (*Float)(o.p).v = v }

// FloatValue returns the value of a float or float subclass instance.
// ExactFloat returns the value of an exact float (not a subclass, whose
// operators may be overridden).
func ExactFloat(o Object) (float64, bool) {
	if o.p == nil || uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return 0, false
	}
	if h := (*Float)(o.p); h.typ == floatTypeAddr {
		return h.v, true
	}
	return 0, false
}

func FloatValue(o Object) (float64, bool) {
	if o.p == nil || uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return 0, false
	}
	h := (*Float)(o.p)
	if h.typ == floatTypeAddr || (*Head)(o.p).typ.Flags&FlagFloatSubclass != 0 {
		return h.v, true
	}
	return 0, false
}

// floatSub is the layout of float subclass instances created here.
type floatSub struct {
	Head
	v float64
}

// toFloat converts an int or float operand; ok=false for other types.
func toFloat(o Object) (float64, bool, *Exception) {
	if f, ok := FloatValue(o); ok {
		return f, true, nil
	}
	if v, ok := o.Small(); ok {
		return float64(v), true, nil
	}
	if IsInt(o) {
		f, exc := IntToFloat(o)
		return f, true, exc
	}
	return 0, false, nil
}

// FloatRepr is repr(float): the shortest string that round-trips.
func FloatRepr(f float64) string { return pyrepr.Float(f) }

func floatRepr(t *Thread, o Object) (Object, *Exception) {
	f, _ := FloatValue(o)
	return NewStr(FloatRepr(f)).Obj(), nil
}

// HashFloat is CPython's hash of a float (equal to the int hash for
// integral values); NaN hashes by identity, handled by the caller.
func HashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return 314159
		}
		return -314159
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func floatHash(t *Thread, o Object) (int64, *Exception) {
	f, _ := FloatValue(o)
	if math.IsNaN(f) {
		return pointerHash(o), nil
	}
	return HashFloat(f), nil
}

// ---------------------------------------------------------------- arithmetic

func floatOperands(a, b Object) (x, y float64, ok bool, exc *Exception) {
	if x, ok := FloatValue(a); ok {
		if y, ok := FloatValue(b); ok {
			return x, y, true, nil
		}
	}
	x, ok1, exc := toFloat(a)
	if exc != nil || !ok1 {
		return 0, 0, false, exc
	}
	y, ok2, exc := toFloat(b)
	if exc != nil || !ok2 {
		return 0, 0, false, exc
	}
	return x, y, true, nil
}

func floatBinary(op BinOp) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, a, b Object) (Object, *Exception) {
		x, y, ok, exc := floatOperands(a, b)
		if exc != nil {
			return Object{}, exc
		}
		if !ok {
			return NotImplemented, nil
		}
		return floatOp(op, x, y)
	}
}

func floatReflected(op BinOp) func(t *Thread, b, a Object) (Object, *Exception) {
	f := floatBinary(op)
	return func(t *Thread, b, a Object) (Object, *Exception) { return f(t, a, b) }
}

func floatOp(op BinOp, x, y float64) (Object, *Exception) {
	switch op {
	case OpAdd:
		return NewFloat(x + y), nil
	case OpSub:
		return NewFloat(x - y), nil
	case OpMul:
		return NewFloat(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return Object{}, ZeroDivisionError("division by zero")
		}
		return NewFloat(x / y), nil
	case OpFloorDiv, OpMod, OpDivmod:
		if y == 0 {
			return Object{}, ZeroDivisionError("division by zero")
		}
		d, m := floatDivmod(x, y)
		switch op {
		case OpFloorDiv:
			return NewFloat(d), nil
		case OpMod:
			return NewFloat(m), nil
		}
		return NewTuple(NewFloat(d), NewFloat(m)).Obj(), nil
	case OpPow:
		return floatPowValues(x, y)
	}
	return NotImplemented, nil
}

// floatDivmod is Python's divmod for floats (y != 0).
func floatDivmod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var fd float64
	if div != 0 {
		fd = math.Floor(div)
		if div-fd > 0.5 {
			fd += 1.0
		}
	} else {
		fd = math.Copysign(0, x/y)
	}
	return fd, mod
}

func isOddInteger(f float64) bool { return math.Mod(f, 2) == 1 || math.Mod(f, 2) == -1 }

func rangeError() *Exception {
	return NewException(OverflowErrorType, MakeInt(34), NewStr("Numerical result out of range").Obj())
}

// floatPowValues is float ** float with CPython's special cases.
func floatPowValues(iv, iw float64) (Object, *Exception) {
	if iw == 0 {
		return NewFloat(1), nil
	}
	if math.IsNaN(iv) {
		return NewFloat(iv), nil
	}
	if math.IsNaN(iw) {
		if iv == 1 {
			return NewFloat(1), nil
		}
		return NewFloat(iw), nil
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		switch {
		case iv == 1:
			return NewFloat(1), nil
		case (iw > 0) == (iv > 1):
			return NewFloat(math.Abs(iw)), nil
		}
		return NewFloat(0), nil
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return NewFloat(iv), nil
			}
			return NewFloat(math.Abs(iv)), nil
		}
		if odd {
			return NewFloat(math.Copysign(0, iv)), nil
		}
		return NewFloat(0), nil
	}
	if iv == 0 {
		odd := isOddInteger(iw)
		if iw < 0 {
			return Object{}, ZeroDivisionError("zero to a negative power")
		}
		if odd {
			return NewFloat(iv), nil
		}
		return NewFloat(0), nil
	}
	neg := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		neg = isOddInteger(iw)
		iv = -iv
	}
	if iv == 1 {
		if neg {
			return NewFloat(-1), nil
		}
		return NewFloat(1), nil
	}
	r := Pow(iv, iw)
	if math.IsInf(r, 0) {
		return Object{}, rangeError()
	}
	if neg {
		r = -r
	}
	return NewFloat(r), nil
}

func floatPow3(t *Thread, a, b, m Object) (Object, *Exception) {
	if m.IsNone() {
		return floatBinary(OpPow)(t, a, b)
	}
	return Object{}, TypeError("pow() 3rd argument not allowed unless all arguments are integers")
}

func floatNeg(t *Thread, o Object) (Object, *Exception) {
	f, _ := FloatValue(o)
	return NewFloat(-f), nil
}

func floatPos(t *Thread, o Object) (Object, *Exception) {
	if o.Type() == FloatType {
		return o, nil
	}
	f, _ := FloatValue(o)
	return NewFloat(f), nil
}

func floatAbs(t *Thread, o Object) (Object, *Exception) {
	f, _ := FloatValue(o)
	return NewFloat(math.Abs(f)), nil
}

func floatBool(t *Thread, o Object) (bool, *Exception) {
	f, _ := FloatValue(o)
	return f != 0, nil
}

// compareFloatInt compares a float with an int exactly: -1, 0, 1; nan=true
// when f is NaN (unordered).
func compareFloatInt(f float64, i Object) (c int, nan bool) {
	if math.IsNaN(f) {
		return 0, true
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return 1, false
		}
		return -1, false
	}
	v, b, _ := IntValue(i)
	if b == nil && v > -(1<<53) && v < 1<<53 {
		g := float64(v)
		switch {
		case f < g:
			return -1, false
		case f > g:
			return 1, false
		}
		return 0, false
	}
	x := new(big.Float).SetFloat64(f)
	y := new(big.Float).SetInt(toBig(v, b))
	return x.Cmp(y), false
}

func floatCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	x, ok := FloatValue(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := FloatValue(b); ok {
		switch op {
		case Lt:
			return Bool(x < y), nil
		case Le:
			return Bool(x <= y), nil
		case Eq:
			return Bool(x == y), nil
		case Ne:
			return Bool(x != y), nil
		case Gt:
			return Bool(x > y), nil
		}
		return Bool(x >= y), nil
	}
	if IsInt(b) {
		c, nan := compareFloatInt(x, b)
		if nan {
			return Bool(op == Ne), nil
		}
		return cmpResult(c, op), nil
	}
	return NotImplemented, nil
}

// ---------------------------------------------------------------- construction

// ParseFloat parses s as float(s) does.
func ParseFloat(s string) (float64, bool) {
	s = strings.TrimFunc(s, isPySpace)
	if s == "" {
		return 0, false
	}
	body := s
	if body[0] == '+' || body[0] == '-' {
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "nan":
		if s[0] == '-' {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	case "inf", "infinity":
		f, err := strconv.ParseFloat(s, 64)
		return f, err == nil
	}
	prevDigit := false
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			prevDigit = true
		case c == '_':
			if !prevDigit || i+1 >= len(s) || s[i+1] < '0' || s[i+1] > '9' {
				return 0, false
			}
			continue
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
			prevDigit = false
		default:
			if c >= 0x80 {
				t, ok := asciiNumber(s)
				if !ok {
					return 0, false
				}
				return ParseFloat(t)
			}
			return 0, false
		}
		clean = append(clean, c)
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// asciiNumber translates Unicode decimal digits to ASCII, keeping the rest.
func asciiNumber(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		d := unicodeDigit(r)
		if d < 0 {
			return "", false
		}
		b.WriteByte(byte('0' + d))
	}
	return b.String(), true
}

func floatNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Object{}, TypeError("float expected at most 1 argument, got %d", len(args))
	}
	f := 0.0
	if len(args) == 1 {
		var exc *Exception
		if f, exc = ToFloat(t, args[0]); exc != nil {
			return Object{}, exc
		}
	}
	if typ == FloatType {
		return NewFloat(f), nil
	}
	return Object{unsafe.Pointer(&floatSub{Head{typ}, f})}, nil
}

// ToFloat is float(x).
func ToFloat(t *Thread, x Object) (float64, *Exception) {
	if f, ok := FloatValue(x); ok {
		return f, nil
	}
	if IsInt(x) {
		return IntToFloat(x)
	}
	var src string
	if s, ok := AsStr(x); ok {
		src = s.s
	} else if b, ok := BytesLike(x); ok {
		src = string(b)
	} else {
		sl := x.Type().Slots()
		if sl.Float != nil {
			r, exc := sl.Float(t, x)
			if exc != nil {
				return 0, exc
			}
			if f, ok := FloatValue(r); ok {
				return f, nil
			}
			return 0, TypeError("%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
		}
		if sl.Index != nil {
			r, exc := sl.Index(t, x)
			if exc != nil {
				return 0, exc
			}
			return IntToFloat(r)
		}
		return 0, TypeError("float() argument must be a string or a real number, not '%s'", TypeName(x))
	}
	f, ok := ParseFloat(src)
	if !ok {
		var r string
		if _, isStr := AsStr(x); isStr {
			r, _ = ReprS(t, x)
		} else {
			r, _ = ReprS(t, x)
		}
		return 0, ValueError("could not convert string to float: %s", r)
	}
	return f, nil
}

// ---------------------------------------------------------------- methods

func floatMethods(typ *Type) {
	m := func(name string, f func(t *Thread, v float64, args []Object) (Object, *Exception)) {
		addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			v, _ := FloatValue(self)
			return f(t, v, args)
		})
	}
	m("is_integer", func(t *Thread, v float64, _ []Object) (Object, *Exception) {
		return Bool(!math.IsInf(v, 0) && v == math.Trunc(v)), nil
	})
	m("as_integer_ratio", func(t *Thread, v float64, _ []Object) (Object, *Exception) {
		if math.IsInf(v, 0) {
			return Object{}, OverflowError("cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(v) {
			return Object{}, ValueError("cannot convert NaN to integer ratio")
		}
		r, _ := new(big.Rat).SetString(strconv.FormatFloat(v, 'g', -1, 64))
		r = new(big.Rat).SetFloat64(v)
		return NewTuple(MakeIntBig(new(big.Int).Set(r.Num())), MakeIntBig(new(big.Int).Set(r.Denom()))).Obj(), nil
	})
	m("conjugate", func(t *Thread, v float64, _ []Object) (Object, *Exception) { return NewFloat(v), nil })
	m("__trunc__", func(t *Thread, v float64, _ []Object) (Object, *Exception) { return FloatToInt(v) })
	m("__int__", func(t *Thread, v float64, _ []Object) (Object, *Exception) { return FloatToInt(v) })
	m("__floor__", func(t *Thread, v float64, _ []Object) (Object, *Exception) { return FloatToInt(math.Floor(v)) })
	m("__ceil__", func(t *Thread, v float64, _ []Object) (Object, *Exception) { return FloatToInt(math.Ceil(v)) })
	m("__round__", func(t *Thread, v float64, args []Object) (Object, *Exception) {
		if len(args) == 0 || args[0].IsNone() {
			return FloatToInt(math.RoundToEven(v))
		}
		n, ok := AsInt64(args[0])
		if !ok {
			return Object{}, TypeError("'%s' object cannot be interpreted as an integer", TypeName(args[0]))
		}
		return NewFloat(roundFloat(v, n)), nil
	})
	m("hex", func(t *Thread, v float64, _ []Object) (Object, *Exception) { return NewStr(floatHex(v)).Obj(), nil })
	addGetSet(typ, "real", func(t *Thread, o Object) (Object, *Exception) {
		v, _ := FloatValue(o)
		return NewFloat(v), nil
	}, nil)
	addGetSet(typ, "imag", func(t *Thread, o Object) (Object, *Exception) { return NewFloat(0), nil }, nil)
}

// roundFloat is round(x, n), correctly rounded (half-even on the exact
// binary value, as CPython's dtoa-based rounding).
func roundFloat(x float64, n int64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x
	}
	if n > 323 {
		return x
	}
	if n < -308 {
		return math.Copysign(0, x)
	}
	if n >= 0 {
		s := strconv.FormatFloat(x, 'f', int(n), 64)
		r, _ := strconv.ParseFloat(s, 64)
		if r == 0 {
			return math.Copysign(0, x)
		}
		return r
	}
	r := new(big.Rat).SetFloat64(x)
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	r.Quo(r, new(big.Rat).SetInt(pow))
	// round half to even
	num, den := r.Num(), r.Denom()
	q, m := bigFloorDivMod(num, den)
	twice := new(big.Int).Lsh(m, 1)
	if c := twice.Cmp(den); c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	q.Mul(q, pow)
	f, _ := new(big.Float).SetInt(q).Float64()
	if f == 0 {
		return math.Copysign(0, x)
	}
	return f
}

// floatHex is float.hex(): 0x1.<13 hex digits>p<exp>.
func floatHex(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(v) {
		sign = "-"
		v = -v
	}
	if v == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(v)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 { // subnormal
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	h := strconv.FormatUint(mant, 16)
	h = strings.Repeat("0", 13-len(h)) + h
	return sign + "0x" + lead + "." + h + "p" + es
}
