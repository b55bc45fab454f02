package py

import (
	"bytes"
	"hash/maphash"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Bytes is an immutable bytes object.
type Bytes struct {
	Head
	b []byte
}

func (b *Bytes) Obj() Object  { return Object{unsafe.Pointer(b)} }
func (b *Bytes) Data() []byte { return b.b }

// NewBytes makes a bytes object owning b.
func NewBytes(b []byte) *Bytes { return &Bytes{Head: Head{BytesType}, b: b} }

// AsBytes returns o as *Bytes if it is bytes (or subclass).
func AsBytes(o Object) (*Bytes, bool) {
	if o.p == nil || isSmall(o) {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if uintptr(unsafe.Pointer(t)) != floatTypeAddr && t.Flags&FlagBytesSubclass != 0 {
		return (*Bytes)(o.p), true
	}
	return nil, false
}

// BytesRepr is repr(bytes).
func BytesRepr(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	out := []byte{'b', quote}
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < 0x20 || c >= 0x7f:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

func bytesRepr(t *Thread, o Object) (Object, *Exception) {
	return NewStr(BytesRepr((*Bytes)(o.p).b)).Obj(), nil
}

func bytesHash(t *Thread, o Object) (int64, *Exception) {
	b := (*Bytes)(o.p).b
	if len(b) == 0 {
		return 0, nil
	}
	h := int64(maphash.Bytes(hashSeed, b))
	if h == -1 {
		h = -2
	}
	if h == 0 {
		h = 1
	}
	return h, nil
}

func bytesCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	y, ok := AsBytes(b)
	if !ok {
		return NotImplemented, nil
	}
	return cmpResult(bytes.Compare((*Bytes)(a.p).b, y.b), op), nil
}

func bytesAdd(t *Thread, a, b Object) (Object, *Exception) {
	y, ok := AsBytes(b)
	if !ok {
		return Object{}, TypeError("can't concat %s to bytes", TypeName(b))
	}
	x := (*Bytes)(a.p).b
	return NewBytes(append(append(make([]byte, 0, len(x)+len(y.b)), x...), y.b...)).Obj(), nil
}

func bytesMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	x := (*Bytes)(a.p).b
	if len(x) > 0 && n > maxAlloc/len(x) {
		return Object{}, MemoryError("")
	}
	return NewBytes(bytes.Repeat(x, n)).Obj(), nil
}

func bytesContains(t *Thread, o, k Object) (bool, *Exception) {
	b := (*Bytes)(o.p).b
	if v, ok := AsInt64(k); ok {
		if v < 0 || v > 255 {
			return false, ValueError("byte must be in range(0, 256)")
		}
		return bytes.IndexByte(b, byte(v)) >= 0, nil
	}
	if s, ok := AsBytes(k); ok {
		return bytes.Contains(b, s.b), nil
	}
	return false, TypeError("a bytes-like object is required, not '%s'", TypeName(k))
}

func bytesGetItem(t *Thread, o, k Object) (Object, *Exception) {
	return byteItem(t, (*Bytes)(o.p).b, k, "bytes", func(d []byte) Object { return NewBytes(d).Obj() })
}

// byteItem is b[k] for bytes and bytearray (kind): an int for an index,
// a new object made by mk for a slice.
func byteItem(t *Thread, b []byte, k Object, kind string, mk func([]byte) Object) (Object, *Exception) {
	if k.Type() == SliceType {
		start, _, step, n, exc := (*Slice)(k.p).Indices(t, len(b))
		if exc != nil {
			return Object{}, exc
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b[j]
		}
		return mk(out), nil
	}
	idxMsg, rangeMsg := "byte indices must be integers or slices, not %s", "index out of range"
	if kind == "bytearray" {
		idxMsg, rangeMsg = "bytearray indices must be integers or slices, not %s", "bytearray index out of range"
	}
	i, exc := indexOf(t, k, idxMsg)
	if exc != nil {
		return Object{}, exc
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return Object{}, IndexError("%s", rangeMsg)
	}
	return MakeInt(int64(b[i])), nil
}

type bytesIterator struct {
	Head
	b   []byte
	pos atomicInt
}

func bytesIter(t *Thread, o Object) (Object, *Exception) {
	return Object{unsafe.Pointer(&bytesIterator{Head: Head{BytesIterType}, b: (*Bytes)(o.p).b})}, nil
}

func bytesIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*bytesIterator)(o.p)
	i := it.pos.Add(1) - 1
	if int(i) >= len(it.b) {
		return Object{}, nil
	}
	return MakeInt(int64(it.b[i])), nil
}

// bytesFrom converts the argument of bytes(x).
func bytesFrom(t *Thread, x Object) ([]byte, *Exception) {
	if b, ok := AsBytes(x); ok {
		return append([]byte(nil), b.b...), nil
	}
	if _, ok := AsStr(x); ok {
		return nil, TypeError("string argument without an encoding")
	}
	if IsInt(x) {
		n, ok := AsInt64(x)
		if !ok {
			return nil, OverflowError("cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, ValueError("negative count")
		}
		return make([]byte, n), nil
	}
	items, exc := SequenceItems(t, x)
	if exc != nil {
		if exc.Matches(TypeErrorType) {
			return nil, TypeError("cannot convert '%s' object to bytes", TypeName(x))
		}
		return nil, exc
	}
	out := make([]byte, len(items))
	for i, it := range items {
		v, exc := Index(t, it)
		if exc != nil {
			return nil, exc
		}
		n, ok := AsInt64(v)
		if !ok || n < 0 || n > 255 {
			return nil, ValueError("bytes must be in range(0, 256)")
		}
		out[i] = byte(n)
	}
	return out, nil
}

func bytesNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	var src, enc, errs Object
	if exc := parseArgs("bytes", args, kw, []string{"source", "encoding", "errors"}, 0, &src, &enc, &errs); exc != nil {
		return Object{}, exc
	}
	var b []byte
	switch {
	case src.p == nil:
		if enc.p != nil || errs.p != nil {
			return Object{}, TypeError("encoding or errors without sequence argument")
		}
	case enc.p != nil || errs.p != nil:
		s, ok := AsStr(src)
		if !ok {
			if enc.p != nil {
				return Object{}, TypeError("encoding without a string argument")
			}
			return Object{}, TypeError("errors without a string argument")
		}
		e, er := "utf-8", "strict"
		if x, ok := AsStr(enc); ok {
			e = x.s
		}
		if x, ok := AsStr(errs); ok {
			er = x.s
		}
		var exc *Exception
		if b, exc = Encode(s, e, er); exc != nil {
			return Object{}, exc
		}
	default:
		var exc *Exception
		if b, exc = bytesFrom(t, src); exc != nil {
			return Object{}, exc
		}
	}
	r := NewBytes(b)
	r.typ = typ
	return r.Obj(), nil
}

func bytesSlots() *Slots {
	s := &Slots{
		Repr: bytesRepr, Hash: bytesHash, Compare: bytesCompare,
		Len:      func(t *Thread, o Object) (int, *Exception) { return len((*Bytes)(o.p).b), nil },
		Contains: bytesContains, GetItem: bytesGetItem, Iter: bytesIter, New: bytesNew,
	}
	s.Bin[OpAdd] = bytesAdd
	s.Bin[OpMul] = bytesMul
	s.RBin[OpMul] = swap(bytesMul)
	return s
}

// ---------------------------------------------------------------- codecs

func normEncoding(e string) string {
	e = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(e), "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1"
	}
	return e
}

func encodeError(enc string, s *Str, start, end int, reason string) *Exception {
	e := NewException(UnicodeEncodeErrorType, NewStr(enc).Obj(), s.Obj(), MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason).Obj())
	copy(e.ext, []Object{NewStr(enc).Obj(), s.Obj(), MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason).Obj()})
	return e
}

func decodeError(enc string, b []byte, start, end int, reason string) *Exception {
	bo := NewBytes(b).Obj()
	e := NewException(UnicodeDecodeErrorType, NewStr(enc).Obj(), bo, MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason).Obj())
	copy(e.ext, []Object{NewStr(enc).Obj(), bo, MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason).Obj()})
	return e
}

// Encode is str.encode(encoding, errors) for utf-8, ascii and latin-1.
func Encode(s *Str, encoding, errors string) ([]byte, *Exception) {
	enc := normEncoding(encoding)
	if out, ok, exc := encodeWide(s, enc, errors); ok {
		return out, exc
	}
	limit := rune(0)
	switch enc {
	case "utf-8":
		if !strings.Contains(s.s, "\xed") { // no surrogates possible
			return []byte(s.s), nil
		}
		limit = 0x110000
	case "ascii":
		limit = 0x80
	case "latin-1":
		limit = 0x100
	default:
		return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	}
	var out []byte
	rs := s.runes()
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		bad := r >= limit || (enc == "utf-8" && r >= 0xD800 && r <= 0xDFFF)
		if !bad {
			if enc == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] >= limit || (enc == "utf-8" && rs[j] >= 0xD800 && rs[j] <= 0xDFFF)) {
			j++
		}
		switch errors {
		case "strict":
			reason := "ordinal not in range(128)"
			if enc == "latin-1" {
				reason = "ordinal not in range(256)"
			} else if enc == "utf-8" {
				reason = "surrogates not allowed"
			}
			return nil, encodeError(enc, s, i, j, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = appendEscape(out, rs[k])
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"+intRepr(MakeInt(int64(rs[k])))+";"...)
			}
		case "surrogateescape":
			for k := i; k < j; k++ {
				if rs[k] < 0xDC80 || rs[k] > 0xDCFF {
					return nil, encodeError(enc, s, k, k+1, "ordinal not in range(128)")
				}
				out = append(out, byte(rs[k]-0xDC00))
			}
		case "surrogatepass":
			if enc != "utf-8" {
				return nil, encodeError(enc, s, i, j, "ordinal not in range(128)")
			}
			for k := i; k < j; k++ {
				out = appendRune(out, rs[k])
			}
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
		}
		i = j - 1
	}
	return out, nil
}

// Decode is bytes.decode(encoding, errors) for utf-8, ascii and latin-1.
func Decode(b []byte, encoding, errors string) (*Str, *Exception) {
	enc := normEncoding(encoding)
	if out, ok, exc := decodeWide(b, enc, errors); ok {
		return out, exc
	}
	switch enc {
	case "utf-8":
		if utf8.Valid(b) {
			return NewStr(string(b)), nil
		}
	case "ascii":
	case "latin-1":
		rs := make([]byte, 0, len(b))
		for _, c := range b {
			rs = utf8.AppendRune(rs, rune(c))
		}
		return NewStr(string(rs)), nil
	default:
		return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	}
	var out []byte
	for i := 0; i < len(b); {
		var n int
		var reason string
		if enc == "ascii" {
			if b[i] < 0x80 {
				out = append(out, b[i])
				i++
				continue
			}
			n, reason = 1, "ordinal not in range(128)"
		} else {
			r, sz := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError || sz > 1 {
				out = append(out, b[i:i+sz]...)
				i += sz
				continue
			}
			n, reason = utf8ErrorSpan(b[i:])
		}
		switch errors {
		case "strict":
			return nil, decodeError(enc, b, i, i+n, reason)
		case "ignore":
		case "replace":
			out = append(out, "\uFFFD"...)
		case "backslashreplace":
			for k := i; k < i+n; k++ {
				out = append(out, '\\', 'x', hexDigits[b[k]>>4], hexDigits[b[k]&15])
			}
		case "surrogateescape":
			for k := i; k < i+n; k++ {
				out = appendRune(out, 0xDC00+rune(b[k]))
			}
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
		}
		i += n
	}
	return NewStr(string(out)), nil
}

// utf8ErrorSpan returns the length of the invalid sequence at the start of
// b and CPython's reason for it.
func utf8ErrorSpan(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		l, h := byte(0x80), byte(0xBF)
		if k == 1 {
			l, h = lo, hi
		}
		if b[k] < l || b[k] > h {
			return k, "invalid continuation byte"
		}
	}
	return 1, "invalid start byte"
}
