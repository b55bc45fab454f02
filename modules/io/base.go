package io

import (
	"github.com/pygo/pygo/py"
)

type method = func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception)

// sizeArg converts an optional size argument (None or absent = -1).
func sizeArg(t *py.Thread, args []Object, i int) (int, *py.Exception) {
	if len(args) <= i || args[i].IsNone() {
		return -1, nil
	}
	o := args[i]
	if !py.IsInt(o) {
		if o.Type().Slots().Index == nil {
			return 0, py.TypeError("argument should be integer or None, not '%s'", py.TypeName(o))
		}
		var e *py.Exception
		if o, e = py.Index(t, o); e != nil {
			return 0, e
		}
	}
	n, ok := py.AsInt64(o)
	if !ok {
		return 0, py.OverflowError("Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// optSize parses the lone optional size argument of read-like methods.
func optSize(t *py.Thread, name string, args []Object, kw *py.Tuple) (int, *py.Exception) {
	if e := maxArgs(name, args, kw, 1); e != nil {
		return 0, e
	}
	return sizeArg(t, args, 0)
}

// streamMethod is a method body that runs with the stream's lock held.
type streamMethod func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception)

// lockedMethods returns a function adding methods to typ that each take
// the receiving stream's lock around their body.
func lockedMethods(typ *py.Type) func(name string, f streamMethod) {
	return func(name string, f streamMethod) {
		py.AddMethod(typ, name, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			s := asStream(self)
			s.mu.Lock()
			defer s.mu.Unlock()
			if s.uninit() {
				return Object{}, uninitErr()
			}
			return f(t, s, args, kw)
		})
	}
}

func maxArgs(name string, args []Object, kw *py.Tuple, n int) *py.Exception {
	if kw.Len() > 0 {
		return py.TypeError("%s() takes no keyword arguments", name)
	}
	if len(args) > n {
		switch n {
		case 0:
			return py.TypeError("%s() takes no arguments (%d given)", name, len(args))
		case 1:
			return py.TypeError("%s expected at most 1 argument, got %d", name, len(args))
		}
		return py.TypeError("%s expected at most %d arguments, got %d", name, n, len(args))
	}
	return nil
}

// genericReadline reads a line one byte (or char) at a time through
// read(1) (or peek when available), as _IOBase.readline does.
func genericReadline(t *py.Thread, o Object, limit int) (Object, *py.Exception) {
	var out []byte
	for limit < 0 || len(out) < limit {
		b, e := callMethod(t, o, "read", py.MakeInt(1))
		if e != nil {
			return Object{}, e
		}
		if b.IsNone() {
			break
		}
		bb, ok := py.AsBytes(b)
		if !ok {
			return Object{}, py.Errorf(py.OSErrorType, "read() should have returned a bytes object, not '%s'", py.TypeName(b))
		}
		if len(bb.Data()) == 0 {
			break
		}
		out = append(out, bb.Data()...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return py.NewBytes(out).Obj(), nil
}

func baseMethods() {
	m := func(name string, f method) { py.AddMethod(ioBaseT, name, f) }
	unsup := func(name string) {
		m(name, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return Object{}, unsupported(name)
		})
	}
	for _, n := range []string{"truncate", "fileno"} {
		unsup(n)
	}
	m("seek", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) < 1 {
			return Object{}, py.TypeError("seek() takes at least 1 positional argument (0 given)")
		}
		return Object{}, unsupported("seek")
	})
	m("tell", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return callMethod(t, self, "seek", py.MakeInt(0), py.MakeInt(1))
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		m(n, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return py.False, nil
		})
	}
	m("isatty", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := callCheckClosed(t, self); e != nil {
			return Object{}, e
		}
		return py.False, nil
	})
	m("flush", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if asStream(self).kind == kStringIO {
			// CPython's _IOBase.flush looks at the flag _IOBase.close
			// sets, which StringIO's own close does not: flushing a
			// closed StringIO succeeds.
			return py.None, nil
		}
		if e := callCheckClosed(t, self); e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	m("close", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s := asStream(self)
		if s.closed {
			return py.None, nil
		}
		_, e := callMethod(t, self, "flush")
		s.closed = true
		if e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	py.AddGetSet(ioBaseT, "closed", func(t *py.Thread, o Object) (Object, *py.Exception) {
		s := asStream(o)
		if s.uninit() {
			return Object{}, uninitErr()
		}
		if s.detached {
			switch s.kind {
			case kText:
				return Object{}, py.ValueError("underlying buffer has been detached")
			case kBuffered:
				return Object{}, py.ValueError("raw stream has been detached")
			}
		}
		return py.Bool(s.isClosed(t)), nil
	}, nil)
	py.AddGetSet(ioBaseT, "__dict__", func(t *py.Thread, o Object) (Object, *py.Exception) {
		s := asStream(o)
		if s.dict == nil {
			s.dict = py.NewDict()
		}
		return s.dict.Obj(), nil
	}, nil)
	m("__enter__", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := callCheckClosed(t, self); e != nil {
			return Object{}, e
		}
		return self, nil
	})
	m("__exit__", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return callMethod(t, self, "close")
	})
	m("__iter__", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := callCheckClosed(t, self); e != nil {
			return Object{}, e
		}
		return self, nil
	})
	m("__next__", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		v, e := iterNext(t, self)
		if e != nil {
			return Object{}, e
		}
		if v.IsNil() {
			return Object{}, py.StopIteration(Object{})
		}
		return v, nil
	})
	m("readline", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := maxArgs("readline", args, kw, 1); e != nil {
			return Object{}, e
		}
		n, e := sizeArg(t, args, 0)
		if e != nil {
			return Object{}, e
		}
		if s := asStream(self); s != nil && s.kind != kBase && s.dict == nil {
			return s.readline(t, n)
		}
		return genericReadline(t, self, n)
	})
	m("readlines", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := maxArgs("readlines", args, kw, 1); e != nil {
			return Object{}, e
		}
		hint, e := sizeArg(t, args, 0)
		if e != nil {
			return Object{}, e
		}
		var lines []Object
		total := 0
		for {
			line, e := iterNext(t, self)
			if e != nil {
				return Object{}, e
			}
			if line.IsNil() {
				break
			}
			lines = append(lines, line)
			n, _ := py.Len(t, line)
			total += n
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines).Obj(), nil
	})
	m("writelines", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, py.TypeError("writelines() takes exactly one argument (%d given)", len(args))
		}
		if e := callCheckClosed(t, self); e != nil {
			return Object{}, e
		}
		it, e := py.GetIter(t, args[0])
		if e != nil {
			return Object{}, e
		}
		w, e := py.GetAttrS(t, self, "write")
		if e != nil {
			return Object{}, e
		}
		for {
			line, e := py.Next(t, it)
			if e != nil {
				return Object{}, e
			}
			if line.IsNil() {
				return py.None, nil
			}
			if _, e := py.Call(t, w, []Object{line}, nil); e != nil {
				return Object{}, e
			}
		}
	})
	// _RawIOBase: read over self.readinto, readall over self.read.
	py.AddMethod(rawBaseT, "read", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "read", args, kw)
		if e != nil {
			return Object{}, e
		}
		if n < 0 {
			return callMethod(t, self, "readall")
		}
		b := py.NewByteArray(make([]byte, n))
		r, e := callMethod(t, self, "readinto", b.Obj())
		if e != nil || r.IsNone() {
			return r, e
		}
		got, e := py.Index(t, r)
		if e != nil {
			return Object{}, e
		}
		k, ok := py.AsInt64(got)
		if !ok || k < 0 || k > int64(n) {
			return Object{}, py.ValueError("readinto returned %d outside buffer size %d", k, n)
		}
		return py.NewBytes(append([]byte(nil), b.Data()[:k]...)).Obj(), nil
	})
	py.AddMethod(rawBaseT, "readall", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := maxArgs("readall", args, kw, 0); e != nil {
			return Object{}, e
		}
		var out []byte
		for {
			r, e := callMethod(t, self, "read", py.MakeInt(defaultBufferSize))
			if e != nil {
				return Object{}, e
			}
			if r.IsNone() {
				if out == nil {
					return py.None, nil
				}
				break
			}
			b, ok := py.AsBytes(r)
			if !ok {
				return Object{}, py.TypeError("read() should return bytes")
			}
			if len(b.Data()) == 0 {
				break
			}
			out = append(out, b.Data()...)
		}
		return py.NewBytes(out).Obj(), nil
	})
	for _, n := range []string{"readinto", "write"} {
		py.AddMethod(rawBaseT, n, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return Object{}, py.NewException(py.NotImplementedErrorType)
		})
	}
	// _BufferedIOBase.readinto and readinto1 over self.read and self.read1.
	for _, n := range []string{"readinto", "readinto1"} {
		meth := "read" + n[len("readinto"):]
		py.AddMethod(bufBaseT, n, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 || kw.Len() > 0 {
				return Object{}, py.TypeError("%s() takes exactly one argument (%d given)", n, len(args))
			}
			ba, ok := py.AsByteArray(args[0])
			if !ok {
				return Object{}, py.TypeError("%s() argument must be read-write bytes-like object, not %s", n, py.TypeName(args[0]))
			}
			dst := ba.Data()
			r, e := callMethod(t, self, meth, py.MakeInt(int64(len(dst))))
			if e != nil {
				return Object{}, e
			}
			b, ok := py.AsBytes(r)
			if !ok {
				return Object{}, py.TypeError("read() should return bytes")
			}
			if len(b.Data()) > len(dst) {
				return Object{}, py.ValueError("read() returned too much data: %d bytes requested, %d returned", len(dst), len(b.Data()))
			}
			return py.MakeInt(int64(copy(dst, b.Data()))), nil
		})
	}
	for _, n := range []string{"read", "read1", "write", "detach"} {
		n := n
		py.AddMethod(bufBaseT, n, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return Object{}, unsupported(n)
		})
	}
	for _, n := range []string{"read", "write", "detach"} {
		n := n
		py.AddMethod(textBaseT, n, func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return Object{}, unsupported(n)
		})
	}
	for _, n := range []string{"encoding", "newlines", "errors"} {
		py.AddGetSet(textBaseT, n, func(t *py.Thread, o Object) (Object, *py.Exception) { return py.None, nil }, nil)
	}
}
