package py

import (
	"strconv"
	"unsafe"
)

// Allocation helpers for building strs. A small str is allocated as one
// object holding both the header and its text (the text is an array after
// the Str fields and s points into it), which halves the allocations of
// the short strings that formatting, splitting and case mapping produce.
// Interior pointers keep the whole object alive, so this is safe for the
// collector; the header and text are immutable once the str is returned.

type strInl16 struct {
	Str
	b [16]byte
}
type strInl32 struct {
	Str
	b [32]byte
}
type strInl48 struct {
	Str
	b [48]byte
}
type strInl80 struct {
	Str
	b [80]byte
}
type strInl144 struct {
	Str
	b [144]byte
}

// newStrBuf returns a new exact str header and a buffer of nbytes bytes
// for its text. The caller fills buf and then calls s.finish(buf, n) before
// the str is used: until then s.s is empty.
func newStrBuf(nbytes int) (*Str, []byte) {
	switch {
	case nbytes <= 16:
		x := &strInl16{Str: Str{Head: Head{StrType}}}
		return &x.Str, x.b[:nbytes]
	case nbytes <= 32:
		x := &strInl32{Str: Str{Head: Head{StrType}}}
		return &x.Str, x.b[:nbytes]
	case nbytes <= 48:
		x := &strInl48{Str: Str{Head: Head{StrType}}}
		return &x.Str, x.b[:nbytes]
	case nbytes <= 80:
		x := &strInl80{Str: Str{Head: Head{StrType}}}
		return &x.Str, x.b[:nbytes]
	case nbytes <= 144:
		x := &strInl144{Str: Str{Head: Head{StrType}}}
		return &x.Str, x.b[:nbytes]
	}
	return &Str{Head: Head{StrType}}, make([]byte, nbytes)
}

// finish sets the text of a str from newStrBuf to buf (now filled) with n
// code points (n < 0: count them).
func (s *Str) finish(buf []byte, n int) *Str {
	if len(buf) == 0 {
		return s
	}
	s.s = unsafe.String(&buf[0], len(buf))
	if n < 0 {
		n = countRunes(s.s)
	}
	s.n = n
	return s
}

// strFromBytes copies b into a new str of n code points (n < 0: count
// them), with the one-character and empty singletons NewStr gives.
func strFromBytes(b []byte, n int) *Str {
	if len(b) <= 1 {
		if len(b) == 0 {
			return emptyStr
		}
		if b[0] < 0x80 {
			return asciiChars[b[0]]
		}
	}
	s, buf := newStrBuf(len(b))
	copy(buf, b)
	return s.finish(buf, n)
}

// strN makes a str of Go text s whose code point count n is already
// known (no recount), keeping NewStr's singletons.
func strN(s string, n int) *Str {
	if len(s) <= 1 {
		if len(s) == 0 {
			return emptyStr
		}
		if s[0] < 0x80 {
			return asciiChars[s[0]]
		}
	}
	return &Str{Head: Head{StrType}, s: s, n: n}
}

// asciiHigh has the top bit of every byte of a word: a word of text with
// none of them set is all ASCII.
const asciiHigh = 0x8080808080808080

// word8 loads s[i:i+8] as a little-endian word (the compiler merges the
// byte loads into one).
func word8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// putWord8 stores w little-endian into b[0:8].
func putWord8(b []byte, w uint64) {
	b = b[:8]
	b[0], b[1], b[2], b[3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
	b[4], b[5], b[6], b[7] = byte(w>>32), byte(w>>40), byte(w>>48), byte(w>>56)
}

// strHeaders hands out Str headers for pieces of a split from slabs, so a
// split of k pieces makes k/strSlab allocations instead of k. A slab is
// small so that one surviving piece keeps little else alive.
type strHeaders struct{ slab []Str }

const strSlab = 16

// piece returns a new exact str for text s of n code points.
func (h *strHeaders) piece(s string, n int) Object {
	if len(s) <= 1 {
		if len(s) == 0 {
			return emptyStr.Obj()
		}
		if s[0] < 0x80 {
			return asciiChars[s[0]].Obj()
		}
	}
	if len(h.slab) == 0 {
		h.slab = make([]Str, strSlab)
	}
	p := &h.slab[0]
	h.slab = h.slab[1:]
	p.typ, p.s, p.n = StrType, s, n
	return p.Obj()
}

// newListOwned makes a list that takes ownership of items (no copy).
func newListOwned(items []Object) *List {
	l := &List{Head: Head{ListType}}
	l.arr.Store(&items)
	l.n.Store(int64(len(items)))
	return l
}

// StrFromInt is str(v) for a machine int, in one allocation.
func StrFromInt(v int64) *Str {
	if uint64(v) < 10 {
		return asciiChars['0'+v]
	}
	var tmp [20]byte
	d := strconv.AppendInt(tmp[:0], v, 10)
	r, b := newStrBuf(len(d))
	copy(b, d)
	return r.finish(b, len(b))
}

// BuildString concatenates parts, which must all be strs (an f-string's
// pieces: the VM's BUILD_STRING), sizing the result first so the text is
// copied once and its code points are not recounted.
func BuildString(parts []Object) Object {
	total, n := 0, 0
	var last Object
	for _, x := range parts {
		s := (*Str)(x.p)
		if len(s.s) > 0 {
			total += len(s.s)
			n += s.n
			last = x
		}
	}
	if total == 0 {
		return emptyStr.Obj()
	}
	if total == len((*Str)(last.p).s) && (*Str)(last.p).typ == StrType {
		return last // only one non-empty piece
	}
	r, b := newStrBuf(total)
	k := 0
	for _, x := range parts {
		k += copy(b[k:], (*Str)(x.p).s)
	}
	if total == 1 && b[0] < 0x80 {
		return asciiChars[b[0]].Obj()
	}
	return r.finish(b, n).Obj()
}
