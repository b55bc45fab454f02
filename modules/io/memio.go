package io

import (
	"strings"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

// ---------------------------------------------------------------- StringIO

// stringIOInit is StringIO.__init__.
func stringIOInit(t *py.Thread, s *stream, args []Object, kw *py.Tuple) *py.Exception {
	var initial, newline Object
	if e := arg.Parse("StringIO", args, kw, []string{"initial_value", "newline"}, 0, 0, &initial, &newline); e != nil {
		return e
	}
	s.runes, s.pos, s.closed = s.runes[:0], 0, false
	s.readUniversal, s.readTranslate, s.writeNL = false, false, ""
	s.newline = py.NewStrObj("\n")
	s.readNL = "\n"
	if !newline.IsNil() {
		if newline.IsNone() {
			s.newline = py.None
			s.readUniversal, s.readTranslate, s.readNL = true, true, ""
		} else {
			ns, ok := py.AsStr(newline)
			if !ok {
				return py.TypeError("newline must be str or None, not %s", py.TypeName(newline))
			}
			v := ns.String()
			switch v {
			case "", "\n", "\r", "\r\n":
			default:
				return py.ValueError("illegal newline value: %s", py.StrRepr(v))
			}
			s.newline = newline
			s.readUniversal = v == ""
			s.readNL = v
			if v == "\r" || v == "\r\n" {
				s.writeNL = v
			}
		}
	}
	if !initial.IsNil() && !initial.IsNone() {
		is, ok := py.AsStr(initial)
		if !ok {
			return py.TypeError("initial_value must be str or None, not %s", py.TypeName(initial))
		}
		s.sioWrite(is.String())
		s.pos = 0
	}
	return nil
}

// checked is a method of no arguments that answers f(s) once check
// (the closed-stream test of StringIO or BytesIO) passes.
func checked(check func(*stream) *py.Exception, f func(*stream) Object) streamMethod {
	return func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := check(s); e != nil {
			return Object{}, e
		}
		return f(s), nil
	}
}

// truncateSize is the new size truncate(size=None) asks for: pos when
// the argument is absent or None. negMsg words the ValueError for a
// negative size (StringIO and BytesIO capitalise it differently).
func truncateSize(t *py.Thread, args []Object, pos int, negMsg string) (int, *py.Exception) {
	if len(args) == 0 || args[0].IsNone() {
		return pos, nil
	}
	n, e := arg.Index(t, args[0])
	if e != nil {
		return 0, e
	}
	if n < 0 {
		return 0, py.ValueError("%s %d", negMsg, n)
	}
	return int(n), nil
}

func (s *stream) sioCheck() *py.Exception {
	if s.closed {
		return closedErrNoDot()
	}
	return nil
}

func (s *stream) sioWrite(text string) int {
	n := 0
	if s.readUniversal {
		s.noteNewlines(text)
	}
	if s.readTranslate {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	} else if s.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", s.writeNL)
	}
	rs := []rune(text)
	n = len(rs)
	if s.pos > len(s.runes) {
		s.runes = append(s.runes, make([]rune, s.pos-len(s.runes))...)
	}
	end := s.pos + len(rs)
	if end > len(s.runes) {
		s.runes = append(s.runes, make([]rune, end-len(s.runes))...)
	}
	copy(s.runes[s.pos:], rs)
	s.pos = end
	return n
}

func (s *stream) sioReadline(t *py.Thread, limit int) (Object, *py.Exception) {
	if e := s.sioCheck(); e != nil {
		return Object{}, e
	}
	if s.pos >= len(s.runes) {
		return py.NewStrObj(""), nil
	}
	rest := s.runes[s.pos:]
	end := len(rest)
	switch {
	case s.readUniversal && !s.readTranslate:
		for i, c := range rest {
			if c == '\n' {
				end = i + 1
				break
			}
			if c == '\r' {
				end = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		}
	default:
		nl := []rune(s.readNL)
		if len(nl) == 0 {
			nl = []rune{'\n'}
		}
		for i := range rest {
			if rest[i] == nl[0] && (len(nl) == 1 || (i+1 < len(rest) && rest[i+1] == nl[1])) {
				end = i + len(nl)
				break
			}
		}
	}
	if limit >= 0 && limit < end {
		end = limit
	}
	s.pos += end
	return py.NewStrObj(string(rest[:end])), nil
}

func stringIOMethods() {
	typ := stringIOT
	m := lockedMethods(typ)
	m("getvalue", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.sioCheck(); e != nil {
			return Object{}, e
		}
		return py.NewStrObj(string(s.runes)), nil
	})
	m("read", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "read", args, kw)
		if e != nil {
			return Object{}, e
		}
		if e := s.sioCheck(); e != nil {
			return Object{}, e
		}
		if s.pos >= len(s.runes) {
			return py.NewStrObj(""), nil
		}
		end := len(s.runes)
		if n >= 0 && s.pos+n < end {
			end = s.pos + n
		}
		out := string(s.runes[s.pos:end])
		s.pos = end
		return py.NewStrObj(out), nil
	})
	m("readline", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "readline", args, kw)
		if e != nil {
			return Object{}, e
		}
		return s.sioReadline(t, n)
	})
	m("write", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, py.TypeError("StringIO.write() takes exactly one argument (%d given)", len(args))
		}
		if e := s.sioCheck(); e != nil {
			return Object{}, e
		}
		str, ok := py.AsStr(args[0])
		if !ok {
			return Object{}, py.TypeError("string argument expected, got '%s'", py.TypeName(args[0]))
		}
		s.sioWrite(str.String())
		return py.MakeInt(int64(str.Len())), nil
	})
	m("seek", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, whence, e := seekArgs(t, "seek", args, kw)
		if e != nil {
			return Object{}, e
		}
		if e := s.sioCheck(); e != nil {
			return Object{}, e
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Object{}, py.ValueError("Negative seek position %d", pos)
			}
			s.pos = int(pos)
		case 1:
			if pos != 0 {
				return Object{}, py.Errorf(py.OSErrorType, "Can't do nonzero cur-relative seeks")
			}
		case 2:
			if pos != 0 {
				// CPython reports end-relative seeks with the cur-relative text.
				return Object{}, py.Errorf(py.OSErrorType, "Can't do nonzero cur-relative seeks")
			}
			s.pos = len(s.runes)
		default:
			return Object{}, py.ValueError("Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return py.MakeInt(int64(s.pos)), nil
	})
	m("tell", checked((*stream).sioCheck, func(s *stream) Object { return py.MakeInt(int64(s.pos)) }))
	m("truncate", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.sioCheck(); e != nil {
			return Object{}, e
		}
		size, e := truncateSize(t, args, s.pos, "Negative size value")
		if e != nil {
			return Object{}, e
		}
		if size < len(s.runes) {
			s.runes = s.runes[:size]
		}
		return py.MakeInt(int64(size)), nil
	})
	m("close", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s.closed = true
		s.runes = nil
		return py.None, nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		m(n, checked((*stream).sioCheck, func(*stream) Object { return py.True }))
	}
	py.AddGetSet(typ, "line_buffering", func(t *py.Thread, o Object) (Object, *py.Exception) {
		if e := asStream(o).sioCheck(); e != nil {
			return Object{}, e
		}
		return py.False, nil
	}, nil)
	py.AddGetSet(typ, "newlines", func(t *py.Thread, o Object) (Object, *py.Exception) {
		s := asStream(o)
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.newlinesObj(), nil
	}, nil)
}

// ---------------------------------------------------------------- BytesIO

// bytesIOInit is BytesIO.__init__.
func bytesIOInit(t *py.Thread, s *stream, args []Object, kw *py.Tuple) *py.Exception {
	var initial Object
	if e := arg.Parse("BytesIO", args, kw, []string{"initial_bytes"}, 0, 0, &initial); e != nil {
		return e
	}
	s.data, s.pos, s.closed = nil, 0, false
	if !initial.IsNil() && !initial.IsNone() {
		b, e := bytesArg(initial)
		if e != nil {
			return e
		}
		s.data = append([]byte(nil), b...)
	}
	return nil
}

func (s *stream) bioCheck() *py.Exception {
	if s.closed {
		return closedErr()
	}
	return nil
}

func (s *stream) bioReadline(t *py.Thread, limit int) (Object, *py.Exception) {
	if e := s.bioCheck(); e != nil {
		return Object{}, e
	}
	if s.pos >= len(s.data) {
		return py.NewBytes(nil).Obj(), nil
	}
	rest := s.data[s.pos:]
	end := len(rest)
	for i, c := range rest {
		if c == '\n' {
			end = i + 1
			break
		}
	}
	if limit >= 0 && limit < end {
		end = limit
	}
	s.pos += end
	return py.NewBytes(append([]byte(nil), rest[:end]...)).Obj(), nil
}

func bytesIOMethods() {
	typ := bytesIOT
	m := lockedMethods(typ)
	m("getvalue", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bioCheck(); e != nil {
			return Object{}, e
		}
		return py.NewBytes(append([]byte(nil), s.data...)).Obj(), nil
	})
	read := func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "read", args, kw)
		if e != nil {
			return Object{}, e
		}
		if e := s.bioCheck(); e != nil {
			return Object{}, e
		}
		if s.pos >= len(s.data) {
			return py.NewBytes(nil).Obj(), nil
		}
		end := len(s.data)
		if n >= 0 && s.pos+n < end {
			end = s.pos + n
		}
		out := append([]byte(nil), s.data[s.pos:end]...)
		s.pos = end
		return py.NewBytes(out).Obj(), nil
	}
	m("read", read)
	m("read1", read)
	m("readline", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "readline", args, kw)
		if e != nil {
			return Object{}, e
		}
		return s.bioReadline(t, n)
	})
	m("write", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, py.TypeError("BytesIO.write() takes exactly one argument (%d given)", len(args))
		}
		if e := s.bioCheck(); e != nil {
			return Object{}, e
		}
		b, e := bytesArg(args[0])
		if e != nil {
			return Object{}, e
		}
		end := s.pos + len(b)
		if end > len(s.data) {
			s.data = append(s.data, make([]byte, end-len(s.data))...)
		}
		copy(s.data[s.pos:], b)
		s.pos = end
		return py.MakeInt(int64(len(b))), nil
	})
	m("seek", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, whence, e := seekArgs(t, "seek", args, kw)
		if e != nil {
			return Object{}, e
		}
		if e := s.bioCheck(); e != nil {
			return Object{}, e
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Object{}, py.ValueError("negative seek value %d", pos)
			}
		case 1:
			pos += int64(s.pos)
		case 2:
			pos += int64(len(s.data))
		default:
			return Object{}, py.ValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 {
			pos = 0
		}
		s.pos = int(pos)
		return py.MakeInt(pos), nil
	})
	m("tell", checked((*stream).bioCheck, func(s *stream) Object { return py.MakeInt(int64(s.pos)) }))
	m("truncate", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.bioCheck(); e != nil {
			return Object{}, e
		}
		size, e := truncateSize(t, args, s.pos, "negative size value")
		if e != nil {
			return Object{}, e
		}
		if size < len(s.data) {
			s.data = s.data[:size]
		}
		return py.MakeInt(int64(size)), nil
	})
	m("close", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s.closed = true
		s.data = nil
		return py.None, nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		m(n, checked((*stream).bioCheck, func(*stream) Object { return py.True }))
	}
}
