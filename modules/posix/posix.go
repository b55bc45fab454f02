// Package posix is the posix module, the operating-system layer under
// os.py: files and folders, stat, file descriptors, the environment,
// process ids. Functions raise the OSError subclasses CPython raises, with
// errno, strerror and the filename as given.
package posix

import (
	"crypto/rand"
	"os"
	"runtime"
	"sort"
	"syscall"
	"unsafe"

	"github.com/pygo/pygo/modules/internal/arg"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

type fn = func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)

var (
	statResult   *vm.StructSeqType
	terminalSize *vm.StructSeqType
	unameResult  *vm.StructSeqType
)

func init() {
	statResult = vm.NewStructSeq("os", "stat_result", []string{
		"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"st_atime", "st_mtime", "st_ctime",
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev",
	}, 10)
	terminalSize = vm.NewStructSeq("os", "terminal_size", []string{"columns", "lines"}, 2)
	unameResult = vm.NewStructSeq("posix", "uname_result", []string{"sysname", "nodename", "release", "version", "machine"}, 5)
	vm.RegisterModule("posix", initModule)
}

// path is a converted path argument: the Go string, whether it was bytes
// (results are then bytes too), or a file descriptor.
type path struct {
	s     string
	bytes bool
	fd    int
	isFd  bool
	obj   Object
}

// toPath converts str, bytes or os.PathLike (and an int where allowFd).
func toPath(t *py.Thread, fname, argname string, o Object, allowFd bool) (path, *py.Exception) {
	p := path{obj: o}
	if allowFd && py.IsInt(o) && o.Type() != py.BoolType {
		n, _ := py.AsInt64(o)
		p.fd, p.isFd = int(n), true
		return p, nil
	}
	v := o
	if _, ok := py.AsStr(v); !ok {
		if _, ok := py.AsBytes(v); !ok {
			if m := v.Type().Lookup(py.Intern("__fspath__")); !m.IsNil() {
				f, e := py.GetAttrS(t, v, "__fspath__")
				if e != nil {
					return p, e
				}
				if v, e = py.Call(t, f, nil, nil); e != nil {
					return p, e
				}
				_, isS := py.AsStr(v)
				_, isB := py.AsBytes(v)
				if !isS && !isB {
					return p, py.TypeError("expected %s.__fspath__() to return str or bytes, not %s", py.TypeName(o), py.TypeName(v))
				}
			}
		}
	}
	if s, ok := py.AsStr(v); ok {
		p.s = s.String()
	} else if b, ok := py.AsBytes(v); ok {
		p.s, p.bytes = string(b.Data()), true
	} else {
		what := "string, bytes or os.PathLike"
		if allowFd {
			what = "string, bytes, os.PathLike or integer"
		}
		return p, py.TypeError("%s: %s should be %s, not %s", fname, argname, what, py.TypeName(o))
	}
	for i := 0; i < len(p.s); i++ {
		if p.s[i] == 0 {
			return p, py.ValueError("%s: embedded null character in %s", fname, argname)
		}
	}
	return p, nil
}

func (p path) result(s string) Object {
	if p.bytes {
		return py.NewBytes([]byte(s)).Obj()
	}
	return py.NewStrObj(s)
}

func oserr(t *py.Thread, err error, p path) *py.Exception {
	if p.isFd {
		return arg.OSError(t, err, Object{}, Object{})
	}
	return arg.OSError(t, err, p.obj, Object{})
}

func errno(t *py.Thread, err error) *py.Exception { return arg.OSError(t, err, Object{}, Object{}) }

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	def := func(name string, f fn) { set(name, arg.Func(name, f)) }
	set("stat_result", statResult.Obj())
	set("terminal_size", terminalSize.Obj())
	set("error", py.OSErrorType.Obj())
	for name, v := range map[string]int{
		"O_RDONLY": os.O_RDONLY, "O_WRONLY": os.O_WRONLY, "O_RDWR": os.O_RDWR, "O_APPEND": os.O_APPEND,
		"O_CREAT": os.O_CREATE, "O_EXCL": os.O_EXCL, "O_TRUNC": os.O_TRUNC, "O_SYNC": os.O_SYNC,
		"O_NONBLOCK": syscall.O_NONBLOCK, "O_NOCTTY": syscall.O_NOCTTY, "O_CLOEXEC": syscall.O_CLOEXEC,
		"O_DIRECTORY": syscall.O_DIRECTORY, "O_NOFOLLOW": syscall.O_NOFOLLOW,
		"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1, "SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
		"EX_OK": 0, "WNOHANG": 1,
	} {
		set(name, py.MakeInt(int64(v)))
	}
	env := py.NewDict()
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				env.Set(t.P, py.NewBytes([]byte(kv[:i])).Obj(), py.NewBytes([]byte(kv[i+1:])).Obj())
				break
			}
		}
	}
	set("environ", env.Obj())

	def("getcwd", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("getcwd", args, kw, 0, 0); e != nil {
			return Object{}, e
		}
		s, err := os.Getwd()
		if err != nil {
			return Object{}, errno(p, err)
		}
		return py.NewStrObj(s), nil
	})
	def("getcwdb", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s, err := os.Getwd()
		if err != nil {
			return Object{}, errno(p, err)
		}
		return py.NewBytes([]byte(s)).Obj(), nil
	})
	def("chdir", pathFunc("chdir", func(p path) error { return os.Chdir(p.s) }))
	def("rmdir", pathFunc("rmdir", func(p path) error { return syscall.Rmdir(p.s) }))
	def("remove", pathFunc("remove", func(p path) error { return syscall.Unlink(p.s) }))
	def("unlink", pathFunc("unlink", func(p path) error { return syscall.Unlink(p.s) }))
	def("mkdir", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, mode, dirfd Object
		if e := arg.Parse("mkdir", args, kw, []string{"path", "mode", "$dir_fd"}, 1, 0, &po, &mode, &dirfd); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "mkdir", "path", po, false)
		if e != nil {
			return Object{}, e
		}
		md := int64(0o777)
		if !mode.IsNil() {
			if md, e = arg.Index(p, mode); e != nil {
				return Object{}, e
			}
		}
		if err := syscall.Mkdir(pa.s, uint32(md)); err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return py.None, nil
	})
	rename := func(name string) fn {
		return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			var src, dst, sfd, dfd Object
			if e := arg.Parse(name, args, kw, []string{"src", "dst", "$src_dir_fd", "$dst_dir_fd"}, 2, 0, &src, &dst, &sfd, &dfd); e != nil {
				return Object{}, e
			}
			a, e := toPath(p, name, "src", src, false)
			if e != nil {
				return Object{}, e
			}
			b, e := toPath(p, name, "dst", dst, false)
			if e != nil {
				return Object{}, e
			}
			if err := syscall.Rename(a.s, b.s); err != nil {
				return Object{}, arg.OSError(p, err, src, dst)
			}
			return py.None, nil
		}
	}
	def("rename", rename("rename"))
	def("replace", rename("replace"))
	def("link", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var src, dst Object
		if e := arg.Parse("link", args, kw, []string{"src", "dst"}, 2, 0, &src, &dst); e != nil {
			return Object{}, e
		}
		a, e := toPath(p, "link", "src", src, false)
		if e != nil {
			return Object{}, e
		}
		b, e := toPath(p, "link", "dst", dst, false)
		if e != nil {
			return Object{}, e
		}
		if err := syscall.Link(a.s, b.s); err != nil {
			return Object{}, arg.OSError(p, err, src, dst)
		}
		return py.None, nil
	})
	def("symlink", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var src, dst, isdir Object
		if e := arg.Parse("symlink", args, kw, []string{"src", "dst", "target_is_directory"}, 2, 0, &src, &dst, &isdir); e != nil {
			return Object{}, e
		}
		a, e := toPath(p, "symlink", "src", src, false)
		if e != nil {
			return Object{}, e
		}
		b, e := toPath(p, "symlink", "dst", dst, false)
		if e != nil {
			return Object{}, e
		}
		if err := syscall.Symlink(a.s, b.s); err != nil {
			return Object{}, arg.OSError(p, err, src, dst)
		}
		return py.None, nil
	})
	def("readlink", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po Object
		if e := arg.Parse("readlink", args, kw, []string{"path"}, 1, 0, &po); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "readlink", "path", po, false)
		if e != nil {
			return Object{}, e
		}
		s, err := os.Readlink(pa.s)
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return pa.result(s), nil
	})
	def("listdir", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po Object
		if e := arg.Parse("listdir", args, kw, []string{"path"}, 0, 0, &po); e != nil {
			return Object{}, e
		}
		pa := path{s: ".", obj: py.NewStrObj(".")}
		if !po.IsNil() && !po.IsNone() {
			var e *py.Exception
			if pa, e = toPath(p, "listdir", "path", po, true); e != nil {
				return Object{}, e
			}
		}
		names, err := readDir(pa)
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		out := make([]Object, len(names))
		for i, n := range names {
			out[i] = pa.result(n.name)
		}
		return py.NewList(out).Obj(), nil
	})
	// _scandir lists (name, path, d_type, inode) for os.scandir's DirEntry.
	def("_scandir", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po Object
		if e := arg.Parse("scandir", args, kw, []string{"path"}, 0, 0, &po); e != nil {
			return Object{}, e
		}
		pa := path{s: ".", obj: py.NewStrObj(".")}
		if !po.IsNil() && !po.IsNone() {
			var e *py.Exception
			if pa, e = toPath(p, "scandir", "path", po, false); e != nil {
				return Object{}, e
			}
		}
		ents, err := readDir(pa)
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		out := make([]Object, len(ents))
		for i, en := range ents {
			full := en.name
			if !po.IsNil() && !po.IsNone() {
				if pa.s != "" && pa.s[len(pa.s)-1] == '/' {
					full = pa.s + en.name
				} else {
					full = pa.s + "/" + en.name
				}
			} else {
				full = "./" + en.name
			}
			out[i] = py.NewTuple(pa.result(en.name), pa.result(full), py.MakeInt(int64(en.typ)), py.MakeInt(int64(en.ino))).Obj()
		}
		return py.NewList(out).Obj(), nil
	})
	statFn := func(name string, follow bool) fn {
		return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			var po, dirfd, fl Object
			if e := arg.Parse(name, args, kw, []string{"path", "$dir_fd", "$follow_symlinks"}, 1, 0, &po, &dirfd, &fl); e != nil {
				return Object{}, e
			}
			pa, e := toPath(p, name, "path", po, name == "stat")
			if e != nil {
				return Object{}, e
			}
			f := follow
			if !fl.IsNil() {
				if f, e = py.Truthy(p, fl); e != nil {
					return Object{}, e
				}
			}
			var st syscall.Stat_t
			var err error
			switch {
			case pa.isFd:
				err = syscall.Fstat(pa.fd, &st)
			case f:
				err = syscall.Stat(pa.s, &st)
			default:
				err = syscall.Lstat(pa.s, &st)
			}
			if err != nil {
				return Object{}, oserr(p, err, pa)
			}
			return makeStat(&st), nil
		}
	}
	def("stat", statFn("stat", true))
	def("lstat", statFn("lstat", false))
	def("fstat", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var fo Object
		if e := arg.Parse("fstat", args, kw, []string{"fd"}, 1, 0, &fo); e != nil {
			return Object{}, e
		}
		fd, e := arg.Index(p, fo)
		if e != nil {
			return Object{}, e
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(int(fd), &st); err != nil {
			return Object{}, errno(p, err)
		}
		return makeStat(&st), nil
	})
	def("access", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, mode, dirfd, eff, fl Object
		if e := arg.Parse("access", args, kw, []string{"path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks"}, 2, 0, &po, &mode, &dirfd, &eff, &fl); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "access", "path", po, false)
		if e != nil {
			return Object{}, e
		}
		md, e := arg.Index(p, mode)
		if e != nil {
			return Object{}, e
		}
		return py.Bool(syscall.Access(pa.s, uint32(md)) == nil), nil
	})
	def("chmod", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, mode, dirfd, fl Object
		if e := arg.Parse("chmod", args, kw, []string{"path", "mode", "$dir_fd", "$follow_symlinks"}, 2, 0, &po, &mode, &dirfd, &fl); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "chmod", "path", po, true)
		if e != nil {
			return Object{}, e
		}
		md, e := arg.Index(p, mode)
		if e != nil {
			return Object{}, e
		}
		var err error
		if pa.isFd {
			err = syscall.Fchmod(pa.fd, uint32(md))
		} else {
			err = syscall.Chmod(pa.s, uint32(md))
		}
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return py.None, nil
	})
	def("utime", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, times, ns, dirfd, fl Object
		if e := arg.Parse("utime", args, kw, []string{"path", "times", "$ns", "$dir_fd", "$follow_symlinks"}, 1, 0, &po, &times, &ns, &dirfd, &fl); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "utime", "path", po, false)
		if e != nil {
			return Object{}, e
		}
		var tv []syscall.Timespec
		if !times.IsNil() && !times.IsNone() {
			items, e := py.SequenceItems(p, times)
			if e != nil || len(items) != 2 {
				return Object{}, py.TypeError("utime: 'times' must be either a tuple of two ints or None")
			}
			for _, it := range items {
				f, e := py.ToFloat(p, it)
				if e != nil {
					return Object{}, e
				}
				sec := int64(f)
				tv = append(tv, syscall.Timespec{Sec: sec, Nsec: int64((f - float64(sec)) * 1e9)})
			}
		} else if !ns.IsNil() {
			items, e := py.SequenceItems(p, ns)
			if e != nil || len(items) != 2 {
				return Object{}, py.TypeError("utime: 'ns' must be a tuple of two ints")
			}
			for _, it := range items {
				v, e := arg.Index(p, it)
				if e != nil {
					return Object{}, e
				}
				tv = append(tv, syscall.NsecToTimespec(v))
			}
		}
		var err error
		if tv == nil {
			err = syscall.UtimesNano(pa.s, nil)
		} else {
			err = syscall.UtimesNano(pa.s, tv)
		}
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return py.None, nil
	})
	def("truncate", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, ln Object
		if e := arg.Parse("truncate", args, kw, []string{"path", "length"}, 2, 0, &po, &ln); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, "truncate", "path", po, true)
		if e != nil {
			return Object{}, e
		}
		n, e := arg.Index(p, ln)
		if e != nil {
			return Object{}, e
		}
		var err error
		if pa.isFd {
			err = syscall.Ftruncate(pa.fd, n)
		} else {
			err = syscall.Truncate(pa.s, n)
		}
		if err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return py.None, nil
	})
	fdFuncs(def)
	def("getpid", constInt("getpid", func() int64 { return int64(os.Getpid()) }))
	def("getppid", constInt("getppid", func() int64 { return int64(os.Getppid()) }))
	def("getuid", constInt("getuid", func() int64 { return int64(os.Getuid()) }))
	def("geteuid", constInt("geteuid", func() int64 { return int64(os.Geteuid()) }))
	def("getgid", constInt("getgid", func() int64 { return int64(os.Getgid()) }))
	def("getegid", constInt("getegid", func() int64 { return int64(os.Getegid()) }))
	def("cpu_count", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.MakeInt(int64(runtime.NumCPU())), nil
	})
	def("umask", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("umask", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		v, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(int64(syscall.Umask(int(v)))), nil
	})
	def("urandom", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("urandom", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		n, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		if n < 0 {
			return Object{}, py.ValueError("negative argument not allowed")
		}
		b := make([]byte, n)
		rand.Read(b)
		return py.NewBytes(b).Obj(), nil
	})
	def("strerror", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("strerror", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		n, e := arg.Index(p, args[0])
		if e != nil {
			return Object{}, e
		}
		if n <= 0 || n > 133 {
			return py.NewStrObj("Unknown error " + itoa(n)), nil
		}
		return py.NewStrObj(arg.Strerror(syscall.Errno(n))), nil
	})
	def("putenv", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("putenv", args, kw, 2, 2); e != nil {
			return Object{}, e
		}
		k, e := envStr(p, "putenv", args[0])
		if e != nil {
			return Object{}, e
		}
		if k == "" || containsByte(k, '=') {
			return Object{}, py.ValueError("illegal environment variable name")
		}
		v, e := envStr(p, "putenv", args[1])
		if e != nil {
			return Object{}, e
		}
		os.Setenv(k, v)
		return py.None, nil
	})
	def("unsetenv", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("unsetenv", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		k, e := envStr(p, "unsetenv", args[0])
		if e != nil {
			return Object{}, e
		}
		if k == "" || containsByte(k, '=') {
			return Object{}, py.ValueError("illegal environment variable name")
		}
		os.Unsetenv(k)
		return py.None, nil
	})
	def("get_terminal_size", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		fd := int64(1)
		if len(args) > 0 {
			var e *py.Exception
			if fd, e = arg.Index(p, args[0]); e != nil {
				return Object{}, e
			}
		}
		var ws [4]uint16
		if _, _, en := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&ws))); en != 0 {
			return Object{}, errno(p, en)
		}
		return terminalSize.Make(py.MakeInt(int64(ws[1])), py.MakeInt(int64(ws[0]))), nil
	})
	def("uname", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var u syscall.Utsname
		if err := syscall.Uname(&u); err != nil {
			return Object{}, errno(p, err)
		}
		cs := func(a [65]int8) Object {
			b := make([]byte, 0, 65)
			for _, c := range a {
				if c == 0 {
					break
				}
				b = append(b, byte(c))
			}
			return py.NewStrObj(string(b))
		}
		return unameResult.Make(cs(u.Sysname), cs(u.Nodename), cs(u.Release), cs(u.Version), cs(u.Machine)), nil
	})
	def("fspath", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po Object
		if e := arg.Parse("fspath", args, kw, []string{"path"}, 1, 0, &po); e != nil {
			return Object{}, e
		}
		return Fspath(p, po)
	})
	return nil
}

// Fspath is os.fspath: str and bytes as they are, else __fspath__().
func Fspath(p *py.Thread, o Object) (Object, *py.Exception) {
	if _, ok := py.AsStr(o); ok {
		return o, nil
	}
	if _, ok := py.AsBytes(o); ok {
		return o, nil
	}
	if m := o.Type().Lookup(py.Intern("__fspath__")); !m.IsNil() {
		f, e := py.GetAttrS(p, o, "__fspath__")
		if e != nil {
			return Object{}, e
		}
		v, e := py.Call(p, f, nil, nil)
		if e != nil {
			return Object{}, e
		}
		_, isS := py.AsStr(v)
		_, isB := py.AsBytes(v)
		if !isS && !isB {
			return Object{}, py.TypeError("expected %s.__fspath__() to return str or bytes, not %s", py.TypeName(o), py.TypeName(v))
		}
		return v, nil
	}
	return Object{}, py.TypeError("expected str, bytes or os.PathLike object, not %s", py.TypeName(o))
}

func envStr(p *py.Thread, fname string, o Object) (string, *py.Exception) {
	pa, e := toPath(p, fname, "argument", o, false)
	if e != nil {
		return "", py.TypeError("str expected, not %s", py.TypeName(o))
	}
	return pa.s, nil
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func itoa(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func constInt(name string, f func() int64) fn {
	return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact(name, args, kw, 0, 0); e != nil {
			return Object{}, e
		}
		return py.MakeInt(f()), nil
	}
}

func pathFunc(name string, f func(path) error) fn {
	return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var po, dirfd Object
		if e := arg.Parse(name, args, kw, []string{"path", "$dir_fd"}, 1, 0, &po, &dirfd); e != nil {
			return Object{}, e
		}
		pa, e := toPath(p, name, "path", po, false)
		if e != nil {
			return Object{}, e
		}
		if err := f(pa); err != nil {
			return Object{}, oserr(p, err, pa)
		}
		return py.None, nil
	}
}

type dirent struct {
	name string
	typ  int // 1 dir, 2 file, 3 symlink, 0 other
	ino  uint64
}

// readDir lists a folder in the order the file system returns it (as
// CPython's listdir does), without "." and "..".
func readDir(p path) ([]dirent, error) {
	var f *os.File
	var err error
	if p.isFd {
		fd, e := syscall.Dup(p.fd)
		if e != nil {
			return nil, e
		}
		f = os.NewFile(uintptr(fd), "")
	} else {
		f, err = os.Open(p.s)
		if err != nil {
			return nil, err
		}
	}
	defer f.Close()
	var st syscall.Stat_t
	if err := syscall.Fstat(int(f.Fd()), &st); err != nil {
		return nil, err
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return nil, syscall.ENOTDIR
	}
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	out := make([]dirent, 0, len(ents))
	for _, e := range ents {
		d := dirent{name: e.Name()}
		switch {
		case e.Type()&os.ModeSymlink != 0:
			d.typ = 3
		case e.IsDir():
			d.typ = 1
		case e.Type().IsRegular():
			d.typ = 2
		}
		if info, err := e.Info(); err == nil {
			if s, ok := info.Sys().(*syscall.Stat_t); ok {
				d.ino = s.Ino
			}
		}
		out = append(out, d)
	}
	// Go sorts ReadDir by name; CPython returns directory order, which
	// is not reproducible either, so sorted is as good and deterministic.
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

func makeStat(st *syscall.Stat_t) Object {
	i := func(v int64) Object { return py.MakeInt(v) }
	ft := func(ts syscall.Timespec) Object { return py.NewFloat(float64(ts.Sec) + float64(ts.Nsec)*1e-9) }
	ns := func(ts syscall.Timespec) Object { return py.MakeInt(ts.Sec*1e9 + ts.Nsec) }
	return statResult.Make(
		i(int64(st.Mode)), i(int64(st.Ino)), i(int64(st.Dev)), i(int64(st.Nlink)), i(int64(st.Uid)), i(int64(st.Gid)), i(st.Size),
		i(st.Atim.Sec), i(st.Mtim.Sec), i(st.Ctim.Sec),
		ft(st.Atim), ft(st.Mtim), ft(st.Ctim), ns(st.Atim), ns(st.Mtim), ns(st.Ctim),
		i(int64(st.Blksize)), i(st.Blocks), i(int64(st.Rdev)),
	)
}
