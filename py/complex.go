package py

import (
	"github.com/pygo/pygo/internal/pyrepr"
	"math"
	"strings"
	"unsafe"
)

// Complex is a complex number.
type Complex struct {
	Head
	v complex128
}

// NewComplex boxes c.
func NewComplex(c complex128) Object {
	return Object{unsafe.Pointer(&Complex{Head: Head{ComplexType}, v: c})}
}

// ComplexValue returns the value of a complex, float or int operand.
func ComplexValue(o Object) (complex128, bool, *Exception) {
	if o.p != nil && !isSmall(o) && o.Type().IsSubtype(ComplexType) {
		return (*Complex)(o.p).v, true, nil
	}
	f, ok, exc := toFloat(o)
	return complex(f, 0), ok, exc
}

func complexPart(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	return pyrepr.ShortFloat(f, false)
}

// ComplexRepr is repr(complex).
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := complexPart(im)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + complexPart(re) + ims + "j)"
}

func complexRepr(t *Thread, o Object) (Object, *Exception) {
	return NewStr(ComplexRepr((*Complex)(o.p).v)).Obj(), nil
}

func complexHash(t *Thread, o Object) (int64, *Exception) {
	c := (*Complex)(o.p).v
	hr, hi := HashFloat(real(c)), HashFloat(imag(c))
	if math.IsNaN(real(c)) || math.IsNaN(imag(c)) {
		return pointerHash(o), nil
	}
	h := int64(uint64(hr) + 1000003*uint64(hi))
	if h == -1 {
		h = -2
	}
	return h, nil
}

func cmul(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

func cquot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

func cpowu(x complex128, n int) complex128 {
	r, p := complex(1, 0), x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cmul(r, p)
		}
		p = cmul(p, p)
	}
	return r
}

func cfinite(c complex128) bool {
	return !math.IsInf(real(c), 0) && !math.IsNaN(real(c)) && !math.IsInf(imag(c), 0) && !math.IsNaN(imag(c))
}

func complexPow(a, b complex128) (Object, *Exception) {
	var r complex128
	switch {
	case b == 0:
		r = 1
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return Object{}, ZeroDivisionError("zero to a negative or complex power")
		}
		r = 0
	case imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100:
		n := int(real(b))
		if n > 0 {
			r = cpowu(a, n)
		} else {
			r, _ = cquot(1, cpowu(a, -n))
		}
	default:
		vabs := math.Hypot(real(a), imag(a))
		l := powAny(vabs, real(b))
		at := math.Atan2(imag(a), real(a))
		phase := at * real(b)
		if imag(b) != 0 {
			l /= math.Exp(at * imag(b))
			phase += imag(b) * math.Log(vabs)
		}
		sin, cos := sincos(phase)
		r = complex(l*cos, l*sin)
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) || cfinite(a) && cfinite(b) && !cfinite(r) {
		// From finite operands a NaN part can only come from an
		// intermediate overflow (inf - inf).
		return Object{}, OverflowError("complex exponentiation")
	}
	return NewComplex(r), nil
}

func complexBinary(op BinOp, reflected bool) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, a, b Object) (Object, *Exception) {
		if reflected {
			a, b = b, a
		}
		x, ok1, exc := ComplexValue(a)
		if exc != nil {
			return Object{}, exc
		}
		y, ok2, exc := ComplexValue(b)
		if exc != nil {
			return Object{}, exc
		}
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		// Mixed real/complex operands follow C99 Annex G (as CPython
		// 3.14 does): the real one has no imaginary zero to add, so
		// signed zeros survive.
		xr := !a.Type().IsSubtype(ComplexType)
		yr := !b.Type().IsSubtype(ComplexType)
		switch op {
		case OpAdd:
			switch {
			case xr:
				return NewComplex(complex(real(x)+real(y), imag(y))), nil
			case yr:
				return NewComplex(complex(real(x)+real(y), imag(x))), nil
			}
			return NewComplex(x + y), nil
		case OpSub:
			switch {
			case xr:
				return NewComplex(complex(real(x)-real(y), -imag(y))), nil
			case yr:
				return NewComplex(complex(real(x)-real(y), imag(x))), nil
			}
			return NewComplex(x - y), nil
		case OpMul:
			switch {
			case xr:
				return NewComplex(complex(real(x)*real(y), real(x)*imag(y))), nil
			case yr:
				return NewComplex(complex(real(x)*real(y), imag(x)*real(y))), nil
			}
			return NewComplex(cmul(x, y)), nil
		case OpTrueDiv:
			if yr {
				if real(y) == 0 {
					return Object{}, ZeroDivisionError("division by zero")
				}
				return NewComplex(complex(real(x)/real(y), imag(x)/real(y))), nil
			}
			q, ok := cquot(x, y)
			if !ok {
				return Object{}, ZeroDivisionError("division by zero")
			}
			return NewComplex(q), nil
		case OpPow:
			return complexPow(x, y)
		}
		return NotImplemented, nil
	}
}

func complexCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	if op != Eq && op != Ne {
		return NotImplemented, nil
	}
	x := (*Complex)(a.p).v
	var eq bool
	switch {
	case b.Type().IsSubtype(ComplexType):
		eq = x == (*Complex)(b.p).v
	case IsInt(b):
		if imag(x) != 0 {
			eq = false
		} else {
			c, nan := compareFloatInt(real(x), b)
			eq = !nan && c == 0
		}
	default:
		f, ok := FloatValue(b)
		if !ok {
			return NotImplemented, nil
		}
		eq = imag(x) == 0 && real(x) == f
	}
	return Bool(eq == (op == Eq)), nil
}

func complexNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	var re, im Object
	if exc := parseArgs("complex", args, kw, []string{"real", "imag"}, 0, &re, &im); exc != nil {
		return Object{}, exc
	}
	var v complex128
	if re.p != nil {
		// A string is accepted only as the lone positional argument.
		if s, ok := AsStr(re); ok && im.p == nil && kw.Len() == 0 {
			c, ok := parseComplex(s.s)
			if !ok {
				return Object{}, ValueError("complex() arg is a malformed string")
			}
			return newComplexOf(typ, c), nil
		}
		if typ == ComplexType && im.p == nil && re.Type() == ComplexType {
			return re, nil
		}
		r, isComplex, exc := complexArg(t, re, "real", im.p == nil && kw.Len() == 0)
		if exc != nil {
			return Object{}, exc
		}
		v = r
		if im.p != nil {
			i, iComplex, exc := complexArg(t, im, "imag", false)
			if exc != nil {
				return Object{}, exc
			}
			// real - imag.imag, imag.real (+ real.imag): a real operand
			// contributes no zero part, so the signs of zeros survive.
			rr, ii := real(r), real(i)
			if iComplex {
				rr -= imag(i)
			}
			if isComplex {
				ii += imag(r)
			}
			v = complex(rr, ii)
		}
	} else if im.p != nil {
		i, iComplex, exc := complexArg(t, im, "imag", false)
		if exc != nil {
			return Object{}, exc
		}
		rr := 0.0
		if iComplex {
			rr -= imag(i)
		}
		v = complex(rr, real(i))
	}
	return newComplexOf(typ, v), nil
}

func newComplexOf(typ *Type, v complex128) Object {
	return Object{unsafe.Pointer(&Complex{Head: Head{typ}, v: v})}
}

// complexArg converts one argument of complex(): __complex__ first, then
// a complex, float or int (or __float__/__index__). isComplex says the
// value has an imaginary part of its own. alone selects the error text
// of a single argument.
func complexArg(t *Thread, o Object, name string, alone bool) (c complex128, isComplex bool, exc *Exception) {
	if o.Type().IsSubtype(ComplexType) {
		return (*Complex)(o.p).v, true, nil
	}
	if m := o.Type().Lookup(Intern("__complex__")); m.p != nil {
		r, exc := callDescr(t, m, o, nil)
		if exc != nil {
			return 0, false, exc
		}
		if !r.Type().IsSubtype(ComplexType) {
			return 0, false, TypeError("__complex__ returned non-complex (type %s)", TypeName(r))
		}
		return (*Complex)(r.p).v, true, nil
	}
	if !isRealNumber(o) {
		if alone {
			return 0, false, TypeError("complex() argument must be a string or a number, not %s", TypeName(o))
		}
		return 0, false, TypeError("complex() argument '%s' must be a real number, not %s", name, TypeName(o))
	}
	f, exc := ToFloat(t, o)
	return complex(f, 0), false, exc
}

// isRealNumber reports whether float(o) takes o as a number (not by
// parsing a string).
func isRealNumber(o Object) bool {
	if IsInt(o) {
		return true
	}
	if _, ok := FloatValue(o); ok {
		return true
	}
	sl := o.Type().Slots()
	return sl.Float != nil || sl.Index != nil
}

func parseComplex(s string) (complex128, bool) {
	s = trimSpace(s)
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = trimSpace(s[1 : len(s)-1])
	}
	// No white space may remain inside the number.
	if s == "" || strings.IndexFunc(s, isPySpace) >= 0 {
		return 0, false
	}
	if s[len(s)-1] != 'j' && s[len(s)-1] != 'J' {
		f, ok := ParseFloat(s)
		return complex(f, 0), ok
	}
	body := s[:len(s)-1]
	// split at the last sign that is not part of an exponent
	for k := len(body) - 1; k > 0; k-- {
		if (body[k] == '+' || body[k] == '-') && body[k-1] != 'e' && body[k-1] != 'E' {
			re, ok1 := ParseFloat(body[:k])
			imS := body[k:]
			if imS == "+" || imS == "-" {
				imS += "1"
			}
			im, ok2 := ParseFloat(imS)
			return complex(re, im), ok1 && ok2
		}
	}
	if body == "" || body == "+" || body == "-" {
		body += "1"
	}
	im, ok := ParseFloat(body)
	return complex(0, im), ok
}

func trimSpace(s string) string {
	for len(s) > 0 && isPySpace(rune(s[0])) {
		s = s[1:]
	}
	for len(s) > 0 && isPySpace(rune(s[len(s)-1])) {
		s = s[:len(s)-1]
	}
	return s
}

func complexSlots() *Slots {
	s := &Slots{
		Repr: complexRepr, Hash: complexHash, Compare: complexCompare, New: complexNew,
		Bool: func(t *Thread, o Object) (bool, *Exception) { return (*Complex)(o.p).v != 0, nil },
		Neg:  func(t *Thread, o Object) (Object, *Exception) { return NewComplex(-(*Complex)(o.p).v), nil },
		Pos:  func(t *Thread, o Object) (Object, *Exception) { return NewComplex((*Complex)(o.p).v), nil },
		Abs: func(t *Thread, o Object) (Object, *Exception) {
			c := (*Complex)(o.p).v
			r := math.Hypot(real(c), imag(c))
			if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
				return Object{}, OverflowError("absolute value too large")
			}
			return NewFloat(r), nil
		},
	}
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		s.Bin[op] = complexBinary(op, false)
		s.RBin[op] = complexBinary(op, true)
	}
	return s
}

// FormatComplex is format(complex, spec): each part formatted as a float
// would be (the imaginary one always signed unless the real part is
// left out), the whole padded as one field.
func FormatComplex(c complex128, spec string) (string, *Exception) {
	if spec == "" {
		return ComplexRepr(c), nil
	}
	f, exc := parseSpec(spec)
	if exc != nil {
		return "", fixTypeMsg(exc, "complex")
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", ValueError("Unknown format code '%c' for object of type 'complex'", f.typ)
	}
	if f.fill == '0' {
		return "", ValueError("Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", ValueError("'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	// No presentation type reads like str(): a +0.0 real part is left
	// out, otherwise the result is parenthesised; without a precision
	// each part is its repr.
	asRepr, skipRe, parens := false, false, false
	if f.typ == 0 {
		asRepr = f.precision < 0
		f.typ = 'g'
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	} else if f.typ == 'n' {
		f.typ = 'g'
	}
	part := func(x float64, sign byte) (string, *Exception) {
		p := f
		p.width, p.align, p.fill, p.sign = 0, 0, ' ', sign
		if asRepr {
			neg := math.Signbit(x) && !math.IsNaN(x)
			if f.z && x == 0 {
				neg = false
			}
			return signPrefix(neg, sign) + complexPart(math.Abs(x)), nil
		}
		return formatFloatSpec(x, p, "complex")
	}
	var body string
	if !skipRe {
		r, exc := part(re, f.sign)
		if exc != nil {
			return "", exc
		}
		body = r
	}
	imSign := byte('+')
	if skipRe {
		imSign = f.sign
	}
	i, exc := part(im, imSign)
	if exc != nil {
		return "", exc
	}
	body += i + "j"
	if parens {
		body = "(" + body + ")"
	}
	return f.pad("", body, '>'), nil
}

func complexMethods(typ *Type) {
	addMethod(typ, "__format__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("complex.__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.n == 0 {
			return ToStr(t, self)
		}
		r, exc := FormatComplex((*Complex)(self.p).v, spec.s)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	})
	addGetSet(typ, "real", func(t *Thread, o Object) (Object, *Exception) { return NewFloat(real((*Complex)(o.p).v)), nil }, nil)
	addGetSet(typ, "imag", func(t *Thread, o Object) (Object, *Exception) { return NewFloat(imag((*Complex)(o.p).v)), nil }, nil)
	addMethod(typ, "conjugate", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		c := (*Complex)(self.p).v
		return NewComplex(complex(real(c), -imag(c))), nil
	})
}
