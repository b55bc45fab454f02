package vm

import (
	"math"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/stdlib"
)

// Version is the Python version pygo implements.
const Version = "3.14.2"

func newSysModule(in *Interp, cfg Config) *Module {
	m := NewModule("sys")
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	fn := func(name string, f bfn) { set(name, py.NewBuiltin(name, f).Obj()) }
	strs := func(ss []string) Object {
		items := make([]Object, len(ss))
		for i, s := range ss {
			items[i] = py.NewStrObj(s)
		}
		return py.NewList(items).Obj()
	}
	argv := cfg.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	set("argv", strs(argv))
	set("orig_argv", strs(argv))
	// The embedded library comes after the caller's entries, where
	// CPython puts its own library after the script's folder and
	// PYTHONPATH.
	set("path", strs(append(append([]string(nil), cfg.Path...), stdlib.Dir)))
	set("modules", in.Modules.Obj())
	set("stdout", in.stdout)
	set("stderr", in.stderr)
	set("stdin", in.stdin)
	set("__stdout__", in.stdout)
	set("__stderr__", in.stderr)
	set("__stdin__", in.stdin)
	set("version", py.NewStrObj(Version+" (pygo, pure Go, free-threaded)"))
	set("version_info", py.NewTuple(py.MakeInt(3), py.MakeInt(14), py.MakeInt(2), py.NewStrObj("final"), py.MakeInt(0)).Obj())
	set("hexversion", py.MakeInt(0x030E02F0))
	set("maxsize", py.MakeInt(math.MaxInt64))
	set("maxunicode", py.MakeInt(0x10FFFF))
	set("byteorder", py.NewStrObj("little"))
	set("platform", py.NewStrObj("linux"))
	set("builtin_module_names", strsTuple(NativeModuleNames()))
	impl := NewModule("implementation")
	impl.Dict.SetStr(py.Intern("name"), py.NewStrObj("pygo"))
	impl.Dict.SetStr(py.Intern("version"), d.GetStr(py.Intern("version_info")))
	impl.Dict.SetStr(py.Intern("cache_tag"), py.None)
	set("implementation", impl.Obj())
	set("flags", py.None)
	fn("exit", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) > 1 {
			return nilObj, py.TypeError("exit expected at most 1 argument, got %d", len(args))
		}
		return nilObj, py.NewException(py.SystemExitType, args...)
	})
	fn("getrecursionlimit", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.MakeInt(int64(p.MaxDepth)), nil
	})
	fn("setrecursionlimit", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("setrecursionlimit() takes exactly one argument (%d given)", len(args))
		}
		if !py.IsInt(args[0]) {
			return nilObj, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
		}
		n, ok := py.AsInt64(args[0])
		if !ok || n < 1 {
			return nilObj, py.ValueError("recursion limit must be greater or equal than 1")
		}
		if n > 1<<20 {
			n = 1 << 20
		}
		if int(n) <= p.Depth {
			return nilObj, py.RecursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, p.Depth)
		}
		p.MaxDepth = int(n)
		return py.None, nil
	})
	fn("exc_info", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		e := vt(p).handled
		if e == nil {
			return py.NewTuple(py.None, py.None, py.None).Obj(), nil
		}
		tb := e.Traceback()
		if tb.IsNil() {
			tb = py.None
		}
		return py.NewTuple(e.Type().Obj(), e.Obj(), tb).Obj(), nil
	})
	fn("exception", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		e := vt(p).handled
		if e == nil {
			return py.None, nil
		}
		return e.Obj(), nil
	})
	fn("_is_gil_enabled", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.False, nil
	})
	fn("getdefaultencoding", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.NewStrObj("utf-8"), nil
	})
	fn("intern", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s, ok := py.AsStr(args[0])
		if !ok {
			return nilObj, py.TypeError("intern() argument must be str, not %s", py.TypeName(args[0]))
		}
		return py.Intern(s.String()).Obj(), nil
	})
	fn("_getframe", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		t := vt(p)
		depth := int64(0)
		if len(args) > 0 {
			depth, _ = py.AsInt64(args[0])
		}
		i := t.n - 1 - int(depth)
		if i < 0 {
			return nilObj, py.ValueError("call stack is not deep enough")
		}
		return t.frameObject(t.frames[i]).Obj(), nil
	})
	fn("getsizeof", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.MakeInt(64), nil
	})
	sysExtras(in, cfg, m) // vm/sysinfo.go
	// runmain.go: the command line's executable, flags, _xoptions, warnoptions.
	initSysCLI(in, cfg, d)
	return m
}

func strsTuple(ss []string) Object {
	items := make([]Object, len(ss))
	for i, s := range ss {
		items[i] = py.NewStrObj(s)
	}
	return py.NewTuple(items...).Obj()
}
