package micro

import (
	"math"
	"unsafe"
)

// Type is the minimal type object: every heap object starts with a *Type.
type Type struct {
	Name    string
	Version uint32 // bumped on any change to the type's dict or MRO
}

var (
	IntType   = &Type{Name: "int", Version: 1}
	FloatType = &Type{Name: "float", Version: 1}
	BoolType  = &Type{Name: "bool", Version: 1}
	StrType   = &Type{Name: "str", Version: 1}
)

// Object is the single-word value: a pointer to a heap object whose first
// field is its *Type, or an address inside the reserved small-int region.
type Object struct{ p unsafe.Pointer }

// Head is the common prefix of every heap object.
type Head struct{ typ *Type }

// IntBox holds an int that does not fit the small range (the real thing would
// be int64-or-big.Int; the benchmark only needs the int64 case).
type IntBox struct {
	Head
	v int64
}

// FloatBox is a boxed float: 16 bytes, one pointer word.
type FloatBox struct {
	Head
	v float64
}

// FloatNoscan is a float whose header is the immortal type's address stored as
// a uintptr, making the allocation pointer-free (noscan) for the GC.
type FloatNoscan struct {
	typ uintptr
	v   float64
}

type BoolObj struct {
	Head
	v bool
}

const (
	smallBits = 39 // small ints are |v| < 2^39
	smallBias = int64(1) << smallBits
	smallSpan = uintptr(1) << (smallBits + 1)
)

var smallBase = reserveAddresses(int(smallSpan))

var (
	True  = Object{unsafe.Pointer(&BoolObj{Head{BoolType}, true})}
	False = Object{unsafe.Pointer(&BoolObj{Head{BoolType}, false})}
)

// MakeInt never allocates for |v| < 2^39.
func MakeInt(v int64) Object {
	if off := uint64(v + smallBias); off < uint64(smallSpan) && smallBase != nil {
		return Object{unsafe.Add(smallBase, uintptr(off))}
	}
	return Object{unsafe.Pointer(&IntBox{Head{IntType}, v})}
}

// Small reports the small int encoded in o, if any.
func (o Object) Small() (int64, bool) {
	off := uintptr(o.p) - uintptr(smallBase)
	return int64(off) - smallBias, off < smallSpan
}

func (o Object) Type() *Type {
	if _, ok := o.Small(); ok {
		return IntType
	}
	return (*Head)(o.p).typ
}

func (o Object) Int() (int64, bool) {
	if v, ok := o.Small(); ok {
		return v, true
	}
	if h := (*Head)(o.p); h.typ == IntType {
		return (*IntBox)(o.p).v, true
	}
	return 0, false
}

// floatSlab hands out 16-byte noscan float cells from 1 KiB chunks: one
// malloc per 64 floats. A live float keeps its chunk alive (bounded waste).
type floatSlab struct {
	chunk *[64]FloatNoscan
	n     int
}

var floatTypeAddr = uintptr(unsafe.Pointer(FloatType))

func (s *floatSlab) make(f float64) Object {
	if s.chunk == nil || s.n == len(s.chunk) {
		s.chunk = new([64]FloatNoscan)
		s.n = 0
	}
	c := &s.chunk[s.n]
	s.n++
	c.typ, c.v = floatTypeAddr, f
	return Object{unsafe.Pointer(c)}
}

func MakeFloat(f float64) Object {
	return Object{unsafe.Pointer(&FloatBox{Head{FloatType}, f})}
}

func (o Object) Float() (float64, bool) {
	if _, ok := o.Small(); ok {
		return 0, false
	}
	if (*Head)(o.p).typ == FloatType {
		return (*FloatBox)(o.p).v, true
	}
	return 0, false
}

func MakeBool(b bool) Object {
	if b {
		return True
	}
	return False
}

// addInt is the int fast path: both small, no overflow of the small range.
func addWord(a, b Object) Object {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			return MakeInt(x + y) // |x+y| < 2^40: no int64 overflow
		}
	}
	return addWordSlow(a, b)
}

func addWordSlow(a, b Object) Object {
	if x, ok := a.Int(); ok {
		if y, ok := b.Int(); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return MakeInt(s)
			}
			panic("overflow to big int: not modelled")
		}
	}
	if x, ok := a.Float(); ok {
		if y, ok := b.Float(); ok {
			return MakeFloat(x + y)
		}
	}
	panic("unsupported add")
}

func mulWord(a, b Object) Object {
	if x, ok := a.Float(); ok {
		if y, ok := b.Float(); ok {
			return MakeFloat(x * y)
		}
	}
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
				return MakeInt(x * y)
			}
		}
	}
	panic("unsupported mul")
}

func ltWord(a, b Object) bool {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			return x < y
		}
	}
	if x, ok := a.Int(); ok {
		if y, ok := b.Int(); ok {
			return x < y
		}
	}
	x, _ := a.Float()
	y, _ := b.Float()
	return x < y
}

var _ = math.MaxInt64
