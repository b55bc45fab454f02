package io

import (
	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

var bufNames = [3]string{"BufferedReader", "BufferedWriter", "BufferedRandom"}

// bufferedInit is BufferedReader/Writer/Random.__init__ (New set bkind).
func bufferedInit(t *py.Thread, s *stream, args []Object, kw *py.Tuple) *py.Exception {
	var raw, size Object
	if e := arg.Parse(bufNames[s.bkind], args, kw, []string{"raw", "buffer_size"}, 1, 0, &raw, &size); e != nil {
		return e
	}
	n := int64(defaultBufferSize)
	if !size.IsNil() {
		var e *py.Exception
		if n, e = arg.Index(t, size); e != nil {
			return e
		}
		if n <= 0 {
			return py.ValueError("buffer size must be strictly positive")
		}
	}
	s.bufSize = int(n)
	return s.setRaw(t, raw)
}

func (s *stream) setRaw(t *py.Thread, raw Object) *py.Exception {
	s.raw, s.rawS = raw, nil
	if r := asStream(raw); r != nil && r.kind == kRaw && r.dict == nil {
		s.rawS = r
	}
	check := func(name, msg string) *py.Exception {
		if s.rawS != nil {
			return nil
		}
		v, e := callMethod(t, raw, name)
		b, e := truthy(t, v, e)
		if e != nil {
			return e
		}
		if !b {
			return unsupported(msg)
		}
		return nil
	}
	if s.rawS != nil {
		if s.bkind != 1 && !s.rawS.readable {
			return unsupported("File or stream is not readable.")
		}
		if s.bkind != 0 && !s.rawS.writable {
			return unsupported("File or stream is not writable.")
		}
		return nil
	}
	if s.bkind != 1 {
		if e := check("readable", "File or stream is not readable."); e != nil {
			return e
		}
	}
	if s.bkind != 0 {
		if e := check("writable", "File or stream is not writable."); e != nil {
			return e
		}
	}
	return nil
}

// Raw-layer calls: direct for a Go FileIO, method calls otherwise.

func (s *stream) lowRead(t *py.Thread, n int) ([]byte, bool, *py.Exception) {
	if s.rawS != nil {
		b, e := s.rawS.rawRead(t, n)
		return b, b == nil && n != 0, e
	}
	var r Object
	var e *py.Exception
	if n < 0 {
		r, e = callMethod(t, s.raw, "readall")
	} else {
		r, e = callMethod(t, s.raw, "read", py.MakeInt(int64(n)))
	}
	if e != nil {
		return nil, false, e
	}
	if r.IsNone() {
		return nil, true, nil
	}
	b, ok := py.AsBytes(r)
	if !ok {
		return nil, false, py.TypeError("read() should return bytes")
	}
	return b.Data(), false, nil
}

func (s *stream) lowWrite(t *py.Thread, b []byte) (int, *py.Exception) {
	if s.rawS != nil {
		return s.rawS.rawWrite(t, b)
	}
	r, e := callMethod(t, s.raw, "write", py.NewBytes(b).Obj())
	if e != nil {
		return 0, e
	}
	if r.IsNone() {
		return 0, nil
	}
	n, _ := py.AsInt64(r)
	return int(n), nil
}

func (s *stream) lowSeek(t *py.Thread, pos int64, whence int) (int64, *py.Exception) {
	if s.rawS != nil {
		return s.rawS.rawSeek(t, pos, whence)
	}
	r, e := callMethod(t, s.raw, "seek", py.MakeInt(pos), py.MakeInt(int64(whence)))
	if e != nil {
		return 0, e
	}
	n, _ := py.AsInt64(r)
	return n, nil
}

func (s *stream) bufCheck(t *py.Thread, what string) *py.Exception {
	if s.detached {
		return py.ValueError("raw stream has been detached")
	}
	if s.isClosed(t) {
		if what == "" {
			return closedErrNoDot()
		}
		return py.ValueError("%s of closed file", what)
	}
	return nil
}

// flushW writes the write buffer to the raw stream.
func (s *stream) flushW(t *py.Thread) *py.Exception {
	for len(s.wbuf) > 0 {
		n, e := s.lowWrite(t, s.wbuf)
		if e != nil {
			return e
		}
		if n <= 0 {
			return py.NewException(py.BlockingIOErrorType, py.MakeInt(11), py.NewStrObj("write could not complete without blocking"), py.MakeInt(0))
		}
		s.wbuf = s.wbuf[n:]
	}
	s.wbuf = s.wbuf[:0]
	return nil
}

// dropRead gives back the read-ahead: the raw position moves back to the
// logical one.
func (s *stream) dropRead(t *py.Thread) *py.Exception {
	if unread := len(s.rbuf) - s.rpos; unread > 0 {
		if _, e := s.lowSeek(t, int64(-unread), 1); e != nil {
			return e
		}
	}
	s.rbuf, s.rpos = s.rbuf[:0], 0
	return nil
}

func (s *stream) fill(t *py.Thread) (bool, *py.Exception) {
	if s.rpos > 0 {
		n := copy(s.rbuf, s.rbuf[s.rpos:])
		s.rbuf, s.rpos = s.rbuf[:n], 0
	}
	b, _, e := s.lowRead(t, s.bufSize)
	if e != nil {
		return false, e
	}
	if len(b) == 0 {
		return false, nil
	}
	s.rbuf = append(s.rbuf, b...)
	return true, nil
}

func (s *stream) bufRead(t *py.Thread, n int) (Object, *py.Exception) {
	if e := s.bufCheck(t, "read"); e != nil {
		return Object{}, e
	}
	if s.bkind == 1 {
		return Object{}, unsupported("read")
	}
	if e := s.flushW(t); e != nil {
		return Object{}, e
	}
	if n < -1 {
		return Object{}, py.ValueError("read length must be non-negative or -1")
	}
	if n < 0 {
		out := append([]byte(nil), s.rbuf[s.rpos:]...)
		s.rbuf, s.rpos = s.rbuf[:0], 0
		rest, none, e := s.lowRead(t, -1)
		if e != nil {
			return Object{}, e
		}
		if none && len(out) == 0 {
			return py.None, nil
		}
		return py.NewBytes(append(out, rest...)).Obj(), nil
	}
	for len(s.rbuf)-s.rpos < n {
		more, e := s.fill(t)
		if e != nil {
			return Object{}, e
		}
		if !more {
			break
		}
	}
	k := min(n, len(s.rbuf)-s.rpos)
	out := append([]byte(nil), s.rbuf[s.rpos:s.rpos+k]...)
	s.rpos += k
	return py.NewBytes(out).Obj(), nil
}

func (s *stream) bufReadline(t *py.Thread, limit int) (Object, *py.Exception) {
	if e := s.bufCheck(t, "readline"); e != nil {
		return Object{}, e
	}
	if s.bkind == 1 {
		return Object{}, unsupported("readline")
	}
	if e := s.flushW(t); e != nil {
		return Object{}, e
	}
	scanned := 0
	for {
		avail := s.rbuf[s.rpos:]
		for i := scanned; i < len(avail); i++ {
			if avail[i] == '\n' || (limit >= 0 && i+1 >= limit) {
				out := append([]byte(nil), avail[:i+1]...)
				s.rpos += i + 1
				return py.NewBytes(out).Obj(), nil
			}
		}
		if limit == 0 {
			return py.NewBytes(nil).Obj(), nil
		}
		scanned = len(avail)
		more, e := s.fill(t)
		if e != nil {
			return Object{}, e
		}
		if !more {
			out := append([]byte(nil), s.rbuf[s.rpos:]...)
			s.rbuf, s.rpos = s.rbuf[:0], 0
			return py.NewBytes(out).Obj(), nil
		}
	}
}

func (s *stream) bufWrite(t *py.Thread, b []byte) (int, *py.Exception) {
	if e := s.startWrite(t); e != nil {
		return 0, e
	}
	if len(s.wbuf) == 0 && len(b) >= s.bufSize && s.rawS != nil {
		// As large as the buffer: straight to the file, without a copy.
		total := len(b)
		for len(b) > 0 {
			n, e := s.rawS.rawWrite(t, b)
			if e != nil {
				return 0, e
			}
			if n <= 0 {
				s.wbuf = append(s.wbuf, b...)
				return total, s.flushW(t)
			}
			b = b[n:]
		}
		return total, nil
	}
	s.wbuf = append(s.wbuf, b...)
	return len(b), s.endWrite(t)
}

// bufWriteString is bufWrite of a string's bytes, without a copy to a
// byte slice first (print's path to sys.stdout).
func (s *stream) bufWriteString(t *py.Thread, b string) *py.Exception {
	if e := s.startWrite(t); e != nil {
		return e
	}
	s.wbuf = append(s.wbuf, b...)
	return s.endWrite(t)
}

// startWrite checks that a buffered stream can be written and drops its
// read-ahead.
func (s *stream) startWrite(t *py.Thread) *py.Exception {
	if s.detached {
		return py.ValueError("raw stream has been detached")
	}
	if s.isClosed(t) {
		return py.ValueError("write to closed file")
	}
	if s.bkind == 0 {
		return unsupported("write")
	}
	if len(s.rbuf) > s.rpos {
		if e := s.dropRead(t); e != nil {
			return e
		}
	} else if len(s.rbuf) > 0 {
		s.rbuf, s.rpos = s.rbuf[:0], 0
	}
	return nil
}

// endWrite writes the buffer out once it is full.
func (s *stream) endWrite(t *py.Thread) *py.Exception {
	if len(s.wbuf) >= s.bufSize {
		return s.flushW(t)
	}
	return nil
}

// bufRead1 is read1(n): the buffered bytes, or else what one read of the
// raw stream gives (so that a terminal or pipe answers as soon as a line
// arrives).
func (s *stream) bufRead1(t *py.Thread, n int) (Object, *py.Exception) {
	if e := s.bufCheck(t, "read"); e != nil {
		return Object{}, e
	}
	if s.bkind == 1 {
		return Object{}, unsupported("read1")
	}
	if n < 0 {
		n = s.bufSize
	}
	if n == 0 {
		return py.NewBytes(nil).Obj(), nil
	}
	if len(s.rbuf) == s.rpos {
		if e := s.flushW(t); e != nil {
			return Object{}, e
		}
		if _, e := s.fill(t); e != nil {
			return Object{}, e
		}
	}
	k := min(n, len(s.rbuf)-s.rpos)
	out := append([]byte(nil), s.rbuf[s.rpos:s.rpos+k]...)
	s.rpos += k
	return py.NewBytes(out).Obj(), nil
}

func (s *stream) bufTell(t *py.Thread) (int64, *py.Exception) {
	pos, e := s.lowSeek(t, 0, 1)
	if e != nil {
		return 0, e
	}
	pos = pos - int64(len(s.rbuf)-s.rpos) + int64(len(s.wbuf))
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

func (s *stream) bufSeek(t *py.Thread, pos int64, whence int) (int64, *py.Exception) {
	if whence < 0 || whence > 2 {
		return 0, py.ValueError("whence value %d unsupported", whence)
	}
	if e := s.bufCheck(t, "seek"); e != nil {
		return 0, e
	}
	if e := s.flushW(t); e != nil {
		return 0, e
	}
	if whence == 1 {
		pos -= int64(len(s.rbuf) - s.rpos)
	}
	s.rbuf, s.rpos = s.rbuf[:0], 0
	return s.lowSeek(t, pos, whence)
}

func (s *stream) bufClose(t *py.Thread) *py.Exception {
	if s.detached {
		return py.ValueError("raw stream has been detached")
	}
	if s.isClosed(t) {
		return nil
	}
	fe := s.flushW(t)
	var ce *py.Exception
	if s.rawS != nil {
		ce = s.rawS.rawClose(t)
	} else {
		_, ce = callMethod(t, s.raw, "close")
	}
	if fe != nil {
		return fe
	}
	return ce
}

func bufferedMethods() {
	for _, typ := range []*py.Type{bufReaderT, bufWriterT, bufRandomT} {
		bufferedMethodsOn(typ)
	}
}

func bufferedMethodsOn(typ *py.Type) {
	m := lockedMethods(typ)
	isW := typ != bufReaderT
	isR := typ != bufWriterT
	if isR {
		m("read", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if e := maxArgs("read", args, kw, 1); e != nil {
				return Object{}, e
			}
			n, e := sizeArg(t, args, 0)
			if e != nil {
				return Object{}, e
			}
			return s.bufRead(t, n)
		})
		m("read1", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			n, e := sizeArg(t, args, 0)
			if e != nil {
				return Object{}, e
			}
			return s.bufRead1(t, n)
		})
		m("peek", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if e := s.bufCheck(t, "peek"); e != nil {
				return Object{}, e
			}
			if len(s.rbuf) == s.rpos {
				if e := s.flushW(t); e != nil {
					return Object{}, e
				}
				if _, e := s.fill(t); e != nil {
					return Object{}, e
				}
			}
			return py.NewBytes(append([]byte(nil), s.rbuf[s.rpos:]...)).Obj(), nil
		})
	}
	if isW {
		m("write", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 || kw.Len() > 0 {
				return Object{}, py.TypeError("write() takes exactly one argument (%d given)", len(args))
			}
			b, e := bytesArg(args[0])
			if e != nil {
				return Object{}, e
			}
			n, e := s.bufWrite(t, b)
			if e != nil {
				return Object{}, e
			}
			return py.MakeInt(int64(n)), nil
		})
	}
	m("flush", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bufCheck(t, "flush"); e != nil {
			return Object{}, e
		}
		if e := s.flushW(t); e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	m("seek", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, whence, e := seekArgs(t, "seek", args, kw)
		if e != nil {
			return Object{}, e
		}
		r, e := s.bufSeek(t, pos, whence)
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(r), nil
	})
	m("tell", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bufCheck(t, ""); e != nil {
			return Object{}, e
		}
		r, e := s.bufTell(t)
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(r), nil
	})
	m("truncate", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bufCheck(t, "truncate"); e != nil {
			return Object{}, e
		}
		if !isW {
			return Object{}, unsupported("truncate")
		}
		if e := s.flushW(t); e != nil {
			return Object{}, e
		}
		var pos Object
		if len(args) > 0 && !args[0].IsNone() {
			pos = args[0]
		} else {
			p, e := s.bufTell(t)
			if e != nil {
				return Object{}, e
			}
			pos = py.MakeInt(p)
		}
		if e := s.dropRead(t); e != nil {
			return Object{}, e
		}
		return callMethod(t, s.raw, "truncate", pos)
	})
	m("close", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bufClose(t); e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	m("detach", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bufCheck(t, ""); e != nil {
			return Object{}, e
		}
		if e := s.flushW(t); e != nil {
			return Object{}, e
		}
		raw := s.raw
		s.detached, s.raw, s.rawS = true, py.None, nil
		return raw, nil
	})
	deleg := func(name string) {
		m(name, func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if s.detached {
				return Object{}, py.ValueError("raw stream has been detached")
			}
			return callMethod(t, s.raw, name)
		})
	}
	for _, n := range []string{"fileno", "isatty", "seekable"} {
		deleg(n)
	}
	m("readable", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if s.detached {
			return Object{}, py.ValueError("raw stream has been detached")
		}
		if !isR {
			return py.False, nil
		}
		return callMethod(t, s.raw, "readable")
	})
	m("writable", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if s.detached {
			return Object{}, py.ValueError("raw stream has been detached")
		}
		if !isW {
			return py.False, nil
		}
		return callMethod(t, s.raw, "writable")
	})
	py.AddGetSet(typ, "raw", func(t *py.Thread, o Object) (Object, *py.Exception) {
		if s := asStream(o); !s.uninit() {
			return s.raw, nil
		}
		return py.None, nil
	}, nil)
	for _, n := range []string{"name", "mode"} {
		n := n
		py.AddGetSet(typ, n, func(t *py.Thread, o Object) (Object, *py.Exception) {
			s := asStream(o)
			if s.uninit() {
				return Object{}, uninitErr()
			}
			if s.detached {
				return Object{}, py.ValueError("raw stream has been detached")
			}
			return py.GetAttrS(t, s.raw, n)
		}, nil)
	}
	sl := *typ.Slots()
	sl.Repr = func(t *py.Thread, o Object) (Object, *py.Exception) {
		s := asStream(o)
		tn := o.Type().FullName()
		if !s.detached && !s.uninit() {
			name, e := py.GetAttrOpt(t, s.raw, "name")
			if e == nil && !name.IsNil() {
				r, e := py.ReprS(t, name)
				if e != nil {
					return Object{}, e
				}
				return py.NewStrObj("<" + tn + " name=" + r + ">"), nil
			}
		}
		return py.NewStrObj("<" + tn + ">"), nil
	}
	typ.SetSlots(&sl)
}
