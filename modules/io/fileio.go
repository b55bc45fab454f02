package io

import (
	goio "io"
	"strings"
	"syscall"
	"unsafe"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

// retry repeats a system call interrupted by a signal (PEP 475).
func retry(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// fileIOInit is FileIO.__init__.
func fileIOInit(t *py.Thread, s *stream, args []Object, kw *py.Tuple) *py.Exception {
	var file, mode, closefd, opener Object
	if e := arg.Parse("FileIO", args, kw, []string{"file", "mode", "closefd", "opener"}, 1, 0, &file, &mode, &closefd, &opener); e != nil {
		return e
	}
	ms := "r"
	if !mode.IsNil() {
		m, ok := py.AsStr(mode)
		if !ok {
			return py.TypeError("FileIO() argument 'mode' must be str, not %s", py.TypeName(mode))
		}
		ms = m.String()
	}
	return s.initRaw(t, file, ms, closefd, opener)
}

// openRaw makes a FileIO (of typ) for file, as FileIO() and open() do;
// closefd and opener are the arguments as given (nil when absent).
func openRaw(t *py.Thread, typ *py.Type, file Object, mode string, closefd, opener Object) (*stream, *py.Exception) {
	s := newStream(typ, kRaw)
	if e := s.initRaw(t, file, mode, closefd, opener); e != nil {
		return nil, e
	}
	return s, nil
}

// initRaw opens file into the FileIO s.
func (s *stream) initRaw(t *py.Thread, file Object, mode string, closefd, opener Object) *py.Exception {
	cfd := true
	if !closefd.IsNil() {
		var e *py.Exception
		if cfd, e = py.Truthy(t, closefd); e != nil {
			return e
		}
	}
	if opener.IsNil() {
		opener = py.None
	}
	return s.openFile(t, file, mode, cfd, opener)
}

// openFile is FileIO.__init__.
func (s *stream) openFile(t *py.Thread, file Object, mode string, closefd bool, opener Object) *py.Exception {
	var rwa, plus bool
	flags := 0
	for i, c := range mode {
		switch c {
		case 'r', 'w', 'x', 'a':
			if rwa {
				return py.ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
			}
			rwa = true
			switch c {
			case 'r':
				s.readable = true
			case 'w':
				s.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'x':
				s.created, s.writable = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			case 'a':
				s.writable, s.appending = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				return py.ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
			}
			s.readable, s.writable, s.rw, plus = true, true, true, true
		default:
			_ = i
			return py.ValueError("invalid mode: %s", mode)
		}
	}
	if !rwa {
		return py.ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	switch {
	case s.readable && s.writable:
		flags |= syscall.O_RDWR
	case s.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	flags |= syscall.O_CLOEXEC
	s.closefd = closefd
	if f, ok := py.FloatValue(file); ok && file.Type().Flags&py.FlagFloatSubclass != 0 {
		_ = f
		return py.TypeError("integer argument expected, got float")
	}
	if py.IsInt(file) {
		fd, _ := py.AsInt64(file)
		if fd < 0 {
			return py.ValueError("negative file descriptor")
		}
		s.fd = int(fd)
		s.name = file
		var st syscall.Stat_t
		if err := syscall.Fstat(s.fd, &st); err != nil {
			return arg.OSError(t, err, Object{}, Object{})
		}
		s.blksize = int(st.Blksize)
	} else {
		path, e := fspath(t, file)
		if e != nil {
			return e
		}
		if !closefd {
			return py.ValueError("Cannot use closefd=False with file name")
		}
		s.name = file
		if !opener.IsNone() {
			r, e := py.Call(t, opener, []Object{file, py.MakeInt(int64(flags))}, nil)
			if e != nil {
				return e
			}
			fd, ok := py.AsInt64(r)
			if !ok || !py.IsInt(r) {
				return py.TypeError("expected integer from opener")
			}
			if fd < 0 {
				return py.ValueError("opener returned %d", fd)
			}
			s.fd = int(fd)
		} else {
			fd, err := retry(func() (int, error) { return syscall.Open(path, flags, 0o666) })
			if err != nil {
				return arg.OSError(t, err, file, Object{})
			}
			s.fd = fd
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(s.fd, &st); err == nil {
			if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
				syscall.Close(s.fd)
				s.fd = -1
				return arg.ErrnoError(t, syscall.EISDIR, file, Object{})
			}
			s.blksize = int(st.Blksize)
		}
	}
	if s.appending {
		syscall.Seek(s.fd, 0, 2)
	}
	return nil
}

// fspath converts a path argument to a Go string.
func fspath(t *py.Thread, o Object) (string, *py.Exception) {
	v := o
	if _, ok := py.AsStr(v); !ok {
		if _, ok := py.AsBytes(v); !ok {
			if m := v.Type().Lookup(py.Intern("__fspath__")); m.IsNil() {
				return "", py.TypeError("expected str, bytes or os.PathLike object, not %s", py.TypeName(o))
			}
			var e *py.Exception
			if v, e = callMethod(t, v, "__fspath__"); e != nil {
				return "", e
			}
		}
	}
	var p string
	if s, ok := py.AsStr(v); ok {
		p = s.String()
	} else if b, ok := py.AsBytes(v); ok {
		p = string(b.Data())
	} else {
		return "", py.TypeError("expected %s.__fspath__() to return str or bytes, not %s", py.TypeName(o), py.TypeName(v))
	}
	if strings.IndexByte(p, 0) >= 0 {
		return "", py.ValueError("embedded null byte")
	}
	return p, nil
}

func (s *stream) rawMode() string {
	switch {
	case s.created:
		if s.readable {
			return "xb+"
		}
		return "xb"
	case s.appending:
		if s.readable {
			return "ab+"
		}
		return "ab"
	case s.readable && s.writable:
		return "rb+"
	case s.readable:
		return "rb"
	}
	return "wb"
}

func (s *stream) rawCheck(t *py.Thread) *py.Exception {
	if s.closed || s.fd < 0 {
		return closedErrNoDot()
	}
	return nil
}

// rawRead reads up to n bytes (n < 0: everything to EOF).
func (s *stream) rawRead(t *py.Thread, n int) ([]byte, *py.Exception) {
	if e := s.rawCheck(t); e != nil {
		return nil, e
	}
	if !s.readable {
		return nil, unsupported("File not open for reading")
	}
	if n < 0 {
		return s.rawReadAll(t)
	}
	buf := make([]byte, n)
	if s.gr != nil {
		return s.goRead(t, buf)
	}
	got, err := retry(func() (int, error) { return syscall.Read(s.fd, buf) })
	if err != nil {
		if err == syscall.EAGAIN {
			return nil, nil
		}
		return nil, arg.OSError(t, err, Object{}, Object{})
	}
	return buf[:got], nil
}

func (s *stream) rawReadAll(t *py.Thread) ([]byte, *py.Exception) {
	if s.gr != nil {
		out := []byte{}
		buf := make([]byte, 8192)
		for {
			b, e := s.goRead(t, buf)
			if e != nil {
				return nil, e
			}
			if len(b) == 0 {
				return out, nil
			}
			out = append(out, b...)
		}
	}
	size := 8192
	var st syscall.Stat_t
	if syscall.Fstat(s.fd, &st) == nil && st.Size > 0 {
		if pos, err := syscall.Seek(s.fd, 0, 1); err == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		got, err := retry(func() (int, error) { return syscall.Read(s.fd, buf[len(buf):cap(buf)]) })
		if err != nil {
			if err == syscall.EAGAIN && len(buf) > 0 {
				break
			}
			return nil, arg.OSError(t, err, Object{}, Object{})
		}
		if got == 0 {
			break
		}
		buf = buf[:len(buf)+got]
	}
	return buf, nil
}

func (s *stream) rawWrite(t *py.Thread, b []byte) (int, *py.Exception) {
	if e := s.rawCheck(t); e != nil {
		return 0, e
	}
	if !s.writable {
		return 0, unsupported("File not open for writing")
	}
	if s.gw != nil {
		n, err := s.gw.Write(b)
		if err != nil {
			return 0, arg.OSError(t, err, Object{}, Object{})
		}
		return n, nil
	}
	n, err := retry(func() (int, error) { return syscall.Write(s.fd, b) })
	if err != nil {
		return 0, arg.OSError(t, err, Object{}, Object{})
	}
	return n, nil
}

func (s *stream) rawSeek(t *py.Thread, pos int64, whence int) (int64, *py.Exception) {
	if e := s.rawCheck(t); e != nil {
		return 0, e
	}
	if !s.goFile() {
		return 0, arg.ErrnoError(t, syscall.ESPIPE, Object{}, Object{})
	}
	off, err := syscall.Seek(s.fd, pos, whence)
	if err != nil {
		return 0, arg.OSError(t, err, Object{}, Object{})
	}
	return off, nil
}

func (s *stream) rawIsSeekable() bool {
	if s.seekable < 0 {
		if _, err := syscall.Seek(s.fd, 0, 1); err != nil || !s.goFile() {
			s.seekable = 0
		} else {
			s.seekable = 1
		}
	}
	return s.seekable == 1
}

func (s *stream) rawClose(t *py.Thread) *py.Exception {
	if s.closed {
		return nil
	}
	s.closed = true
	if s.closefd && s.fd >= 0 {
		fd := s.fd
		s.fd = -1
		if err := syscall.Close(fd); err != nil {
			return arg.OSError(t, err, Object{}, Object{})
		}
	}
	s.fd = -1
	return nil
}

func (s *stream) rawReadline(t *py.Thread, limit int) (Object, *py.Exception) {
	var out []byte
	var one [1]byte
	for limit < 0 || len(out) < limit {
		b, e := s.rawRead(t, 1)
		if e != nil {
			return Object{}, e
		}
		if len(b) == 0 {
			break
		}
		one[0] = b[0]
		out = append(out, one[0])
		if one[0] == '\n' {
			break
		}
	}
	return py.NewBytes(out).Obj(), nil
}

func bytesArg(o Object) ([]byte, *py.Exception) {
	if b, ok := py.AsBytes(o); ok {
		return b.Data(), nil
	}
	return nil, py.TypeError("a bytes-like object is required, not '%s'", py.TypeName(o))
}

func seekArgs(t *py.Thread, name string, args []Object, kw *py.Tuple) (int64, int, *py.Exception) {
	if kw.Len() > 0 {
		return 0, 0, py.TypeError("%s() takes no keyword arguments", name)
	}
	if len(args) < 1 || len(args) > 2 {
		if len(args) < 1 {
			return 0, 0, py.TypeError("%s expected at least 1 argument, got 0", name)
		}
		return 0, 0, py.TypeError("%s expected at most 2 arguments, got %d", name, len(args))
	}
	if !py.IsInt(args[0]) {
		if args[0].Type().Slots().Index == nil {
			return 0, 0, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
		}
	}
	pos, e := arg.Index(t, args[0])
	if e != nil {
		return 0, 0, e
	}
	whence := int64(0)
	if len(args) == 2 {
		if whence, e = arg.Index(t, args[1]); e != nil {
			return 0, 0, e
		}
	}
	return pos, int(whence), nil
}

func rawMethods() {
	m := lockedMethods(fileIOT)
	m("read", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "read", args, kw)
		if e != nil {
			return Object{}, e
		}
		b, e := s.rawRead(t, n)
		if e != nil {
			return Object{}, e
		}
		if b == nil && n != 0 {
			return py.None, nil
		}
		return py.NewBytes(b).Obj(), nil
	})
	m("readall", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		b, e := s.rawRead(t, -1)
		if e != nil {
			return Object{}, e
		}
		return py.NewBytes(b).Obj(), nil
	})
	m("write", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return Object{}, py.TypeError("write() takes exactly one argument (%d given)", len(args))
		}
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		b, e := bytesArg(args[0])
		if e != nil {
			return Object{}, e
		}
		n, e := s.rawWrite(t, b)
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(int64(n)), nil
	})
	m("seek", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, whence, e := seekArgs(t, "seek", args, kw)
		if e != nil {
			return Object{}, e
		}
		off, e := s.rawSeek(t, pos, whence)
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(off), nil
	})
	m("tell", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		off, e := s.rawSeek(t, 0, 1)
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(off), nil
	})
	m("truncate", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		if !s.writable {
			return Object{}, unsupported("File not open for writing")
		}
		var size int64
		if len(args) == 0 || args[0].IsNone() {
			off, e := s.rawSeek(t, 0, 1)
			if e != nil {
				return Object{}, e
			}
			size = off
		} else {
			var e *py.Exception
			if size, e = arg.Index(t, args[0]); e != nil {
				return Object{}, e
			}
		}
		if err := syscall.Ftruncate(s.fd, size); err != nil {
			return Object{}, arg.OSError(t, err, Object{}, Object{})
		}
		return py.MakeInt(size), nil
	})
	m("close", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawClose(t); e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	m("fileno", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		return py.MakeInt(int64(s.fd)), nil
	})
	m("isatty", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		return py.Bool(s.goFile() && isTerminal(s.fd)), nil
	})
	m("readable", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		return py.Bool(s.readable), nil
	})
	m("writable", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		return py.Bool(s.writable), nil
	})
	m("seekable", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		return py.Bool(s.rawIsSeekable()), nil
	})
	m("flush", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.rawCheck(t); e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	gs := func(name string, f func(s *stream) Object) {
		py.AddGetSet(fileIOT, name, func(t *py.Thread, o Object) (Object, *py.Exception) { return f(asStream(o)), nil }, nil)
	}
	// name is writable: the standard streams' raw files are named
	// '<stdout>' and so on, as CPython's are.
	py.AddGetSet(fileIOT, "name", func(t *py.Thread, o Object) (Object, *py.Exception) { return asStream(o).name, nil },
		func(t *py.Thread, o, v Object) *py.Exception {
			asStream(o).name = v
			return nil
		})
	gs("mode", func(s *stream) Object { return py.NewStrObj(s.rawMode()) })
	gs("closefd", func(s *stream) Object { return py.Bool(s.closefd) })
	gs("_blksize", func(s *stream) Object { return py.MakeInt(int64(s.blksize)) })
	py.AddMethod(fileIOT, "__repr__", func(t *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s := asStream(self)
		tn := self.Type().FullName()
		if s.closed {
			return py.NewStrObj("<" + tn + " [closed]>"), nil
		}
		nr, e := py.ReprS(t, s.name)
		if e != nil {
			return Object{}, e
		}
		cf := "True"
		if !s.closefd {
			cf = "False"
		}
		return py.NewStrObj("<" + tn + " name=" + nr + " mode='" + s.rawMode() + "' closefd=" + cf + ">"), nil
	})
	sl := *fileIOT.Slots()
	sl.Repr = func(t *py.Thread, o Object) (Object, *py.Exception) { return callMethod(t, o, "__repr__") }
	fileIOT.SetSlots(&sl)
}

func isTerminal(fd int) bool {
	var buf [64]byte
	_, _, en := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&buf)))
	return en == 0
}

// goRead is one read of a standard stream's Go reader into buf: the
// bytes read, empty at end of input.
func (s *stream) goRead(t *py.Thread, buf []byte) ([]byte, *py.Exception) {
	for {
		n, err := s.gr.Read(buf)
		if n > 0 || err == goio.EOF {
			return buf[:n], nil
		}
		if err != nil {
			return nil, arg.OSError(t, err, Object{}, Object{})
		}
	}
}

// goFile reports whether fd is the stream's own file: true for files
// opened by FileIO, and for a standard stream whose Go reader or writer
// is the process's file with that descriptor (not a test's buffer), so
// that seeking and isatty may ask the system about fd.
func (s *stream) goFile() bool {
	return s.gr == nil && s.gw == nil || s.osFile
}
