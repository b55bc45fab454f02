package py

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Str is an immutable Python str. s holds the text as UTF-8 (lone
// surrogates in the generalised, WTF-8 encoding); n is the number of code
// points, so n == len(s) means ASCII and O(1) indexing. Non-ASCII strings
// get a lazily built index of the byte offset of every 64th code point. The
// hash is computed lazily and cached (0 = not yet); concurrent computations
// store the same value.
type Str struct {
	Head
	hash  atomic.Uint64
	s     string
	n     int
	index atomic.Pointer[[]int32]
}

// strSub is the layout for str subclass instances created here.
const strIndexStep = 64

var hashSeed = maphash.MakeSeed()

// NewStr makes a str from Go text (UTF-8 / WTF-8).
func NewStr(s string) *Str {
	if len(s) <= 1 {
		if len(s) == 0 {
			return emptyStr
		}
		if s[0] < 0x80 {
			return asciiChars[s[0]]
		}
	}
	return &Str{Head: Head{StrType}, s: s, n: countRunes(s)}
}

// NewStrObj is NewStr(s).Obj().
func NewStrObj(s string) Object { return NewStr(s).Obj() }

var (
	emptyStr   = &Str{s: ""}
	asciiChars = makeASCIIChars()
)

func makeASCIIChars() (a [128]*Str) {
	for i := range a {
		a[i] = &Str{s: string(rune(i)), n: 1}
	}
	return a
}

// Obj returns the str as an Object; String its Go text.
func (s *Str) Obj() Object    { return Object{unsafe.Pointer(s)} }
func (s *Str) String() string { return s.s }
func (s *Str) Len() int       { return s.n }
func (s *Str) IsASCII() bool  { return s.n == len(s.s) }

// Hash returns the cached hash of s (as hash(s)).
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return int64(h)
	}
	if s.s == "" {
		return 0
	}
	h := int64(maphash.String(hashSeed, s.s))
	if h == -1 {
		h = -2
	}
	if h == 0 {
		h = 1
	}
	s.hash.Store(uint64(h))
	return h
}

// AsStr returns o as a *Str if it is a str (or subclass).
func AsStr(o Object) (*Str, bool) {
	if o.p == nil || uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if t == StrType || (uintptr(unsafe.Pointer(t)) != floatTypeAddr && t.Flags&FlagStrSubclass != 0) {
		return (*Str)(o.p), true
	}
	return nil, false
}

// ---------------------------------------------------------------- interning

var internTab sync.Map // string -> *Str

// Intern returns the unique interned str for s (identifiers, attribute
// names): equal names are then pointer-equal, the fastest dict key compare.
func Intern(s string) *Str {
	if v, ok := internTab.Load(s); ok {
		return v.(*Str)
	}
	n := NewStr(s)
	if n.n <= 1 && len(s) <= 1 {
		internTab.Store(s, n)
		return n
	}
	n = &Str{Head: Head{StrType}, s: strings.Clone(s), n: n.n}
	v, _ := internTab.LoadOrStore(s, n)
	return v.(*Str)
}

// ---------------------------------------------------------------- code points

// decodeRune decodes the code point at byte i, accepting WTF-8 surrogates.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); {
		// ASCII runs go eight bytes at a time.
		for i+8 <= len(s) && word8(s, i)&asciiHigh == 0 {
			i += 8
			n += 8
		}
		if i >= len(s) {
			break
		}
		if s[i] < 0x80 {
			i++
		} else {
			_, sz := decodeRune(s, i)
			i += sz
		}
		n++
	}
	return n
}

// appendRune appends r as UTF-8, surrogates as WTF-8.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func runeString(r rune) string {
	if r < 0x80 {
		return asciiChars[r].s
	}
	return string(appendRune(nil, r))
}

// offset returns the byte offset of code point i (0 <= i <= n).
func (s *Str) offset(i int) int {
	if s.n == len(s.s) {
		return i
	}
	if i >= s.n {
		return len(s.s)
	}
	idx := s.index.Load()
	if idx == nil {
		ix := make([]int32, 0, s.n/strIndexStep+1)
		for b, k := 0, 0; b < len(s.s); k++ {
			if k%strIndexStep == 0 {
				ix = append(ix, int32(b))
			}
			_, sz := decodeRune(s.s, b)
			b += sz
		}
		s.index.Store(&ix)
		idx = &ix
	}
	b := int((*idx)[i/strIndexStep])
	for k := i % strIndexStep; k > 0; k-- {
		_, sz := decodeRune(s.s, b)
		b += sz
	}
	return b
}

func (s *Str) runeAt(i int) rune {
	if s.n == len(s.s) {
		return rune(s.s[i])
	}
	r, _ := decodeRune(s.s, s.offset(i))
	return r
}

// runes returns the code points of s.
func (s *Str) runes() []rune {
	out := make([]rune, 0, s.n)
	for i := 0; i < len(s.s); {
		r, sz := decodeRune(s.s, i)
		out = append(out, r)
		i += sz
	}
	return out
}

func runesToStr(rs []rune) *Str {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return NewStr(string(b))
}

// substr returns code points [i, j).
func (s *Str) substr(i, j int) *Str {
	if i >= j {
		return emptyStr
	}
	if i == 0 && j == s.n {
		return s
	}
	if s.n == len(s.s) {
		return NewStr(s.s[i:j])
	}
	bi := s.offset(i)
	bj := s.offset(j)
	return &Str{Head: Head{StrType}, s: s.s[bi:bj], n: j - i}
}

// ---------------------------------------------------------------- repr

// StrRepr is repr() of a Go string.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, sz := decodeRune(s, i)
		if sz == 1 && r == utf8.RuneError { // invalid byte: not produced by NewStr callers
			b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			i++
			continue
		}
		switch {
		case r >= 0xD800 && r <= 0xDFFF || !unicode.IsPrint(r):
			b = appendEscape(b, r)
		default:
			b = append(b, s[i:i+sz]...)
		}
		i += sz
	}
	return string(append(b, quote))
}

const hexDigits = "0123456789abcdef"

func appendEscape(b []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r < 0x10000:
		return append(b, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hexDigits[r>>uint(sh)&15])
	}
	return b
}

// asciiRepr is ascii(): repr with all non-ASCII escaped.
func asciiRepr(s string) string {
	r := StrRepr(s)
	var b []byte
	for i := 0; i < len(r); {
		c := r[i]
		if c < 0x80 {
			b = append(b, c)
			i++
			continue
		}
		ru, sz := decodeRune(r, i)
		b = appendEscape(b, ru)
		i += sz
	}
	return string(b)
}

func strReprSlot(t *Thread, o Object) (Object, *Exception) {
	return NewStr(StrRepr((*Str)(o.p).s)).Obj(), nil
}

func strStrSlot(t *Thread, o Object) (Object, *Exception) {
	s := (*Str)(o.p)
	if s.typ == StrType {
		return o, nil
	}
	return NewStr(s.s).Obj(), nil
}

func strHash(t *Thread, o Object) (int64, *Exception) { return (*Str)(o.p).Hash(), nil }

func strEqual(a, b *Str) bool { return a == b || (a.n == b.n && a.s == b.s) }

func strCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	x := (*Str)(a.p)
	y, ok := AsStr(b)
	if !ok {
		return NotImplemented, nil
	}
	if op == Eq {
		return Bool(strEqual(x, y)), nil
	}
	if op == Ne {
		return Bool(!strEqual(x, y)), nil
	}
	return cmpResult(strings.Compare(x.s, y.s), op), nil
}

func strLen(t *Thread, o Object) (int, *Exception) { return (*Str)(o.p).n, nil }

func strBool(t *Thread, o Object) (bool, *Exception) { return (*Str)(o.p).n > 0, nil }

func strAdd(t *Thread, a, b Object) (Object, *Exception) {
	x := (*Str)(a.p)
	y, ok := AsStr(b)
	if !ok {
		return Object{}, TypeError("can only concatenate str (not \"%s\") to str", TypeName(b))
	}
	if x.n == 0 && y.typ == StrType {
		return b, nil
	}
	if y.n == 0 && x.typ == StrType {
		return a, nil
	}
	return strConcat(t, x, y).Obj(), nil
}

// StrConcat is a + b for two exact strs.
func StrConcat(t *Thread, a, b Object) Object {
	x, y := (*Str)(a.p), (*Str)(b.p)
	if x.n == 0 {
		return b
	}
	if y.n == 0 {
		return a
	}
	return strConcat(t, x, y).Obj()
}

// Repeated concatenation (s += piece in a loop) would copy the whole
// string every time. Like CPython's in-place resize of a uniquely
// referenced str, a long concatenation result is built in a buffer with
// spare room, remembered per thread; concatenating onto that same result
// again appends into the room instead of copying. Strings are views of
// the buffer's prefix: a view's bytes never change, and the bytes after
// the claimed prefix are claimed by one atomic compare-and-swap, so two
// threads extending the same string cannot both write the same room.

const strCatMin = 64 // shorter left operands are simply copied

type strBuf struct {
	used atomic.Int64 // bytes of b claimed (immutable from then on)
	b    []byte
}

type strCatCache struct {
	s   *Str    // the last result built in buf
	buf *strBuf // its buffer: s.s is buf.b[:len(s.s)]
}

func strConcat(t *Thread, x, y *Str) *Str {
	n, m := len(x.s), len(y.s)
	if t == nil || n < strCatMin {
		return &Str{Head: Head{StrType}, s: x.s + y.s, n: x.n + y.n}
	}
	if c := &t.strCat; c.s == x && n+m <= cap(c.buf.b) && c.buf.used.CompareAndSwap(int64(n), int64(n+m)) {
		b := c.buf.b[:n+m]
		copy(b[n:], y.s)
		r := &Str{Head: Head{StrType}, s: unsafe.String(&b[0], n+m), n: x.n + y.n}
		c.s = r
		return r
	}
	b := make([]byte, n+m, 2*(n+m))
	copy(b, x.s)
	copy(b[n:], y.s)
	buf := &strBuf{b: b}
	buf.used.Store(int64(n + m))
	r := &Str{Head: Head{StrType}, s: unsafe.String(&b[0], n+m), n: x.n + y.n}
	t.strCat = strCatCache{s: r, buf: buf}
	return r
}

// repeatCount extracts the repetition count of seq * n.
func repeatCount(n Object) (int, bool, *Exception) {
	v, b, ok := IntValue(n)
	if !ok {
		if sl := n.Type().Slots(); sl.Index != nil && n.Type().Flags&FlagFloatSubclass == 0 {
			r, exc := sl.Index(NewThread(), n)
			if exc != nil {
				return 0, true, exc
			}
			v, b, ok = IntValue(r)
		}
		if !ok {
			return 0, false, nil
		}
	}
	if b != nil {
		if b.Sign() < 0 {
			return 0, true, nil
		}
		return 0, true, OverflowError("cannot fit 'int' into an index-sized integer")
	}
	if v < 0 {
		v = 0
	}
	return int(min(v, 1<<62)), true, nil
}

func strMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	x := (*Str)(a.p)
	if n == 1 && x.typ == StrType {
		return a, nil
	}
	if x.n == 0 || n == 0 {
		return emptyStr.Obj(), nil
	}
	if len(x.s) > maxAlloc/n {
		return Object{}, MemoryError("")
	}
	return (&Str{Head: Head{StrType}, s: strings.Repeat(x.s, n), n: x.n * n}).Obj(), nil
}

func strRMul(t *Thread, b, a Object) (Object, *Exception) { return strMul(t, b, a) }

func strContains(t *Thread, o, k Object) (bool, *Exception) {
	sub, ok := AsStr(k)
	if !ok {
		return false, TypeError("'in <string>' requires string as left operand, not %s", TypeName(k))
	}
	return strings.Contains((*Str)(o.p).s, sub.s), nil
}

func strGetItem(t *Thread, o, k Object) (Object, *Exception) {
	s := (*Str)(o.p)
	if i, ok := AsInt64(k); ok {
		if i < 0 {
			i += int64(s.n)
		}
		if i < 0 || i >= int64(s.n) {
			return Object{}, IndexError("string index out of range")
		}
		if s.n == len(s.s) {
			return asciiChars[s.s[i]].Obj(), nil
		}
		return NewStr(runeString(s.runeAt(int(i)))).Obj(), nil
	}
	if sl, ok := k.p, k.Type() == SliceType; ok {
		_ = sl
		start, stop, step, n, exc := (*Slice)(k.p).Indices(t, s.n)
		if exc != nil {
			return Object{}, exc
		}
		if step == 1 {
			return s.substr(start, stop).Obj(), nil
		}
		if s.n == len(s.s) {
			b := make([]byte, n)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				b[i] = s.s[j]
			}
			return NewStr(string(b)).Obj(), nil
		}
		rs := s.runes()
		out := make([]rune, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = rs[j]
		}
		return runesToStr(out).Obj(), nil
	}
	i, exc := indexOf(t, k, "string indices must be integers, not '%s'")
	if exc != nil {
		return Object{}, exc
	}
	return strGetItem(t, o, MakeInt(int64(i)))
}

// indexOf converts a subscript to an int through __index__.
func indexOf(t *Thread, k Object, msg string) (int, *Exception) {
	v, b, ok := IntValue(k)
	if !ok {
		sl := k.Type().Slots()
		if sl.Index == nil {
			return 0, TypeError(msg, TypeName(k))
		}
		r, exc := sl.Index(t, k)
		if exc != nil {
			return 0, exc
		}
		v, b, ok = IntValue(r)
		if !ok {
			return 0, TypeError("__index__ returned non-int (type %s)", TypeName(r))
		}
	}
	if b != nil {
		return 0, IndexError("cannot fit 'int' into an index-sized integer")
	}
	if v > 1<<62 {
		v = 1 << 62
	} else if v < -(1 << 62) {
		v = -(1 << 62)
	}
	return int(v), nil
}

func strIter(t *Thread, o Object) (Object, *Exception) {
	return (&strIterator{Head: Head{StrIterType}, s: (*Str)(o.p)}).Obj(), nil
}

type strIterator struct {
	Head
	mu  sync.Mutex
	s   *Str
	pos int // byte offset
}

func (it *strIterator) Obj() Object { return Object{unsafe.Pointer(it)} }

func strIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*strIterator)(o.p)
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.s == nil || it.pos >= len(it.s.s) {
		it.s = nil
		return Object{}, nil
	}
	r, sz := decodeRune(it.s.s, it.pos)
	it.pos += sz
	if r < 0x80 {
		return asciiChars[r].Obj(), nil
	}
	return NewStr(runeString(r)).Obj(), nil
}

func strNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	var x, enc, errs Object
	if len(args) > 3 {
		return Object{}, TypeError("str expected at most 3 arguments, got %d", len(args))
	}
	if exc := parseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0, &x, &enc, &errs); exc != nil {
		return Object{}, exc
	}
	for _, a := range []struct {
		v    Object
		name string
	}{{enc, "encoding"}, {errs, "errors"}} {
		if a.v.p != nil {
			if _, ok := AsStr(a.v); !ok {
				return Object{}, TypeError("str() argument '%s' must be str, not %s", a.name, clinicTypeName(a.v))
			}
		}
	}
	var r Object
	switch {
	case x.p == nil:
		r = emptyStr.Obj()
	case enc.p == nil && errs.p == nil:
		var exc *Exception
		if r, exc = ToStr(t, x); exc != nil {
			return Object{}, exc
		}
	default:
		b, ok := BytesLike(x)
		if !ok {
			if _, isStr := AsStr(x); isStr {
				return Object{}, TypeError("decoding str is not supported")
			}
			return Object{}, TypeError("decoding to str: need a bytes-like object, %s found", TypeName(x))
		}
		e, er := "utf-8", "strict"
		if s, ok := AsStr(enc); ok {
			e = s.s
		}
		if s, ok := AsStr(errs); ok {
			er = s.s
		}
		s, exc := Decode(b, e, er)
		if exc != nil {
			return Object{}, exc
		}
		r = s.Obj()
	}
	if typ == StrType {
		return r, nil
	}
	s := (*Str)(r.p)
	return (&Str{Head: Head{typ}, s: s.s, n: s.n}).Obj(), nil
}

// isPySpace is str.isspace for one code point.
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= 0x09 && r <= 0x0d) || (r >= 0x1c && r <= 0x1f)
	}
	return r == 0x85 || unicode.IsSpace(r)
}

// unicodeDigit returns the decimal value of r (Nd), or -1.
func unicodeDigit(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Nd digits come in contiguous runs of complete 0..9 sequences.
	z := r
	for unicode.Is(unicode.Nd, z-1) {
		z--
	}
	d := int(r-z) % 10
	return d
}
