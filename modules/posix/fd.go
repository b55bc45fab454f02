package posix

import (
	"syscall"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

// fdArg converts a file-descriptor argument.
func fdArg(p *py.Thread, o Object) (int, *py.Exception) {
	n, e := arg.Index(p, o)
	if e != nil {
		return 0, e
	}
	return int(n), nil
}

// retryEINTR repeats a system call interrupted by a signal, as CPython
// does (PEP 475).
func retryEINTR(f func() (int, error)) (int, error) {
	for {
		n, err := f()
		if err != syscall.EINTR {
			return n, err
		}
	}
}

// withFD builds an os function of exactly n positional arguments, the
// first a file descriptor; f gets the descriptor and the others.
func withFD(name string, n int, f func(p *py.Thread, fd int, args []Object) (Object, *py.Exception)) fn {
	return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact(name, args, kw, n, n); e != nil {
			return Object{}, e
		}
		fd, e := fdArg(p, args[0])
		if e != nil {
			return Object{}, e
		}
		return f(p, fd, args[1:])
	}
}

func fdFuncs(def func(string, fn)) {
	def("open", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, flags, mode, dirfd Object
		if e := arg.Parse("open", args, kw, []string{"path", "flags", "mode", "$dir_fd"}, 2, 0, &po, &flags, &mode, &dirfd); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "open", "path", po, false)
		if e != nil {
			return Object{}, e
		}
		fl, e := arg.Index(p, flags)
		if e != nil {
			return Object{}, e
		}
		md := int64(0o777)
		if !mode.IsNil() {
			if md, e = arg.Index(p, mode); e != nil {
				return Object{}, e
			}
		}
		fd, err := retryEINTR(func() (int, error) { return syscall.Open(pa.s, int(fl)|syscall.O_CLOEXEC, uint32(md)) })
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return py.MakeInt(int64(fd)), nil
	})
	def("close", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var fo Object
		if e := arg.Parse("close", args, kw, []string{"fd"}, 1, 0, &fo); e != nil {
			return Object{}, e
		}
		fd, e := fdArg(p, fo)
		if e != nil {
			return Object{}, e
		}
		if err := syscall.Close(fd); err != nil {
			return Object{}, errno(p, err)
		}
		return py.None, nil
	})
	def("closerange", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("closerange", args, kw, 2, 2); e != nil {
			return Object{}, e
		}
		lo, e := fdArg(p, args[0])
		if e != nil {
			return Object{}, e
		}
		hi, e := fdArg(p, args[1])
		if e != nil {
			return Object{}, e
		}
		for fd := lo; fd < hi; fd++ {
			syscall.Close(fd)
		}
		return py.None, nil
	})
	def("read", withFD("read", 2, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		n, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		if n < 0 {
			return Object{}, arg.ErrnoError(p, syscall.EINVAL, Object{}, Object{})
		}
		buf := make([]byte, n)
		got, err := retryEINTR(func() (int, error) { return syscall.Read(fd, buf) })
		if err != nil {
			return Object{}, errno(p, err)
		}
		return py.NewBytes(buf[:got]).Obj(), nil
	}))
	def("write", withFD("write", 2, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		b, ok := py.AsBytes(args[0])
		if !ok {
			return Object{}, py.TypeError("a bytes-like object is required, not '%s'", py.TypeName(args[0]))
		}
		n, err := retryEINTR(func() (int, error) { return syscall.Write(fd, b.Data()) })
		if err != nil {
			return Object{}, errno(p, err)
		}
		return py.MakeInt(int64(n)), nil
	}))
	def("lseek", withFD("lseek", 3, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		pos, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		how, e := arg.Index(p, args[1])
		if e != nil {
			return Object{}, e
		}
		off, err := syscall.Seek(fd, pos, int(how))
		if err != nil {
			return Object{}, errno(p, err)
		}
		return py.MakeInt(off), nil
	}))
	def("isatty", withFD("isatty", 1, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		return py.Bool(IsTerminal(fd)), nil
	}))
	def("fsync", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("fsync", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		fd, e := fdArg(p, args[0])
		if e != nil {
			if f, e2 := py.GetAttrS(p, args[0], "fileno"); e2 == nil {
				r, e3 := py.Call(p, f, nil, nil)
				if e3 != nil {
					return Object{}, e3
				}
				fd, e = fdArg(p, r)
			}
			if e != nil {
				return Object{}, e
			}
		}
		if err := syscall.Fsync(fd); err != nil {
			return Object{}, errno(p, err)
		}
		return py.None, nil
	})
	def("ftruncate", withFD("ftruncate", 2, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		n, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		if err := syscall.Ftruncate(fd, n); err != nil {
			return Object{}, errno(p, err)
		}
		return py.None, nil
	}))
	def("dup", withFD("dup", 1, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		n, err := syscall.Dup(fd)
		if err != nil {
			return Object{}, errno(p, err)
		}
		syscall.CloseOnExec(n)
		return py.MakeInt(int64(n)), nil
	}))
	def("dup2", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var a, b, inh Object
		if e := arg.Parse("dup2", args, kw, []string{"fd", "fd2", "inheritable"}, 2, 0, &a, &b, &inh); e != nil {
			return Object{}, e
		}
		fd, e := fdArg(p, a)
		if e != nil {
			return Object{}, e
		}
		fd2, e := fdArg(p, b)
		if e != nil {
			return Object{}, e
		}
		if err := syscall.Dup3(fd, fd2, 0); err != nil {
			return Object{}, errno(p, err)
		}
		return py.MakeInt(int64(fd2)), nil
	})
	def("pipe", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("pipe", args, kw, 0, 0); e != nil {
			return Object{}, e
		}
		var fds [2]int
		if err := syscall.Pipe2(fds[:], syscall.O_CLOEXEC); err != nil {
			return Object{}, errno(p, err)
		}
		return py.NewTuple(py.MakeInt(int64(fds[0])), py.MakeInt(int64(fds[1]))).Obj(), nil
	})
	def("device_encoding", withFD("device_encoding", 1, func(p *py.Thread, fd int, args []Object) (Object, *py.Exception) {
		if IsTerminal(fd) {
			return py.NewStrObj("utf-8"), nil
		}
		return py.None, nil
	}))
}

// IsTerminal reports whether fd is a terminal.
func IsTerminal(fd int) bool {
	var buf [64]byte // struct termios
	_, _, en := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafePtr(&buf)))
	return en == 0
}
