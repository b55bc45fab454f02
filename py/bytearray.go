package py

import (
	"bytes"
	"sync"
	"sync/atomic"
	"unsafe"
)

// ByteArray is a mutable bytearray.
//
// Concurrency: the contents are published as an immutable slice header
// through one atomic pointer, so a reader takes a consistent snapshot with
// one load. Writers serialise on mu. Changes of length publish a new header
// (appending in place past a snapshot's length is invisible to it); item
// assignment writes the byte in place, which a concurrent reader sees as
// either the old or the new byte.
type ByteArray struct {
	Head
	mu      sync.Mutex
	data    atomic.Pointer[[]byte]
	exports atomic.Int32 // live memoryviews: resizing is refused while > 0
}

// ByteArrayType is bytearray.
var ByteArrayType, ByteArrayIterType *Type

func (b *ByteArray) Obj() Object { return Object{unsafe.Pointer(b)} }

// Data returns a snapshot of the contents (do not modify).
func (b *ByteArray) Data() []byte {
	if p := b.data.Load(); p != nil {
		return *p
	}
	return nil
}

func (b *ByteArray) store(d []byte) { b.data.Store(&d) }

// NewByteArray makes a bytearray owning d.
func NewByteArray(d []byte) *ByteArray {
	b := &ByteArray{Head: Head{ByteArrayType}}
	b.store(d)
	return b
}

// AsByteArray returns o as *ByteArray if it is a bytearray (or subclass).
func AsByteArray(o Object) (*ByteArray, bool) {
	if o.p == nil || isSmall(o) {
		return nil, false
	}
	t := (*Head)(o.p).typ
	if uintptr(unsafe.Pointer(t)) == floatTypeAddr || ByteArrayType == nil || !t.IsSubtype(ByteArrayType) {
		return nil, false
	}
	return (*ByteArray)(o.p), true
}

// BytesLike returns the contents of a bytes, bytearray or memoryview (a
// snapshot; do not modify).
func BytesLike(o Object) ([]byte, bool) {
	if b, ok := AsBytes(o); ok {
		return b.b, true
	}
	if b, ok := AsByteArray(o); ok {
		return b.Data(), true
	}
	if m, ok := AsMemoryView(o); ok && !m.released.Load() {
		return m.bytes(), true
	}
	return nil, false
}

func needBytesLike(o Object) ([]byte, *Exception) {
	if b, ok := BytesLike(o); ok {
		return b, nil
	}
	return nil, TypeError("a bytes-like object is required, not '%s'", TypeName(o))
}

// resize checks that b may change length (no exported buffers).
func (b *ByteArray) resizeCheck() *Exception {
	if b.exports.Load() > 0 {
		return Errorf(BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

func byteArrayRepr(t *Thread, o Object) (Object, *Exception) {
	name := o.Type().Name
	return NewStr(name + "(" + BytesRepr((*ByteArray)(o.p).Data()) + ")").Obj(), nil
}

func bytesLikeCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	x, ok1 := BytesLike(a)
	y, ok2 := BytesLike(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if _, isMV := AsMemoryView(b); isMV && op != Eq && op != Ne {
		return NotImplemented, nil
	}
	return cmpResult(bytes.Compare(x, y), op), nil
}

// newLike makes a result of the same base kind as self (bytes or bytearray).
func newLike(self Object, d []byte) Object {
	if _, ok := AsByteArray(self); ok {
		return NewByteArray(d).Obj()
	}
	return NewBytes(d).Obj()
}

func bytesLikeAdd(t *Thread, a, b Object) (Object, *Exception) {
	x, _ := BytesLike(a)
	y, ok := BytesLike(b)
	if !ok {
		return Object{}, TypeError("can't concat %s to %s", TypeName(b), a.Type().Name)
	}
	return newLike(a, append(append(make([]byte, 0, len(x)+len(y)), x...), y...)), nil
}

func bytesLikeMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	x, _ := BytesLike(a)
	if len(x) > 0 && n > maxAlloc/len(x) {
		return Object{}, MemoryError("")
	}
	return newLike(a, bytes.Repeat(x, n)), nil
}

func byteValue(t *Thread, v Object) (byte, *Exception) {
	if !IsInt(v) && v.Type().Slots().Index == nil {
		return 0, TypeError("'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	i, exc := Index(t, v)
	if exc != nil {
		return 0, exc
	}
	n, ok := AsInt64(i)
	if !ok || n < 0 || n > 255 {
		return 0, ValueError("byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func bytesLikeContains(t *Thread, o, k Object) (bool, *Exception) {
	b, _ := BytesLike(o)
	if IsInt(k) || k.Type().Slots().Index != nil && !k.Type().IsSubtype(StrType) {
		if _, isB := BytesLike(k); !isB {
			v, exc := byteValue(t, k)
			if exc != nil {
				return false, exc
			}
			return bytes.IndexByte(b, v) >= 0, nil
		}
	}
	s, ok := BytesLike(k)
	if !ok {
		return false, TypeError("a bytes-like object is required, not '%s'", TypeName(k))
	}
	return bytes.Contains(b, s), nil
}

func byteArrayGetItem(t *Thread, o, k Object) (Object, *Exception) {
	b := (*ByteArray)(o.p).Data()
	return byteItem(t, b, k, "bytearray", func(d []byte) Object { return NewByteArray(d).Obj() })
}

// bytesFromValue is the bytes of a slice-assignment value: a bytes-like
// object or an iterable of ints (not str, not int).
func bytesFromValue(t *Thread, v Object) ([]byte, *Exception) {
	if b, ok := BytesLike(v); ok {
		return append([]byte(nil), b...), nil
	}
	if _, ok := AsStr(v); ok {
		return nil, TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	if IsInt(v) {
		return nil, TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return bytesFromObj(t, v, "bytearray")
}

func byteArraySetItem(t *Thread, o, k, v Object) *Exception {
	ba := (*ByteArray)(o.p)
	if k.Type() == SliceType {
		var src []byte
		if v.p != nil {
			var exc *Exception
			if src, exc = bytesFromValue(t, v); exc != nil {
				if exc.Matches(TypeErrorType) && !IsInt(v) {
					if _, ok := AsStr(v); !ok {
						return TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
					}
				}
				return exc
			}
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		b := ba.Data()
		start, stop, step, n, exc := (*Slice)(k.p).Indices(t, len(b))
		if exc != nil {
			return exc
		}
		if step == 1 || n == 0 && v.p != nil && len(src) == 0 {
			if step != 1 {
				return nil
			}
			if stop < start {
				stop = start
			}
			if len(src) != stop-start {
				if exc := ba.resizeCheck(); exc != nil {
					return exc
				}
			}
			out := make([]byte, 0, len(b)-(stop-start)+len(src))
			out = append(append(append(out, b[:start]...), src...), b[stop:]...)
			ba.store(out)
			return nil
		}
		if v.p == nil {
			if exc := ba.resizeCheck(); exc != nil {
				return exc
			}
			del := make([]bool, len(b))
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				del[j] = true
			}
			out := make([]byte, 0, len(b)-n)
			for i, c := range b {
				if !del[i] {
					out = append(out, c)
				}
			}
			ba.store(out)
			return nil
		}
		if len(src) != n {
			return ValueError("attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		out := append([]byte(nil), b...)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[j] = src[i]
		}
		ba.store(out)
		return nil
	}
	i, exc := indexOf(t, k, "bytearray indices must be integers or slices, not %s")
	if exc != nil {
		return exc
	}
	var c byte
	if v.p != nil {
		if c, exc = byteValue(t, v); exc != nil {
			return exc
		}
	}
	ba.mu.Lock()
	defer ba.mu.Unlock()
	b := ba.Data()
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		if v.p == nil {
			return IndexError("bytearray index out of range")
		}
		return IndexError("bytearray index out of range")
	}
	if v.p == nil {
		if exc := ba.resizeCheck(); exc != nil {
			return exc
		}
		out := make([]byte, 0, len(b)-1)
		ba.store(append(append(out, b[:i]...), b[i+1:]...))
		return nil
	}
	b[i] = c
	return nil
}

func byteArrayNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	b := NewByteArray(nil)
	b.typ = typ
	return b.Obj(), nil
}

func byteArrayInit(t *Thread, self Object, args []Object, kw *Tuple) *Exception {
	var src, enc, errs Object
	if exc := parseArgs("bytearray", args, kw, []string{"source", "encoding", "errors"}, 0, &src, &enc, &errs); exc != nil {
		return exc
	}
	var d []byte
	switch {
	case src.p == nil:
		if enc.p != nil || errs.p != nil {
			return TypeError("encoding or errors without sequence argument")
		}
	case enc.p != nil || errs.p != nil:
		s, ok := AsStr(src)
		if ok && enc.p == nil {
			return TypeError("string argument without an encoding")
		}
		if !ok {
			if enc.p != nil {
				return TypeError("encoding without a string argument")
			}
			return TypeError("errors without a string argument")
		}
		e, er := "utf-8", "strict"
		if enc.p != nil {
			x, ok := AsStr(enc)
			if !ok {
				return TypeError("bytearray() argument 'encoding' must be str, not %s", TypeName(enc))
			}
			e = x.s
		}
		if errs.p != nil {
			x, ok := AsStr(errs)
			if !ok {
				return TypeError("bytearray() argument 'errors' must be str, not %s", TypeName(errs))
			}
			er = x.s
		}
		var exc *Exception
		if d, exc = Encode(s, e, er); exc != nil {
			return exc
		}
	default:
		var exc *Exception
		if d, exc = bytesFromObj(t, src, "bytearray"); exc != nil {
			return exc
		}
	}
	ba := (*ByteArray)(self.p)
	ba.mu.Lock()
	ba.store(d)
	ba.mu.Unlock()
	return nil
}

type byteArrayIterator struct {
	Head
	ba  *ByteArray
	pos atomicInt
}

func byteArrayIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*byteArrayIterator)(o.p)
	b := it.ba.Data()
	i := it.pos.Add(1) - 1
	if int(i) >= len(b) {
		it.pos.Store(int64(1 << 62))
		return Object{}, nil
	}
	return MakeInt(int64(b[i])), nil
}

func byteArrayIAdd(t *Thread, a, b Object) (Object, *Exception) {
	y, ok := BytesLike(b)
	if !ok {
		return Object{}, TypeError("can't concat %s to %s", TypeName(b), a.Type().Name)
	}
	ba := (*ByteArray)(a.p)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	if len(y) > 0 {
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
	}
	ba.store(append(ba.Data(), y...))
	return a, nil
}

func byteArrayIMul(t *Thread, a, b Object) (Object, *Exception) {
	n, ok, exc := repeatCount(b)
	if exc != nil {
		return Object{}, exc
	}
	if !ok {
		return NotImplemented, nil
	}
	ba := (*ByteArray)(a.p)
	ba.mu.Lock()
	defer ba.mu.Unlock()
	x := ba.Data()
	if len(x) > 0 && n > maxAlloc/len(x) {
		return Object{}, MemoryError("")
	}
	if n != 1 && len(x) > 0 {
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
	}
	ba.store(bytes.Repeat(x, n))
	return a, nil
}

func initByteArray(mk func(string, *Type, uint32, *Slots) *Type) {
	ByteArrayType = mk("bytearray", nil, FlagBaseType, &Slots{
		Repr: byteArrayRepr, Str: byteArrayRepr, Compare: bytesLikeCompare, Hash: HashNotImplemented,
		Len:      func(t *Thread, o Object) (int, *Exception) { return len((*ByteArray)(o.p).Data()), nil },
		Contains: bytesLikeContains, GetItem: byteArrayGetItem, SetItem: byteArraySetItem,
		Iter: func(t *Thread, o Object) (Object, *Exception) {
			return Object{unsafe.Pointer(&byteArrayIterator{Head: Head{ByteArrayIterType}, ba: (*ByteArray)(o.p)})}, nil
		},
		New: byteArrayNew, Init: byteArrayInit,
	})
	unhashableTypes.Store(ByteArrayType, true)
	s := ByteArrayType.Slots()
	s.Bin[OpAdd] = bytesLikeAdd
	s.Bin[OpMul] = bytesLikeMul
	s.RBin[OpMul] = bytesLikeMul // RBin gets self first
	s.IBin[OpAdd] = byteArrayIAdd
	s.IBin[OpMul] = byteArrayIMul
	ByteArrayIterType = mk("bytearray_iterator", nil, 0, &Slots{
		Iter: func(t *Thread, o Object) (Object, *Exception) { return o, nil }, Next: byteArrayIterNext,
	})
	// bytes accepts any bytes-like operand, as CPython's buffer protocol does.
	bs := BytesType.Slots()
	bs.Compare = bytesLikeCompare
	bs.Bin[OpAdd] = bytesLikeAdd
	bs.Contains = bytesLikeContains
	bs.Bin[OpMul] = bytesLikeMul
	bs.RBin[OpMul] = bytesLikeMul
	bs.New = bytesNewLike
	bs.Bin[OpMod] = bytesLikeMod
	s.Bin[OpMod] = bytesLikeMod
	initMemoryView(mk)
}

// initByteArrayMethods installs the methods of bytes and bytearray (after
// bytes.go's own, which it supersedes).
func initByteArrayMethods() {
	bytesLikeMethods(BytesType, false)
	bytesLikeMethods(ByteArrayType, true)
	byteArrayMethods(ByteArrayType)
}

// bytesNewLike is bytes(): bytes(source[, encoding[, errors]]), accepting
// any bytes-like source and objects with __bytes__.
func bytesNewLike(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	var src, enc, errs Object
	if exc := parseArgs("bytes", args, kw, []string{"source", "encoding", "errors"}, 0, &src, &enc, &errs); exc != nil {
		return Object{}, exc
	}
	var d []byte
	switch {
	case src.p == nil:
		if enc.p != nil || errs.p != nil {
			return Object{}, TypeError("encoding or errors without sequence argument")
		}
	case enc.p != nil || errs.p != nil:
		s, ok := AsStr(src)
		if ok && enc.p == nil {
			return Object{}, TypeError("string argument without an encoding")
		}
		if !ok {
			if enc.p != nil {
				return Object{}, TypeError("encoding without a string argument")
			}
			return Object{}, TypeError("errors without a string argument")
		}
		e, er := "utf-8", "strict"
		if enc.p != nil {
			x, ok := AsStr(enc)
			if !ok {
				return Object{}, TypeError("bytes() argument 'encoding' must be str, not %s", TypeName(enc))
			}
			e = x.s
		}
		if errs.p != nil {
			x, ok := AsStr(errs)
			if !ok {
				return Object{}, TypeError("bytes() argument 'errors' must be str, not %s", TypeName(errs))
			}
			er = x.s
		}
		var exc *Exception
		if d, exc = Encode(s, e, er); exc != nil {
			return Object{}, exc
		}
	default:
		if b, ok := AsBytes(src); ok && src.Type() == BytesType && typ == BytesType {
			return b.Obj(), nil
		}
		if f := src.Type().Lookup(Intern("__bytes__")); f.p != nil {
			m, exc := GetAttrS(t, src, "__bytes__")
			if exc != nil {
				return Object{}, exc
			}
			r, exc := Call(t, m, nil, nil)
			if exc != nil {
				return Object{}, exc
			}
			rb, ok := AsBytes(r)
			if !ok {
				return Object{}, TypeError("__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			if typ == BytesType {
				return r, nil
			}
			d = append([]byte(nil), rb.b...)
			break
		}
		var exc *Exception
		if d, exc = bytesFromObj(t, src, "bytes"); exc != nil {
			return Object{}, exc
		}
	}
	r := NewBytes(d)
	r.typ = typ
	return r.Obj(), nil
}

// byteArrayMethods are the mutating methods of bytearray.
func byteArrayMethods(typ *Type) {
	m := func(name string, f func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception)) {
		addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return f(t, (*ByteArray)(self.p), args, kw)
		})
	}
	nargs := func(name string, args []Object, kw *Tuple, lo, hi int) *Exception {
		if kw.Len() > 0 {
			return TypeError("bytearray.%s() takes no keyword arguments", name)
		}
		if len(args) < lo || len(args) > hi {
			if lo == hi {
				if lo == 0 {
					return TypeError("bytearray.%s() takes no arguments (%d given)", name, len(args))
				}
				if lo == 1 {
					return TypeError("bytearray.%s() takes exactly one argument (%d given)", name, len(args))
				}
				return TypeError("%s expected %d arguments, got %d", name, lo, len(args))
			}
			return TypeError("%s expected at most %d arguments, got %d", name, hi, len(args))
		}
		return nil
	}
	m("append", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("append", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		c, exc := byteValue(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
		ba.store(append(ba.Data(), c))
		return None, nil
	})
	m("extend", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("extend", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		var d []byte
		if b, ok := BytesLike(args[0]); ok {
			d = append([]byte(nil), b...)
		} else {
			if _, ok := AsStr(args[0]); ok {
				return Object{}, TypeError("expected iterable of integers; got: 'str'")
			}
			items, exc := SequenceItems(t, args[0])
			if exc != nil {
				if exc.Matches(TypeErrorType) {
					return Object{}, TypeError("can't extend bytearray with %s", TypeName(args[0]))
				}
				return Object{}, exc
			}
			for _, it := range items {
				c, exc := byteValue(t, it)
				if exc != nil {
					return Object{}, exc
				}
				d = append(d, c)
			}
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		if len(d) > 0 {
			if exc := ba.resizeCheck(); exc != nil {
				return Object{}, exc
			}
		}
		ba.store(append(ba.Data(), d...))
		return None, nil
	})
	m("insert", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("insert", args, kw, 2, 2); exc != nil {
			return Object{}, exc
		}
		i, exc := indexOf(t, args[0], "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		c, exc := byteValue(t, args[1])
		if exc != nil {
			return Object{}, exc
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
		b := ba.Data()
		if i < 0 {
			i = max(i+len(b), 0)
		}
		i = min(i, len(b))
		out := make([]byte, 0, len(b)+1)
		out = append(append(append(out, b[:i]...), c), b[i:]...)
		ba.store(out)
		return None, nil
	})
	m("pop", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("pop", args, kw, 0, 1); exc != nil {
			return Object{}, exc
		}
		i := -1
		if len(args) == 1 {
			var exc *Exception
			if i, exc = indexOf(t, args[0], "'%s' object cannot be interpreted as an integer"); exc != nil {
				return Object{}, exc
			}
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		b := ba.Data()
		if len(b) == 0 {
			return Object{}, IndexError("pop from empty bytearray")
		}
		if i < 0 {
			i += len(b)
		}
		if i < 0 || i >= len(b) {
			return Object{}, IndexError("pop index out of range")
		}
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
		c := b[i]
		out := make([]byte, 0, len(b)-1)
		ba.store(append(append(out, b[:i]...), b[i+1:]...))
		return MakeInt(int64(c)), nil
	})
	m("remove", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("remove", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		c, exc := byteValue(t, args[0])
		if exc != nil {
			return Object{}, exc
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		b := ba.Data()
		i := bytes.IndexByte(b, c)
		if i < 0 {
			return Object{}, ValueError("value not found in bytearray")
		}
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
		out := make([]byte, 0, len(b)-1)
		ba.store(append(append(out, b[:i]...), b[i+1:]...))
		return None, nil
	})
	m("clear", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("clear", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		if exc := ba.resizeCheck(); exc != nil {
			return Object{}, exc
		}
		ba.store(nil)
		return None, nil
	})
	m("copy", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("copy", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return NewByteArray(append([]byte(nil), ba.Data()...)).Obj(), nil
	})
	m("reverse", func(t *Thread, ba *ByteArray, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := nargs("reverse", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		ba.mu.Lock()
		defer ba.mu.Unlock()
		b := ba.Data()
		out := make([]byte, len(b))
		for i, c := range b {
			out[len(b)-1-i] = c
		}
		ba.store(out)
		return None, nil
	})
}

// bytesLikeMod is bytes % values (printf-style formatting of bytes).
func bytesLikeMod(t *Thread, a, b Object) (Object, *Exception) {
	x, _ := BytesLike(a)
	r, exc := percentFormat(t, string(x), b, true)
	if exc != nil {
		return Object{}, exc
	}
	return newLike(a, []byte(r)), nil
}
