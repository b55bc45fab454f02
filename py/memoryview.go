package py

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"sync/atomic"
	"unsafe"
)

// MemoryView is a one-dimensional memoryview over a bytes or bytearray.
//
// Differences from CPython: only 1-D views with native single-item formats
// (B b c h H i I l L q Q n N f d ?) are supported, and a view does not pin
// its bytearray's size (CPython refuses to resize an exported bytearray;
// without reference counting pygo cannot tell when a view dies, so it lets
// the bytearray resize and a view then sees the bytes still in range).
type MemoryView struct {
	Head
	obj      Object
	ba       *ByteArray // live source when obj is a bytearray
	fixed    []byte     // source when obj is bytes
	start    int        // byte offset of element 0
	stride   int        // bytes between elements (may be negative)
	n        int        // number of elements
	itemsize int
	format   string
	readonly bool
	released atomic.Bool
}

var MemoryViewType *Type

func (m *MemoryView) Obj() Object { return Object{unsafe.Pointer(m)} }

// AsMemoryView returns o as *MemoryView if it is one.
func AsMemoryView(o Object) (*MemoryView, bool) {
	if o.p == nil || isSmall(o) || MemoryViewType == nil {
		return nil, false
	}
	if uintptr(unsafe.Pointer((*Head)(o.p).typ)) == floatTypeAddr || (*Head)(o.p).typ != MemoryViewType {
		return nil, false
	}
	return (*MemoryView)(o.p), true
}

func (m *MemoryView) src() []byte {
	if m.ba != nil {
		return m.ba.Data()
	}
	return m.fixed
}

// item returns the bytes of element i (nil if the source shrank).
func (m *MemoryView) item(src []byte, i int) []byte {
	off := m.start + i*m.stride
	if off < 0 || off+m.itemsize > len(src) {
		return nil
	}
	return src[off : off+m.itemsize]
}

// bytes returns the viewed bytes in element order.
func (m *MemoryView) bytes() []byte {
	src := m.src()
	if m.stride == m.itemsize && m.start >= 0 && m.start+m.n*m.itemsize <= len(src) {
		return src[m.start : m.start+m.n*m.itemsize]
	}
	out := make([]byte, 0, m.n*m.itemsize)
	for i := 0; i < m.n; i++ {
		out = append(out, m.item(src, i)...)
	}
	return out
}

func formatSize(f string) int {
	switch f {
	case "B", "b", "c", "?":
		return 1
	case "h", "H":
		return 2
	case "i", "I", "f":
		return 4
	case "l", "L", "q", "Q", "n", "N", "d":
		return 8
	}
	return 0
}

// unpack converts one element to a Python value.
func (m *MemoryView) unpack(b []byte) Object {
	le := binary.LittleEndian
	switch m.format {
	case "B":
		return MakeInt(int64(b[0]))
	case "b":
		return MakeInt(int64(int8(b[0])))
	case "c":
		return NewBytes([]byte{b[0]}).Obj()
	case "?":
		return Bool(b[0] != 0)
	case "h":
		return MakeInt(int64(int16(le.Uint16(b))))
	case "H":
		return MakeInt(int64(le.Uint16(b)))
	case "i":
		return MakeInt(int64(int32(le.Uint32(b))))
	case "I":
		return MakeInt(int64(le.Uint32(b)))
	case "l", "q", "n":
		return MakeInt(int64(le.Uint64(b)))
	case "f":
		return NewFloat(float64(math.Float32frombits(le.Uint32(b))))
	case "d":
		return NewFloat(math.Float64frombits(le.Uint64(b)))
	default: // L Q N
		v := le.Uint64(b)
		if v > math.MaxInt64 {
			r, _ := ParseInt(fmt.Sprint(v), 10)
			return r
		}
		return MakeInt(int64(v))
	}
}

// pack converts a value to one element (formats B b c only are writable).
func (m *MemoryView) pack(t *Thread, v Object) ([]byte, *Exception) {
	switch m.format {
	case "c":
		b, ok := AsBytes(v)
		if !ok || len(b.b) != 1 {
			return nil, ValueError("memoryview: invalid type for format 'c'")
		}
		return b.b, nil
	case "B", "b":
		if !IsInt(v) {
			return nil, TypeError("memoryview: invalid type for format '%s'", m.format)
		}
		n, ok := AsInt64(v)
		lo, hi := int64(0), int64(255)
		if m.format == "b" {
			lo, hi = -128, 127
		}
		if !ok || n < lo || n > hi {
			return nil, ValueError("memoryview: invalid value for format '%s'", m.format)
		}
		return []byte{byte(n)}, nil
	}
	return nil, NotImplementedError("memoryview: format %s not supported", m.format)
}

func (m *MemoryView) check() *Exception {
	if m.released.Load() {
		return ValueError("operation forbidden on released memoryview object")
	}
	return nil
}

// NewMemoryView is memoryview(o).
func NewMemoryView(o Object) (*MemoryView, *Exception) {
	if v, ok := AsMemoryView(o); ok {
		if exc := v.check(); exc != nil {
			return nil, exc
		}
		c := &MemoryView{Head: Head{MemoryViewType}, obj: v.obj, ba: v.ba, fixed: v.fixed, start: v.start, stride: v.stride,
			n: v.n, itemsize: v.itemsize, format: v.format, readonly: v.readonly}
		return c, nil
	}
	m := &MemoryView{Head: Head{MemoryViewType}, obj: o, itemsize: 1, stride: 1, format: "B"}
	if b, ok := AsBytes(o); ok {
		m.fixed, m.n, m.readonly = b.b, len(b.b), true
		return m, nil
	}
	if ba, ok := AsByteArray(o); ok {
		m.ba, m.n = ba, len(ba.Data())
		return m, nil
	}
	return nil, TypeError("memoryview: a bytes-like object is required, not '%s'", TypeName(o))
}

func memoryViewNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	var o Object
	if len(args) > 1 {
		return Object{}, TypeError("memoryview() takes at most 1 argument (%d given)", len(args))
	}
	if exc := parseArgs("memoryview", args, kw, []string{"object"}, 1, &o); exc != nil {
		return Object{}, exc
	}
	m, exc := NewMemoryView(o)
	if exc != nil {
		return Object{}, exc
	}
	return m.Obj(), nil
}

func memoryViewGetItem(t *Thread, o, k Object) (Object, *Exception) {
	m := (*MemoryView)(o.p)
	if exc := m.check(); exc != nil {
		return Object{}, exc
	}
	if k.Type() == SliceType {
		start, _, step, n, exc := (*Slice)(k.p).Indices(t, m.n)
		if exc != nil {
			return Object{}, exc
		}
		v := &MemoryView{Head: Head{MemoryViewType}, obj: m.obj, ba: m.ba, fixed: m.fixed, start: m.start + start*m.stride,
			stride: m.stride * step, n: n, itemsize: m.itemsize, format: m.format, readonly: m.readonly}
		return v.Obj(), nil
	}
	if tu, ok := AsTuple(k); ok && len(tu.items) == 1 && (IsInt(tu.items[0]) || tu.items[0].Type().Slots().Index != nil) {
		k = tu.items[0]
	}
	if !IsInt(k) && k.Type().Slots().Index == nil {
		return Object{}, TypeError("memoryview: invalid slice key")
	}
	i, exc := indexOf(t, k, "memoryview: invalid slice key")
	if exc != nil {
		return Object{}, exc
	}
	if i < 0 {
		i += m.n
	}
	if i < 0 || i >= m.n {
		return Object{}, IndexError("index out of bounds on dimension 1")
	}
	b := m.item(m.src(), i)
	if b == nil {
		return Object{}, IndexError("index out of bounds on dimension 1")
	}
	return m.unpack(b), nil
}

func memoryViewSetItem(t *Thread, o, k, v Object) *Exception {
	m := (*MemoryView)(o.p)
	if exc := m.check(); exc != nil {
		return exc
	}
	if m.readonly {
		return TypeError("cannot modify read-only memory")
	}
	if v.p == nil {
		return TypeError("cannot delete memory")
	}
	m.ba.mu.Lock()
	defer m.ba.mu.Unlock()
	src := m.ba.Data()
	if k.Type() == SliceType {
		start, _, step, n, exc := (*Slice)(k.p).Indices(t, m.n)
		if exc != nil {
			return exc
		}
		vb, ok := BytesLike(v)
		if !ok {
			return TypeError("a bytes-like object is required, not '%s'", TypeName(v))
		}
		if len(vb) != n*m.itemsize {
			return ValueError("memoryview assignment: lvalue and rvalue have different structures")
		}
		vb = append([]byte(nil), vb...)
		for i := 0; i < n; i++ {
			if dst := m.item(src, start+i*step); dst != nil {
				copy(dst, vb[i*m.itemsize:(i+1)*m.itemsize])
			}
		}
		return nil
	}
	i, exc := indexOf(t, k, "memoryview: invalid slice key")
	if exc != nil {
		return exc
	}
	if i < 0 {
		i += m.n
	}
	if i < 0 || i >= m.n {
		return IndexError("index out of bounds on dimension 1")
	}
	b, exc := m.pack(t, v)
	if exc != nil {
		return exc
	}
	if dst := m.item(src, i); dst != nil {
		copy(dst, b)
	}
	return nil
}

func (m *MemoryView) tolist() []Object {
	src := m.src()
	out := make([]Object, 0, m.n)
	for i := 0; i < m.n; i++ {
		if b := m.item(src, i); b != nil {
			out = append(out, m.unpack(b))
		}
	}
	return out
}

func memoryViewCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	if op != Eq && op != Ne {
		return NotImplemented, nil
	}
	m := (*MemoryView)(a.p)
	if m.released.Load() {
		return Bool((a.p == b.p) == (op == Eq)), nil
	}
	var eq bool
	if w, ok := AsMemoryView(b); ok {
		if w.released.Load() {
			return Bool(op == Ne), nil
		}
		if m.format == w.format || formatSize(m.format) == 1 && formatSize(w.format) == 1 && m.format != "c" && w.format != "c" {
			x, y := m.tolist(), w.tolist()
			eq = len(x) == len(y)
			for i := 0; eq && i < len(x); i++ {
				r, exc := Equal(t, x[i], y[i])
				if exc != nil {
					return Object{}, exc
				}
				eq = r
			}
		} else {
			eq = m.format == w.format && bytes.Equal(m.bytes(), w.bytes())
		}
	} else if y, ok := BytesLike(b); ok {
		eq = m.format == "B" && bytes.Equal(m.bytes(), y)
	} else {
		return NotImplemented, nil
	}
	return Bool(eq == (op == Eq)), nil
}

type memoryViewIterator struct {
	Head
	m   *MemoryView
	pos atomicInt
}

var memoryViewIterType *Type

func initMemoryView(mk func(string, *Type, uint32, *Slots) *Type) {
	MemoryViewType = mk("memoryview", nil, 0, &Slots{
		Repr: func(t *Thread, o Object) (Object, *Exception) {
			m := (*MemoryView)(o.p)
			if m.released.Load() {
				return NewStr(fmt.Sprintf("<released memory at %#x>", uintptr(o.p))).Obj(), nil
			}
			return NewStr(fmt.Sprintf("<memory at %#x>", uintptr(o.p))).Obj(), nil
		},
		Hash: func(t *Thread, o Object) (int64, *Exception) {
			m := (*MemoryView)(o.p)
			if exc := m.check(); exc != nil {
				return 0, exc
			}
			if !m.readonly {
				return 0, ValueError("cannot hash writable memoryview object")
			}
			return bytesHash(t, NewBytes(append([]byte(nil), m.bytes()...)).Obj())
		},
		Compare: memoryViewCompare,
		Len: func(t *Thread, o Object) (int, *Exception) {
			m := (*MemoryView)(o.p)
			if exc := m.check(); exc != nil {
				return 0, exc
			}
			return m.n, nil
		},
		GetItem: memoryViewGetItem, SetItem: memoryViewSetItem, New: memoryViewNew,
		Iter: func(t *Thread, o Object) (Object, *Exception) {
			m := (*MemoryView)(o.p)
			if exc := m.check(); exc != nil {
				return Object{}, exc
			}
			return Object{unsafe.Pointer(&memoryViewIterator{Head: Head{memoryViewIterType}, m: m})}, nil
		},
	})
	memoryViewIterType = mk("memory_iterator", nil, 0, &Slots{
		Iter: func(t *Thread, o Object) (Object, *Exception) { return o, nil },
		Next: func(t *Thread, o Object) (Object, *Exception) {
			it := (*memoryViewIterator)(o.p)
			if exc := it.m.check(); exc != nil {
				return Object{}, exc
			}
			i := int(it.pos.Add(1) - 1)
			if i >= it.m.n {
				return Object{}, nil
			}
			b := it.m.item(it.m.src(), i)
			if b == nil {
				return Object{}, nil
			}
			return it.m.unpack(b), nil
		},
	})
	typ := MemoryViewType
	meth := func(name string, f func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception)) {
		addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			m := (*MemoryView)(self.p)
			if name != "release" && name != "__exit__" {
				if exc := m.check(); exc != nil {
					return Object{}, exc
				}
			}
			return f(t, m, args, kw)
		})
	}
	meth("tobytes", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		return NewBytes(append([]byte(nil), m.bytes()...)).Obj(), nil
	})
	meth("tolist", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		return NewList(m.tolist()).Obj(), nil
	})
	meth("hex", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		return bytesHex(t, m.bytes(), args, kw)
	})
	meth("release", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		m.released.Store(true)
		return None, nil
	})
	meth("__enter__", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		return m.Obj(), nil
	})
	meth("__exit__", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		m.released.Store(true)
		return None, nil
	})
	meth("toreadonly", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		v, _ := NewMemoryView(m.Obj())
		v.readonly = true
		return v.Obj(), nil
	})
	meth("cast", func(t *Thread, m *MemoryView, args []Object, kw *Tuple) (Object, *Exception) {
		var fo, shape Object
		if exc := parseArgs("cast", args, kw, []string{"format", "shape"}, 1, &fo, &shape); exc != nil {
			return Object{}, exc
		}
		f, ok := AsStr(fo)
		if !ok {
			return Object{}, TypeError("memoryview: format argument must be a string")
		}
		size := formatSize(f.s)
		if size == 0 {
			return Object{}, ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
		}
		if m.stride != m.itemsize {
			return Object{}, TypeError("memoryview: casts are restricted to C-contiguous views")
		}
		if m.itemsize != 1 && size != 1 {
			return Object{}, TypeError("memoryview: cannot cast between two non-byte formats")
		}
		total := m.n * m.itemsize
		if total%size != 0 {
			return Object{}, TypeError("memoryview: length is not a multiple of itemsize")
		}
		v := &MemoryView{Head: Head{MemoryViewType}, obj: m.obj, ba: m.ba, fixed: m.fixed, start: m.start, stride: size,
			n: total / size, itemsize: size, format: f.s, readonly: m.readonly}
		return v.Obj(), nil
	})
	get := func(name string, f func(m *MemoryView) Object) {
		addGetSet(typ, name, func(t *Thread, o Object) (Object, *Exception) {
			m := (*MemoryView)(o.p)
			if exc := m.check(); exc != nil {
				return Object{}, exc
			}
			return f(m), nil
		}, nil)
	}
	get("obj", func(m *MemoryView) Object { return m.obj })
	get("nbytes", func(m *MemoryView) Object { return MakeInt(int64(m.n * m.itemsize)) })
	get("readonly", func(m *MemoryView) Object { return Bool(m.readonly) })
	get("itemsize", func(m *MemoryView) Object { return MakeInt(int64(m.itemsize)) })
	get("format", func(m *MemoryView) Object { return NewStr(m.format).Obj() })
	get("ndim", func(m *MemoryView) Object { return MakeInt(1) })
	get("shape", func(m *MemoryView) Object { return NewTuple(MakeInt(int64(m.n))).Obj() })
	get("strides", func(m *MemoryView) Object { return NewTuple(MakeInt(int64(m.stride))).Obj() })
	get("suboffsets", func(m *MemoryView) Object { return NewTuple().Obj() })
	contig := func(m *MemoryView) Object { return Bool(m.stride == m.itemsize || m.n <= 1) }
	get("c_contiguous", contig)
	get("f_contiguous", contig)
	get("contiguous", contig)
	addGetSet(typ, "released", func(t *Thread, o Object) (Object, *Exception) {
		return Bool((*MemoryView)(o.p).released.Load()), nil
	}, nil)
}
