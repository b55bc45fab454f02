package vm

import (
	"math"
	"os"
	"sync"
	"time"

	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/py"
)

// The struct-sequence types of sys, made once.
var (
	sysTypesOnce                                                     sync.Once
	flagsType, floatInfoType, intInfoType, hashInfoType, versionType *StructSeqType
	threadInfoType                                                   *StructSeqType
)

func initSysTypes() {
	sysTypesOnce.Do(func() {
		flagsType = NewStructSeq("sys", "flags", []string{"debug", "inspect", "interactive", "optimize",
			"dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
			"bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
			"warn_default_encoding", "safe_path", "int_max_str_digits",
			"gil", "thread_inherit_context", "context_aware_warnings"}, 18)
		floatInfoType = NewStructSeq("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min",
			"min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11)
		intInfoType = NewStructSeq("sys", "int_info", []string{"bits_per_digit", "sizeof_digit",
			"default_max_str_digits", "str_digits_check_threshold"}, 4)
		hashInfoType = NewStructSeq("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag",
			"algorithm", "hash_bits", "seed_bits", "cutoff"}, 9)
		versionType = NewStructSeq("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, 5)
		threadInfoType = NewStructSeq("sys", "thread_info", []string{"name", "lock", "version"}, 3)
	})
}

// stdlibModuleNames is sys.stdlib_module_names: the modules of CPython's
// standard library (whether or not pygo has them yet).
var stdlibModuleNames = []string{
	"__future__", "_abc", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs", "_collections",
	"_collections_abc", "_colorize", "_compat_pickle", "_compression", "_contextvars", "_csv", "_ctypes",
	"_datetime", "_decimal", "_functools", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
	"_lsprof", "_lzma", "_markupbase", "_md5", "_operator", "_opcode", "_pickle", "_posixsubprocess",
	"_py_abc", "_pydatetime", "_pydecimal", "_pyio", "_pylong", "_queue", "_random", "_sha1", "_sha2",
	"_sha3", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_string",
	"_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tokenize", "_tracemalloc",
	"_typing", "_warnings", "_weakref", "_weakrefset", "abc", "annotationlib", "argparse", "array", "ast",
	"asyncio", "atexit", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar",
	"cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "compression",
	"concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes",
	"curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email",
	"encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput",
	"fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext",
	"glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib",
	"importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "linecache", "locale",
	"logging", "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap", "modulefinder",
	"multiprocessing", "netrc", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse",
	"os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib", "poplib",
	"posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr",
	"pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
	"resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex",
	"shutil", "signal", "site", "smtplib", "socket", "socketserver", "sqlite3", "sre_compile",
	"sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct",
	"subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "tempfile",
	"termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
	"tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing",
	"unicodedata", "unittest", "urllib", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser",
	"wsgiref", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
}

var startTime = time.Now()

// sysExtras adds the informational and hook attributes of sys.
func sysExtras(in *Interp, cfg Config, m *Module) {
	initSysTypes()
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	fn := func(name string, f bfn) { set(name, py.NewBuiltin(name, f).Obj()) }
	i := func(v int64) Object { return py.MakeInt(v) }
	s := py.NewStrObj
	vi := versionType.Make(i(3), i(14), i(2), s("final"), i(0))
	set("version_info", vi)
	set("flags", flagsType.Make(i(0), i(0), i(0), i(0), i(0), i(0), i(0), i(0), i(0), i(0), i(0), i(1), i(0),
		py.False, i(0), i(0), py.False, i(-1), py.None, py.True, py.True))
	set("float_info", floatInfoType.Make(py.NewFloat(math.MaxFloat64), i(1024), i(308),
		py.NewFloat(2.2250738585072014e-308), i(-1021), i(-307), i(15), i(53),
		py.NewFloat(2.220446049250313e-16), i(2), i(1)))
	set("int_info", intInfoType.Make(i(30), i(4), i(4300), i(640)))
	set("hash_info", hashInfoType.Make(i(64), i(2305843009213693951), i(314159), i(0), i(1000003),
		s("siphash13"), i(64), i(128), i(0)))
	set("thread_info", threadInfoType.Make(s("pthread"), s("mutex+cond"), py.None))
	impl := NewModule("implementation")
	impl.Dict.SetStr(py.Intern("name"), s("pygo"))
	impl.Dict.SetStr(py.Intern("cache_tag"), py.None)
	impl.Dict.SetStr(py.Intern("version"), vi)
	impl.Dict.SetStr(py.Intern("hexversion"), i(0x030E02F0))
	impl.Dict.SetStr(py.Intern("_multiarch"), s("x86_64-linux-gnu"))
	impl.Dict.SetStr(py.Intern("supports_isolated_interpreters"), py.False)
	set("implementation", impl.Obj())
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	set("executable", s(exe))
	set("_base_executable", s(exe))
	for _, n := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
		set(n, s("/"))
	}
	set("platlibdir", s("lib"))
	set("pycache_prefix", py.None)
	set("abiflags", s("t"))
	set("api_version", i(1013))
	set("float_repr_style", s("short"))
	set("dont_write_bytecode", py.False)
	set("warnoptions", py.NewList(nil).Obj())
	set("_xoptions", py.NewDict().Obj())
	set("path_hooks", py.NewList(nil).Obj())
	set("meta_path", py.NewList(nil).Obj())
	set("path_importer_cache", py.NewDict().Obj())
	set("copyright", s("Copyright (c) pygo authors.\nPython is a trademark of the Python Software Foundation."))
	set("_git", py.NewTuple(s("pygo"), s(""), s("")).Obj())
	set("_framework", s(""))
	names := make([]Object, len(stdlibModuleNames))
	for k, n := range stdlibModuleNames {
		names[k] = s(n)
	}
	if fs, e := py.NewSet(in.main0(), names, true); e == nil {
		set("stdlib_module_names", fs.Obj())
	}
	constFn := func(name string, v Object) {
		fn(name, func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) { return v, nil })
	}
	constFn("getfilesystemencoding", s("utf-8"))
	constFn("getfilesystemencodeerrors", s("surrogateescape"))
	constFn("is_finalizing", py.False)
	constFn("getallocatedblocks", i(0))
	constFn("getdlopenflags", i(2))
	constFn("gettrace", py.None)
	constFn("getprofile", py.None)
	constFn("is_stack_trampoline_active", py.False)
	constFn("_is_gil_enabled", py.Bool(cfg.GIL == "1")) // -X gil=1: threads.go's global lock
	for _, n := range []string{"audit", "addaudithook", "settrace", "setprofile", "_clear_type_cache",
		"_clear_internal_caches", "setdlopenflags", "activate_stack_trampoline", "deactivate_stack_trampoline"} {
		constFn(n, py.None)
	}
	var switchMu sync.Mutex
	switchInterval := 0.005
	fn("getswitchinterval", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		switchMu.Lock()
		defer switchMu.Unlock()
		return py.NewFloat(switchInterval), nil
	})
	fn("setswitchinterval", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("setswitchinterval() takes exactly one argument (%d given)", len(args))
		}
		f, e := py.ToFloat(p, args[0])
		if e != nil {
			return nilObj, e
		}
		if f <= 0 {
			return nilObj, py.ValueError("switch interval must be strictly positive")
		}
		switchMu.Lock()
		switchInterval = f
		switchMu.Unlock()
		return py.None, nil
	})
	fn("getrefcount", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("getrefcount() takes exactly one argument (%d given)", len(args))
		}
		return i(2), nil
	})
	fn("getsizeof", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) < 1 || len(args) > 2 {
			return nilObj, py.TypeError("getsizeof() takes at most 2 arguments (%d given)", len(args))
		}
		return i(sizeOf(p, args[0])), nil
	})
	fn("get_int_max_str_digits", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return i(int64(py.MaxStrDigits)), nil
	})
	fn("set_int_max_str_digits", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var v Object
		if len(args) == 1 {
			v = args[0]
		}
		if kw.Len() == 1 {
			if k, _ := py.AsStr(kw.Items()[0]); k == nil || k.String() != "maxdigits" {
				return nilObj, py.TypeError("set_int_max_str_digits() got an unexpected keyword argument '%s'", k)
			}
		}
		if len(args) != 1 {
			return nilObj, py.TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
		}
		n, ok := py.AsInt64(v)
		if !ok || !py.IsInt(v) {
			return nilObj, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(v))
		}
		if n != 0 && n < 640 {
			return nilObj, py.ValueError("maxdigits must be >= 640 or 0 for unlimited")
		}
		py.MaxStrDigits = int(n)
		return py.None, nil
	})
	hook := py.NewBuiltin("excepthook", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 3 {
			return nilObj, py.TypeError("excepthook expected 3 arguments, got %d", len(args))
		}
		e := py.AsException(args[1])
		if e == nil {
			if r, err := py.StrS(p, args[1]); err == nil {
				in.writeStd(in.stderr, "TypeError: print_exception(): Exception expected for value, "+py.TypeName(args[1])+" found\n")
				_ = r
			}
			return py.None, nil
		}
		in.flushStd(in.stdout)
		in.writeStd(in.stderr, report.Traceback(in.tracebackChain(vt(p), e), &report.SourceLines{}))
		in.flushStd(in.stderr)
		return py.None, nil
	}).Obj()
	set("excepthook", hook)
	set("__excepthook__", hook)
	dhook := py.NewBuiltin("displayhook", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("displayhook() takes exactly one argument (%d given)", len(args))
		}
		if args[0].IsNone() {
			return py.None, nil
		}
		r, e := py.ReprS(p, args[0])
		if e != nil {
			return nilObj, e
		}
		in.Builtins.Dict.SetStr(py.Intern("_"), py.None)
		in.writeStd(in.stdout, r+"\n")
		in.Builtins.Dict.SetStr(py.Intern("_"), args[0])
		return py.None, nil
	}).Obj()
	set("displayhook", dhook)
	set("__displayhook__", dhook)
	uhook := py.NewBuiltin("unraisablehook", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.None, nil
	}).Obj()
	set("unraisablehook", uhook)
	set("__unraisablehook__", uhook)
	_ = startTime
}

// main0 is a py.Thread for set-up work before the main thread exists.
func (in *Interp) main0() *py.Thread {
	if in.main != nil {
		return in.main.P
	}
	return py.NewThread()
}

// sizeOf is a plausible sys.getsizeof: CPython's sizes on 64-bit builds
// for the common types (base size plus items), 16 bytes of header
// otherwise.
func sizeOf(p *py.Thread, o Object) int64 {
	switch t := o.Type(); {
	case t == py.BoolType:
		return 28
	case t == py.IntType:
		if b, ok := py.BigValue(o); ok {
			n := int64((b.BitLen() + 29) / 30)
			if n == 0 {
				n = 1
			}
			return 24 + 4*n
		}
		return 28
	case t == py.FloatType:
		return 24
	case t == py.NoneType:
		return 16
	case t.Flags&py.FlagStrSubclass != 0:
		st, _ := py.AsStr(o)
		if st.IsASCII() {
			return int64(41 + len(st.String()))
		}
		maxc := rune(0)
		for _, c := range st.String() {
			maxc = max(maxc, c)
		}
		switch {
		case maxc < 256:
			return int64(57 + st.Len())
		case maxc < 65536:
			return int64(58 + 2*st.Len())
		}
		return int64(60 + 4*st.Len())
	case t.Flags&py.FlagBytesSubclass != 0:
		b, _ := py.AsBytes(o)
		return int64(33 + len(b.Data()))
	case t.Flags&py.FlagTupleSubclass != 0:
		tu, _ := py.AsTuple(o)
		return int64(40 + 8*tu.Len())
	case t.Flags&py.FlagListSubclass != 0:
		l, _ := py.AsList(o)
		return int64(56 + 8*l.Len())
	case t.Flags&py.FlagDictSubclass != 0:
		dd, _ := py.AsDict(o)
		n := dd.Len()
		switch {
		case n == 0:
			return 64
		case n <= 5:
			return 184
		case n <= 10:
			return 272
		}
		size := int64(8)
		for size*2/3 < int64(n) {
			size *= 2
		}
		return 64 + size*8 + size*2/3*24
	case t.Flags&py.FlagSetSubclass != 0:
		return 216
	}
	return 56
}
