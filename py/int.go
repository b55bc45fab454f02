package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unsafe"
)

// Int is a boxed int: an int64 outside the small range, or a *big.Int
// outside int64 (big != nil). Results are always normalised: a value that
// fits the small range is never boxed, one that fits int64 never uses big.
// bool's True and False are Ints of type bool; int subclass instances embed
// Int as their first field.
type Int struct {
	Head
	v   int64
	big *big.Int
}

// MakeInt returns v as an int object; no allocation for |v| < 2^39.
func MakeInt(v int64) Object {
	if off := uint64(v + smallBias); off < smallSpan {
		return Object{unsafe.Add(smallBase, uintptr(off))}
	}
	return Object{unsafe.Pointer(&Int{Head: Head{IntType}, v: v})}
}

// MakeIntBig returns b as an int object (normalised; b is not retained if
// it fits int64, and must not be modified afterwards otherwise).
func MakeIntBig(b *big.Int) Object {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	return Object{unsafe.Pointer(&Int{Head: Head{IntType}, big: b})}
}

// IntValue returns the value of an int (or int subclass, bool included):
// either v (big == nil) or big. ok is false for non-ints.
func IntValue(o Object) (v int64, b *big.Int, ok bool) {
	if v, ok := o.Small(); ok {
		return v, nil, true
	}
	if o.p == nil || (*Head)(o.p).typ.Flags&FlagIntSubclass == 0 {
		return 0, nil, false
	}
	i := (*Int)(o.p)
	return i.v, i.big, true
}

// ExactInt64 returns the value of an exact int (not bool, not a subclass)
// that fits int64.
func ExactInt64(o Object) (int64, bool) {
	if v, ok := o.Small(); ok {
		return v, true
	}
	if o.p == nil || (*Head)(o.p).typ != IntType {
		return 0, false
	}
	i := (*Int)(o.p)
	return i.v, i.big == nil
}

// AsInt64 returns the value of an int that fits int64.
func AsInt64(o Object) (int64, bool) {
	v, b, ok := IntValue(o)
	return v, ok && b == nil
}

// IsInt reports whether o is an int (or subclass, incl. bool).
func IsInt(o Object) bool {
	_, _, ok := IntValue(o)
	return ok
}

func toBig(v int64, b *big.Int) *big.Int {
	if b != nil {
		return b
	}
	return big.NewInt(v)
}

// BigValue returns any int's value as a big.Int (a fresh one for int64s).
func BigValue(o Object) (*big.Int, bool) {
	v, b, ok := IntValue(o)
	if !ok {
		return nil, false
	}
	return toBig(v, b), true
}

func intRepr(o Object) string {
	v, b, _ := IntValue(o)
	if b == nil {
		return strconv.FormatInt(v, 10)
	}
	s, _ := bigDecimal(b)
	return s
}

// MaxStrDigits is sys.get_int_max_str_digits() (0 = unlimited).
var MaxStrDigits = 4300

func bigDecimal(b *big.Int) (string, *Exception) {
	if MaxStrDigits > 0 && b.BitLen() > 4*MaxStrDigits {
		return "", ValueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits)
	}
	s := b.String()
	n := len(s)
	if b.Sign() < 0 {
		n--
	}
	if MaxStrDigits > 0 && n > MaxStrDigits {
		return "", ValueError("Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits)
	}
	return s, nil
}

func intReprSlot(t *Thread, o Object) (Object, *Exception) {
	v, b, _ := IntValue(o)
	if b == nil {
		return StrFromInt(v).Obj(), nil
	}
	s, exc := bigDecimal(b)
	if exc != nil {
		return Object{}, exc
	}
	return NewStr(s).Obj(), nil
}

// ---------------------------------------------------------------- hash

const hashModulus = 1<<61 - 1

func intHash(t *Thread, o Object) (int64, *Exception) {
	v, b, _ := IntValue(o)
	return hashIntValue(v, b), nil
}

func hashIntValue(v int64, b *big.Int) int64 {
	var h int64
	if b == nil {
		if v >= 0 {
			h = int64(uint64(v) % hashModulus)
		} else if v == math.MinInt64 {
			h = -int64(uint64(1<<63) % hashModulus)
		} else {
			h = -int64(uint64(-v) % hashModulus)
		}
	} else {
		m := new(big.Int).Abs(b)
		m.Mod(m, big.NewInt(hashModulus))
		h = m.Int64()
		if b.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

// ---------------------------------------------------------------- arithmetic

func intAdd(t *Thread, a, b Object) (Object, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			return MakeInt(x + y), nil
		}
	}
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		s, c := bits.Add64(uint64(x), uint64(y), 0)
		_ = c
		if r := int64(s); (r >= x) == (y >= 0) {
			return MakeInt(r), nil
		}
	}
	return MakeIntBig(new(big.Int).Add(toBig(x, xb), toBig(y, yb))), nil
}

func intSub(t *Thread, a, b Object) (Object, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			return MakeInt(x - y), nil
		}
	}
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		if r := x - y; (r <= x) == (y >= 0) {
			return MakeInt(r), nil
		}
	}
	return MakeIntBig(new(big.Int).Sub(toBig(x, xb), toBig(y, yb))), nil
}

func mul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(uint64(absU(x)), uint64(absU(y)))
	if hi != 0 || lo > 1<<63 {
		return 0, false
	}
	neg := (x < 0) != (y < 0)
	if lo == 1<<63 {
		if neg {
			return math.MinInt64, true
		}
		return 0, false
	}
	if neg {
		return -int64(lo), true
	}
	return int64(lo), true
}

func absU(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}

func intMul(t *Thread, a, b Object) (Object, *Exception) {
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		if r, ok := mul64(x, y); ok {
			return MakeInt(r), nil
		}
	}
	return MakeIntBig(new(big.Int).Mul(toBig(x, xb), toBig(y, yb))), nil
}

// floorDivMod64 is Python's // and % for int64 (y != 0, not MinInt64/-1).
func floorDivMod64(x, y int64) (int64, int64) {
	q, r := x/y, x%y
	if r != 0 && (r < 0) != (y < 0) {
		q--
		r += y
	}
	return q, r
}

func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).DivMod(x, y, new(big.Int)) // Euclidean: m >= 0
	if y.Sign() < 0 && m.Sign() != 0 {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

func intDivModParts(a, b Object) (q, r Object, exc *Exception, ok bool) {
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return Object{}, Object{}, nil, false
	}
	if yb == nil && y == 0 {
		return Object{}, Object{}, ZeroDivisionError("division by zero"), true
	}
	if xb == nil && yb == nil && !(x == math.MinInt64 && y == -1) {
		qq, rr := floorDivMod64(x, y)
		return MakeInt(qq), MakeInt(rr), nil, true
	}
	qb, rb := bigFloorDivMod(toBig(x, xb), toBig(y, yb))
	return MakeIntBig(qb), MakeIntBig(rb), nil, true
}

func intFloorDiv(t *Thread, a, b Object) (Object, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok && y != 0 {
			q, _ := floorDivMod64(x, y)
			return MakeInt(q), nil
		}
	}
	q, _, exc, ok := intDivModParts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return q, exc
}

func intMod(t *Thread, a, b Object) (Object, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok && y != 0 {
			_, r := floorDivMod64(x, y)
			return MakeInt(r), nil
		}
	}
	_, r, exc, ok := intDivModParts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return r, exc
}

func intDivmod(t *Thread, a, b Object) (Object, *Exception) {
	q, r, exc, ok := intDivModParts(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if exc != nil {
		return Object{}, exc
	}
	return NewTuple(q, r).Obj(), nil
}

// intTrueDiv is int / int, correctly rounded.
func intTrueDiv(t *Thread, a, b Object) (Object, *Exception) {
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if yb == nil && y == 0 {
		return Object{}, ZeroDivisionError("division by zero")
	}
	const exact = 1 << 53
	if xb == nil && yb == nil && x > -exact && x < exact && y > -exact && y < exact {
		return NewFloat(float64(x) / float64(y)), nil
	}
	r := new(big.Rat).SetFrac(toBig(x, xb), toBig(y, yb))
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return Object{}, OverflowError("integer division result too large for a float")
	}
	return NewFloat(f), nil
}

// IntToFloat converts an int to the nearest float (OverflowError if too big).
func IntToFloat(o Object) (float64, *Exception) {
	v, b, _ := IntValue(o)
	if b == nil {
		return float64(v), nil
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, OverflowError("int too large to convert to float")
	}
	return f, nil
}

func intPow(t *Thread, a, b Object) (Object, *Exception) {
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if (yb == nil && y < 0) || (yb != nil && yb.Sign() < 0) {
		fx, exc := IntToFloat(a)
		if exc != nil {
			return Object{}, exc
		}
		fy, exc := IntToFloat(b)
		if exc != nil {
			return Object{}, exc
		}
		return floatPowValues(fx, fy)
	}
	if xb == nil {
		switch x {
		case 0, 1:
			if yb == nil && y == 0 {
				return MakeInt(1), nil
			}
			return MakeInt(x), nil
		case -1:
			if toBig(y, yb).Bit(0) == 0 {
				return MakeInt(1), nil
			}
			return MakeInt(-1), nil
		}
		if yb == nil {
			// Fast exact int64 power by squaring while it fits.
			r, base, e, ok := int64(1), x, y, true
			for e > 0 && ok {
				if e&1 != 0 {
					r, ok = mul64(r, base)
				}
				e >>= 1
				if e > 0 && ok {
					base, ok = mul64(base, base)
				}
			}
			if ok {
				return MakeInt(r), nil
			}
		}
	}
	if yb != nil || y > 1<<40 {
		return Object{}, MemoryError("")
	}
	return MakeIntBig(new(big.Int).Exp(toBig(x, xb), big.NewInt(y), nil)), nil
}

func intPow3(t *Thread, a, b, m Object) (Object, *Exception) {
	xb, ok1 := BigValue(a)
	yb, ok2 := BigValue(b)
	mb, ok3 := BigValue(m)
	if !ok1 || !ok2 || !ok3 {
		return NotImplemented, nil
	}
	if mb.Sign() == 0 {
		return Object{}, ValueError("pow() 3rd argument cannot be 0")
	}
	mabs := new(big.Int).Abs(mb)
	base := new(big.Int).Mod(xb, mabs)
	exp := yb
	if yb.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mabs)
		if inv == nil || (mabs.Cmp(big.NewInt(1)) != 0 && new(big.Int).GCD(nil, nil, base, mabs).Cmp(big.NewInt(1)) != 0) {
			return Object{}, ValueError("base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(yb)
	}
	r := new(big.Int).Exp(base, exp, mabs)
	if mb.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mb)
	}
	return MakeIntBig(r), nil
}

func intShift(a, b Object, left bool) (Object, *Exception) {
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if (yb == nil && y < 0) || (yb != nil && yb.Sign() < 0) {
		return Object{}, ValueError("negative shift count")
	}
	if xb == nil && x == 0 {
		return MakeInt(0), nil
	}
	if left {
		if yb != nil || y > 1<<40 {
			return Object{}, OverflowError("too many digits in integer")
		}
		if xb == nil && y < 62 {
			if r := x << y; r>>y == x {
				return MakeInt(r), nil
			}
		}
		return MakeIntBig(new(big.Int).Lsh(toBig(x, xb), uint(y))), nil
	}
	if yb != nil || y >= 1<<40 {
		if toBig(x, xb).Sign() < 0 {
			return MakeInt(-1), nil
		}
		return MakeInt(0), nil
	}
	if xb == nil {
		if y > 63 {
			y = 63
		}
		return MakeInt(x >> y), nil
	}
	return MakeIntBig(new(big.Int).Rsh(xb, uint(y))), nil // floor semantics
}

func intLShift(t *Thread, a, b Object) (Object, *Exception) { return intShift(a, b, true) }
func intRShift(t *Thread, a, b Object) (Object, *Exception) { return intShift(a, b, false) }

func intBitOp(a, b Object, op BinOp) (Object, *Exception) {
	x, xb, ok1 := IntValue(a)
	y, yb, ok2 := IntValue(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	// bool & bool stays bool.
	boolRes := a.Type() == BoolType && b.Type() == BoolType
	if xb == nil && yb == nil {
		var r int64
		switch op {
		case OpAnd:
			r = x & y
		case OpOr:
			r = x | y
		default:
			r = x ^ y
		}
		if boolRes {
			return Bool(r != 0), nil
		}
		return MakeInt(r), nil
	}
	X, Y := toBig(x, xb), toBig(y, yb)
	r := new(big.Int)
	switch op {
	case OpAnd:
		r.And(X, Y)
	case OpOr:
		r.Or(X, Y)
	default:
		r.Xor(X, Y)
	}
	return MakeIntBig(r), nil
}

func intNeg(t *Thread, o Object) (Object, *Exception) {
	v, b, _ := IntValue(o)
	if b == nil && v != math.MinInt64 {
		return MakeInt(-v), nil
	}
	return MakeIntBig(new(big.Int).Neg(toBig(v, b))), nil
}

func intExact(o Object) Object {
	if o.Type() == IntType {
		return o
	}
	v, b, _ := IntValue(o)
	if b == nil {
		return MakeInt(v)
	}
	return MakeIntBig(b)
}

func intPos(t *Thread, o Object) (Object, *Exception) { return intExact(o), nil }

func intAbs(t *Thread, o Object) (Object, *Exception) {
	v, b, _ := IntValue(o)
	if (b == nil && v < 0) || (b != nil && b.Sign() < 0) {
		return intNeg(t, o)
	}
	return intExact(o), nil
}

func intInvert(t *Thread, o Object) (Object, *Exception) {
	v, b, _ := IntValue(o)
	if b == nil {
		return MakeInt(^v), nil
	}
	return MakeIntBig(new(big.Int).Not(b)), nil
}

func intBool(t *Thread, o Object) (bool, *Exception) {
	v, b, _ := IntValue(o)
	return b != nil || v != 0, nil
}

// CompareInts returns -1, 0, 1 for two ints.
func CompareInts(a, b Object) int {
	x, xb, _ := IntValue(a)
	y, yb, _ := IntValue(b)
	if xb == nil && yb == nil {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return toBig(x, xb).Cmp(toBig(y, yb))
}

func cmpResult(c int, op CmpOp) Object {
	switch op {
	case Lt:
		return Bool(c < 0)
	case Le:
		return Bool(c <= 0)
	case Eq:
		return Bool(c == 0)
	case Ne:
		return Bool(c != 0)
	case Gt:
		return Bool(c > 0)
	}
	return Bool(c >= 0)
}

func intCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return cmpResult(c, op), nil
		}
	}
	if !IsInt(a) || !IsInt(b) {
		return NotImplemented, nil
	}
	return cmpResult(CompareInts(a, b), op), nil
}

// ---------------------------------------------------------------- construction

// ParseInt parses s as int(s, base) does (base 0 = from the prefix).
func ParseInt(s string, base int) (Object, *Exception) {
	orig := s
	bad := func() (Object, *Exception) {
		r, _ := ReprS(nil, NewStr(orig).Obj())
		return Object{}, ValueError("invalid literal for int() with base %d: %s", base, r)
	}
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			b = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			s = s[2:]
			if len(s) > 0 && s[0] == '_' {
				s = s[1:]
			}
			if len(s) == 0 {
				return bad()
			}
		}
	}
	if b == 0 {
		b = 10
		// base 0: a leading zero only for 0 itself
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return bad()
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return bad()
	}
	digits := s
	if strings.IndexByte(s, '_') >= 0 {
		digits = strings.ReplaceAll(s, "_", "")
	}
	for i := 0; i < len(digits); i++ {
		if digitVal(digits[i]) >= b {
			// non-ASCII decimal digits: translate
			if t, ok := asciiDigits(digits); ok && b <= 10 {
				digits = t
				break
			}
			return bad()
		}
	}
	if b == 10 && MaxStrDigits > 0 && len(digits) > MaxStrDigits {
		return Object{}, ValueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits, len(digits))
	}
	if len(digits) <= 18 && b <= 10 || len(digits) <= 12 {
		v, err := strconv.ParseInt(digits, b, 64)
		if err == nil {
			if neg {
				v = -v
			}
			return MakeInt(v), nil
		}
	}
	n, ok := new(big.Int).SetString(digits, b)
	if !ok {
		return bad()
	}
	if neg {
		n.Neg(n)
	}
	return MakeIntBig(n), nil
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// asciiDigits maps Unicode decimal digits (Nd) to ASCII.
func asciiDigits(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		d := unicodeDigit(r)
		if d < 0 {
			return "", false
		}
		b.WriteByte(byte('0' + d))
	}
	return b.String(), true
}

func intNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if n := len(args) - kw.Len(); n > 2 {
		return Object{}, TypeError("int expected at most 2 arguments, got %d", n)
	} else if len(args) > 2 {
		return Object{}, TypeError("int() takes at most 2 arguments (%d given)", len(args))
	}
	var x, base Object
	if exc := parseArgs("int", args, kw, []string{"", "base"}, 0, &x, &base); exc != nil {
		return Object{}, exc
	}
	r, exc := intFromArgs(t, x, base)
	if exc != nil || typ == IntType {
		return r, exc
	}
	return newIntSubclass(typ, r), nil
}

func newIntSubclass(typ *Type, r Object) Object {
	v, b, _ := IntValue(r)
	return Object{unsafe.Pointer(&Int{Head: Head{typ}, v: v, big: b})}
}

func intFromArgs(t *Thread, x, base Object) (Object, *Exception) {
	if x.p == nil {
		if base.p != nil {
			return Object{}, TypeError("int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if base.p != nil {
		if !IsInt(base) && base.Type().Slots().Index != nil {
			ib, exc := Index(t, base)
			if exc != nil {
				return Object{}, exc
			}
			base = ib
		}
		bv, ok := AsInt64(base)
		if !ok {
			if IsInt(base) {
				return Object{}, ValueError("int() base must be >= 2 and <= 36, or 0")
			}
			return Object{}, TypeError("'%s' object cannot be interpreted as an integer", TypeName(base))
		}
		if bv != 0 && (bv < 2 || bv > 36) {
			return Object{}, ValueError("int() base must be >= 2 and <= 36, or 0")
		}
		if s, ok := AsStr(x); ok {
			return ParseInt(s.s, int(bv))
		}
		if b, ok := BytesLike(x); ok {
			return parseIntBytes(b, int(bv))
		}
		return Object{}, TypeError("int() can't convert non-string with explicit base")
	}
	if IsInt(x) {
		return intExact(x), nil
	}
	if f, ok := FloatValue(x); ok {
		return FloatToInt(f)
	}
	if s, ok := AsStr(x); ok {
		return ParseInt(s.s, 10)
	}
	if b, ok := BytesLike(x); ok {
		return parseIntBytes(b, 10)
	}
	sl := x.Type().Slots()
	if sl.Int != nil {
		r, exc := sl.Int(t, x)
		if exc == nil && !IsInt(r) {
			return Object{}, TypeError("__int__ returned non-int (type %s)", TypeName(r))
		}
		if exc == nil && r.Type() != IntType {
			if e := Warn(t, DeprecationWarningType, "__int__ returned non-int (type "+TypeName(r)+").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1); e != nil {
				return Object{}, e
			}
			r = intExact(r)
		}
		return r, exc
	}
	if sl.Index != nil {
		return Index(t, x)
	}
	return Object{}, TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// FloatToInt truncates f toward zero.
func FloatToInt(f float64) (Object, *Exception) {
	switch {
	case math.IsInf(f, 0):
		return Object{}, OverflowError("cannot convert float infinity to integer")
	case math.IsNaN(f):
		return Object{}, ValueError("cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return MakeIntBig(b), nil
}

// ---------------------------------------------------------------- methods

func intMethods(typ *Type) {
	addMethod(typ, "bit_length", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := noArgs("int.bit_length", args, kw); exc != nil {
			return Object{}, exc
		}
		v, b, _ := IntValue(self)
		if b != nil {
			return MakeInt(int64(b.BitLen())), nil
		}
		return MakeInt(int64(bits.Len64(absU(v)))), nil
	})
	addMethod(typ, "bit_count", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := noArgs("int.bit_count", args, kw); exc != nil {
			return Object{}, exc
		}
		v, b, _ := IntValue(self)
		if b != nil {
			n := 0
			for _, w := range new(big.Int).Abs(b).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return MakeInt(int64(n)), nil
		}
		return MakeInt(int64(bits.OnesCount64(absU(v)))), nil
	})
	addMethod(typ, "conjugate", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return intExact(self), nil
	})
	addMethod(typ, "is_integer", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return True, nil
	})
	addMethod(typ, "as_integer_ratio", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return NewTuple(intExact(self), MakeInt(1)).Obj(), nil
	})
	for _, n := range []string{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__"} {
		addMethod(typ, n, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return intExact(self), nil
		})
	}
	addMethod(typ, "__round__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) == 0 || args[0].IsNone() {
			return intExact(self), nil
		}
		return intRound(self, args[0])
	})
	addMethod(typ, "to_bytes", intToBytes)
	addClassMethod(typ, "from_bytes", intFromBytes)
	addGetSet(typ, "real", func(t *Thread, o Object) (Object, *Exception) { return intExact(o), nil }, nil)
	addGetSet(typ, "imag", func(t *Thread, o Object) (Object, *Exception) { return MakeInt(0), nil }, nil)
	addGetSet(typ, "numerator", func(t *Thread, o Object) (Object, *Exception) { return intExact(o), nil }, nil)
	addGetSet(typ, "denominator", func(t *Thread, o Object) (Object, *Exception) { return MakeInt(1), nil }, nil)
}

// intRound is round(int, ndigits): round half to even at 10**-ndigits.
func intRound(self, nd Object) (Object, *Exception) {
	n, ok := AsInt64(nd)
	if !ok {
		if !IsInt(nd) {
			return Object{}, TypeError("'%s' object cannot be interpreted as an integer", TypeName(nd))
		}
		if b, _ := BigValue(nd); b.Sign() > 0 {
			return intExact(self), nil
		}
		return MakeInt(0), nil
	}
	if n >= 0 {
		return intExact(self), nil
	}
	x, _ := BigValue(self)
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
	q, r := bigFloorDivMod(x, pow)
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return MakeIntBig(q.Mul(q, pow)), nil
}

func intToBytes(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
	var length, order, signed Object
	if exc := parseArgs("to_bytes", args, kw, []string{"length", "byteorder", "*signed"}, 0, &length, &order, &signed); exc != nil {
		return Object{}, exc
	}
	n := int64(1)
	if length.p != nil {
		var ok bool
		if n, ok = AsInt64(length); !ok {
			return Object{}, TypeError("'%s' object cannot be interpreted as an integer", TypeName(length))
		}
		if n < 0 {
			return Object{}, ValueError("length argument must be non-negative")
		}
	}
	little := false
	if order.p != nil {
		s, ok := AsStr(order)
		if !ok {
			return Object{}, TypeError("to_bytes() argument 'byteorder' must be str, not %s", TypeName(order))
		}
		switch s.s {
		case "little":
			little = true
		case "big":
		default:
			return Object{}, ValueError("byteorder must be either 'little' or 'big'")
		}
	}
	sgn := false
	if signed.p != nil {
		var exc *Exception
		if sgn, exc = Truthy(t, signed); exc != nil {
			return Object{}, exc
		}
	}
	x, _ := BigValue(self)
	if x.Sign() < 0 && !sgn {
		return Object{}, OverflowError("can't convert negative int to unsigned")
	}
	v := x
	if x.Sign() < 0 {
		v = new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), uint(8*n)), x)
	}
	limitBits := 8 * n
	if sgn {
		limitBits--
	}
	if (x.Sign() >= 0 && int64(x.BitLen()) > limitBits) || (x.Sign() < 0 && (v.Sign() < 0 || int64(new(big.Int).Not(x).BitLen()) > limitBits)) {
		return Object{}, OverflowError("int too big to convert")
	}
	out := make([]byte, n)
	v.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out).Obj(), nil
}

func intFromBytes(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
	var data, order, signed Object
	if exc := parseArgs("from_bytes", args, kw, []string{"bytes", "byteorder", "*signed"}, 1, &data, &order, &signed); exc != nil {
		return Object{}, exc
	}
	var raw []byte
	if b, ok := BytesLike(data); ok {
		raw = append([]byte(nil), b...)
	} else {
		if _, isStr := AsStr(data); isStr {
			return Object{}, TypeError("cannot convert '%s' object to bytes", TypeName(data))
		}
		items, exc := SequenceItems(t, data)
		if exc != nil {
			return Object{}, TypeError("cannot convert '%s' object to bytes", TypeName(data))
		}
		for _, it := range items {
			v, ok := AsInt64(it)
			if !ok || v < 0 || v > 255 {
				return Object{}, ValueError("bytes must be in range(0, 256)")
			}
			raw = append(raw, byte(v))
		}
	}
	if order.p != nil {
		s, ok := AsStr(order)
		if !ok {
			return Object{}, TypeError("from_bytes() argument 'byteorder' must be str, not %s", TypeName(order))
		}
		switch s.s {
		case "little":
			for i, j := 0, len(raw)-1; i < j; i, j = i+1, j-1 {
				raw[i], raw[j] = raw[j], raw[i]
			}
		case "big":
		default:
			return Object{}, ValueError("byteorder must be either 'little' or 'big'")
		}
	}
	v := new(big.Int).SetBytes(raw)
	if signed.p != nil {
		if sg, _ := Truthy(t, signed); sg && len(raw) > 0 && raw[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(raw))))
		}
	}
	r := MakeIntBig(v)
	if ct := AsType(cls); ct != nil && ct != IntType {
		return Call(t, cls, []Object{r}, nil)
	}
	return r, nil
}

// ---------------------------------------------------------------- bool

func boolRepr(t *Thread, o Object) (Object, *Exception) {
	if o.p == True.p {
		return NewStr("True").Obj(), nil
	}
	return NewStr("False").Obj(), nil
}

func boolNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Object{}, TypeError("bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, exc := Truthy(t, args[0])
	return Bool(b), exc
}

func boolInvert(t *Thread, o Object) (Object, *Exception) {
	v, _, _ := IntValue(o)
	return MakeInt(^v), nil
}
