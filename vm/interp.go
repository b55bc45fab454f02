package vm

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/compiler"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/syntax/parser"
	"github.com/pygo/pygo/syntax/scanner"
)

// Config describes the process an Interp runs in.
type Config struct {
	Argv   []string // sys.argv
	Path   []string // sys.path
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// GIL is the value of -X gil / PYTHON_GIL: "" when not given (free-threaded;
	// sys.flags.gil is None), "0" or "1" (one global lock around thread bodies).
	GIL string

	// Command-line state (internal/cli; runmain.go).
	Executable  string   // sys.executable
	OrigArgv    []string // sys.orig_argv (nil: same as Argv)
	XOptions    []string // -X options as given, "name" or "name=value", in order: sys._xoptions
	WarnOptions []string // -W options and PYTHONWARNINGS entries, in order: sys.warnoptions
	Flags       Flags    // sys.flags (DefaultFlags() for a plain run)
	Unbuffered  bool     // -u, PYTHONUNBUFFERED: sys.stdout writes through
	// LineBuffered: stdout is a terminal, so sys.stdout is flushed at
	// each newline, as CPython's is.
	LineBuffered bool
}

// Interp is one interpreter: builtins, sys, the module table.
type Interp struct {
	Builtins *Module
	Sys      *Module
	Modules  *py.Dict
	stdout   Object // sys.__stdout__ (stdio.go)
	stderr   Object
	stdin    Object
	main     *Thread
	mu       sync.Mutex
	threads  interpThreads // threads.go: GIL, exit hooks
	sig      signalState   // runmain.go: pending SIGINT
	cfg      Config
	// defaultExceptHook is sys.__excepthook__ (runmain.go).
	defaultExceptHook Object
}

var (
	defaultInterp *Interp
	initOnce      sync.Once
)

func initTypes() {
	initOnce.Do(func() {
		initFunctionType()
		initDescrTypes()
		initGenTypes()
		initFrameTypes()
		ModuleType = newTypeS("module", py.ObjectType, &py.Slots{
			Dict: func(o Object) *py.Dict { return (*Module)(o.Ptr()).Dict },
			Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
				m := (*Module)(o.Ptr())
				n, _ := py.StrS(p, m.Dict.GetStr(py.Intern("__name__")))
				if f := m.Dict.GetStr(py.Intern("__file__")); !f.IsNil() {
					fs, _ := py.StrS(p, f)
					return py.NewStrObj("<module '" + n + "' from '" + fs + "'>"), nil
				}
				if m.made {
					return py.NewStrObj("<module '" + n + "'>"), nil
				}
				return py.NewStrObj("<module '" + n + "' (built-in)>"), nil
			},
			GetAttr: moduleGetAttr,
			New:     moduleNew,
		})
		ModuleType.Flags |= py.FlagBaseType
		ModuleType.Dict.SetStr(py.Intern("__dict__"), instanceDictDescr(ModuleType))
		initTextFile()
		py.TypeNewHook = typeNewHook
		// Slot wrappers (__get__, __call__...) of the VM's builtin types.
		for _, ty := range []*py.Type{FunctionType, MethodType, StaticMethodType, ClassMethodType, PropertyType, SuperType, GeneratorType} {
			py.AddSlotWrappers(ty)
		}
		initExcGroupMethods()
		initClassGetItem()
		initDescrAttrs()
		py.BuiltinsModule = func(p *py.Thread) Object {
			if t := vt(p); t.interp != nil && t.interp.Builtins != nil {
				return t.interp.Builtins.Obj()
			}
			return nilObj
		}
	})
}

func moduleGetAttr(p *py.Thread, o Object, name *py.Str) (Object, *py.Exception) {
	v, e := py.GenericGetAttr(p, o, name)
	if e == nil || !e.Matches(py.AttributeErrorType) {
		return v, e
	}
	m := (*Module)(o.Ptr())
	if name.String() == "__annotations__" {
		if v, ok, e := moduleAnnotations(p, m); ok {
			return v, e
		}
	}
	if ga := m.Dict.GetStr(py.Intern("__getattr__")); !ga.IsNil() {
		return vt(p).callObject(ga, []Object{name.Obj()}, nil)
	}
	n, _ := py.StrS(p, m.Dict.GetStr(py.Intern("__name__")))
	return nilObj, py.AttributeError(o, name.String(), "module '%s' has no attribute '%s'", n, name.String())
}

// NewInterp creates an interpreter (the first one becomes the default used
// by threads created outside the VM).
func NewInterp(cfg Config) *Interp {
	initTypes()
	in := &Interp{Modules: py.NewDict(), cfg: cfg}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	in.stdin, in.stdout, in.stderr = textIO.StdStreams(StdConfig{Stdin: cfg.Stdin, Stdout: cfg.Stdout, Stderr: cfg.Stderr,
		Unbuffered: cfg.Unbuffered, LineBuffered: cfg.LineBuffered})
	in.Builtins = NewModule("builtins")
	initBuiltins(in, in.Builtins.Dict)
	in.Modules.SetStr(py.Intern("builtins"), in.Builtins.Obj())
	in.Sys = newSysModule(in, cfg)
	in.Modules.SetStr(py.Intern("sys"), in.Sys.Obj())
	in.main = newThread(in)
	in.threads.gilMode = cfg.GIL == "1"
	defaultInterp = in
	return in
}

// Thread returns the interpreter's main thread.
func (in *Interp) Thread() *Thread { return in.main }

// RunMain runs a compiled program as the __main__ module.
func (in *Interp) RunMain(code *bytecode.Code, filename string) *py.Exception {
	m := NewModule("__main__")
	m.Dict.SetStr(py.Intern("__builtins__"), in.Builtins.Obj())
	m.Dict.SetStr(py.Intern("__file__"), py.NewStrObj(filename))
	m.Dict.SetStr(py.Intern("__cached__"), py.None)
	in.Modules.SetStr(py.Intern("__main__"), m.Obj())
	return in.runModuleCode(code, m)
}

func (in *Interp) runModuleCode(code *bytecode.Code, m *Module) (exc *py.Exception) {
	t := in.main
	defer func() {
		if r := recover(); r != nil {
			exc = py.SystemError("internal error: %v", r)
		}
	}()
	_, exc = t.runCode(NewCode(code), m.Dict, nilObj)
	return exc
}

// ---------------------------------------------------------------- imports

func (t *Thread) importName(fr *Frame, name string, fromlist Object, level int) (Object, *py.Exception) {
	imp := fr.builtins.GetStr(py.Intern("__import__"))
	if !imp.IsNil() && imp.Type() != py.BuiltinFunctionType {
		locals := fr.locals
		if locals.IsNil() {
			locals = py.None
		}
		return t.callObject(imp, []Object{py.NewStrObj(name), fr.globals.Obj(), locals, fromlist, py.MakeInt(int64(level))}, nil)
	}
	return t.importModule(name, fr.globals, fromlist, level)
}

// importModule is __import__(name, globals, None, fromlist, level).
func (t *Thread) importModule(name string, globals *py.Dict, fromlist Object, level int) (Object, *py.Exception) {
	in := t.interp
	abs := name
	if level > 0 {
		pkg := ""
		if globals != nil {
			if p := globals.GetStr(py.Intern("__package__")); !p.IsNil() && !p.IsNone() {
				pkg, _ = py.StrS(t.P, p)
			} else if n := globals.GetStr(py.Intern("__name__")); !n.IsNil() {
				pkg, _ = py.StrS(t.P, n)
				if globals.GetStr(py.Intern("__path__")).IsNil() {
					if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
						pkg = pkg[:i]
					} else {
						pkg = ""
					}
				}
			}
		}
		if pkg == "" {
			return nilObj, py.Errorf(py.ImportErrorType, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if level-1 > len(parts)-1 {
			return nilObj, py.Errorf(py.ImportErrorType, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if name == "" {
			abs = base
		} else {
			abs = base + "." + name
		}
	}
	if abs == "" {
		return nilObj, py.ValueError("Empty module name")
	}
	parts := strings.Split(abs, ".")
	var top, mod Object
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m, e := t.loadModule(full, mod)
		if e != nil {
			return nilObj, e
		}
		if i == 0 {
			top = m
		}
		mod = m
	}
	hasFrom := !fromlist.IsNil() && !fromlist.IsNone()
	if hasFrom {
		if ft, ok := py.AsTuple(fromlist); ok && ft.Len() > 0 {
			if mm := asModule(mod); mm != nil && !mm.Dict.GetStr(py.Intern("__path__")).IsNil() {
				for _, f := range ft.Items() {
					fs, _ := py.StrS(t.P, f)
					if fs == "*" || !mm.Dict.GetStr(py.Intern(fs)).IsNil() {
						continue
					}
					if _, e := t.loadModule(abs+"."+fs, mod); e != nil && !e.Matches(py.ModuleNotFoundErrorType) {
						return nilObj, e
					}
				}
			}
			return mod, nil
		}
	}
	if level > 0 && name == "" {
		return mod, nil
	}
	if level > 0 {
		// Relative `import .a.b` is not valid syntax; from-imports return mod.
		return mod, nil
	}
	_ = in
	return top, nil
}

func (t *Thread) loadModule(full string, parent Object) (Object, *py.Exception) {
	in := t.interp
	if m := in.Modules.GetStr(py.Intern(full)); !m.IsNil() {
		if m.IsNone() {
			e := py.Errorf(py.ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", full)
			e.SetField("name", py.NewStrObj(full))
			return nilObj, e
		}
		return m, nil
	}
	var dirs []string
	short := full
	if parent.IsNil() {
		dirs = t.sysPath()
	} else {
		pm := asModule(parent)
		short = full[strings.LastIndexByte(full, '.')+1:]
		if pm == nil || pm.Dict.GetStr(py.Intern("__path__")).IsNil() {
			pn := full[:strings.LastIndexByte(full, '.')]
			if pm != nil {
				pn, _ = py.StrS(t.P, pm.Dict.GetStr(py.Intern("__name__")))
			}
			e := py.Errorf(py.ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", full, pn)
			e.SetField("name", py.NewStrObj(full))
			return nilObj, e
		}
		items, _ := py.SequenceItems(t.P, pm.Dict.GetStr(py.Intern("__path__")))
		for _, it := range items {
			s, _ := py.StrS(t.P, it)
			dirs = append(dirs, s)
		}
	}
	if bm, e := builtinModule(t, full); e != nil || !bm.IsNil() {
		return bm, e
	}
	for _, d := range dirs {
		pkgInit := filepath.Join(d, short, "__init__.py")
		if st, err := statFile(pkgInit); err == nil && !st.IsDir() {
			return t.execFile(full, pkgInit, filepath.Join(d, short), parent, short)
		}
		file := filepath.Join(d, short+".py")
		if st, err := statFile(file); err == nil && !st.IsDir() {
			return t.execFile(full, file, "", parent, short)
		}
	}
	if portions := namespacePortions(dirs, short); len(portions) > 0 {
		return t.loadNamespace(full, short, portions, parent), nil
	}
	return nilObj, moduleNotFound(full)
}

func moduleNotFound(name string) *py.Exception {
	e := py.Errorf(py.ModuleNotFoundErrorType, "No module named '%s'", name)
	e.SetField("name", py.NewStrObj(name))
	return e
}

func (t *Thread) sysPath() []string {
	p := t.interp.Sys.Dict.GetStr(py.Intern("path"))
	items, _ := py.SequenceItems(t.P, p)
	var out []string
	for _, it := range items {
		if s, ok := py.AsStr(it); ok {
			d := s.String()
			if d == "" {
				d = "."
			}
			out = append(out, d)
		}
	}
	return out
}

func (t *Thread) execFile(full, file, pkgDir string, parent Object, short string) (Object, *py.Exception) {
	in := t.interp
	src, err := readSource(file)
	if err != nil {
		return nilObj, py.Errorf(py.ImportErrorType, "%s", err.Error())
	}
	code, exc := compileSource(src, file, "exec", 0)
	if exc != nil {
		return nilObj, exc
	}
	m := NewModule(full)
	m.Dict.SetStr(py.Intern("__file__"), py.NewStrObj(file))
	m.Dict.SetStr(py.Intern("__builtins__"), in.Builtins.Obj())
	m.Dict.SetStr(py.Intern("__cached__"), py.None)
	if pkgDir != "" {
		m.Dict.SetStr(py.Intern("__path__"), py.NewList([]Object{py.NewStrObj(pkgDir)}).Obj())
		m.Dict.SetStr(py.Intern("__package__"), py.NewStrObj(full))
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		m.Dict.SetStr(py.Intern("__package__"), py.NewStrObj(full[:i]))
	} else {
		m.Dict.SetStr(py.Intern("__package__"), py.NewStrObj(""))
	}
	var locs Object
	if pkgDir != "" {
		locs = m.Dict.GetStr(py.Intern("__path__"))
	}
	setModuleSpec(m, full, file, locs)
	in.Modules.SetStr(py.Intern(full), m.Obj())
	initializing.Store(m, true)
	_, exc = t.runCode(NewCode(code), m.Dict, nilObj)
	initializing.Delete(m)
	if exc != nil {
		in.Modules.Delete(t.P, py.NewStrObj(full))
		return nilObj, exc
	}
	// The module may have replaced itself in sys.modules.
	res := in.Modules.GetStr(py.Intern(full))
	if res.IsNil() {
		res = m.Obj()
	}
	if pm := asModule(parent); pm != nil {
		pm.Dict.SetStr(py.Intern(short), res)
	}
	return res, nil
}

// compileSource parses and compiles src; errors become SyntaxError objects.
func compileSource(src []byte, filename, mode string, flags int) (*bytecode.Code, *py.Exception) {
	mod, _, perr := parser.Parse(filename, src, parser.Options{FileInput: mode == "exec", Mode: mode})
	if perr != nil {
		return nil, syntaxErrorObj(perr)
	}
	code, _, cerr := compiler.Compile(mod, filename, mode, compiler.Options{})
	if cerr != nil {
		return nil, syntaxErrorObj(cerr)
	}
	return code, nil
}

func syntaxErrorObj(e *scanner.Error) *py.Exception {
	typ := py.SyntaxErrorType
	switch e.Kind {
	case "IndentationError":
		typ = py.IndentationErrorType
	case "TabError":
		typ = py.TabErrorType
	case "SystemError":
		typ = py.SystemErrorType
	}
	text := py.None
	if !e.NoText {
		text = py.NewStrObj(e.Text)
	}
	details := py.NewTuple(py.NewStrObj(e.Filename), py.MakeInt(int64(e.Lineno)), py.MakeInt(int64(e.Offset)), text,
		py.MakeInt(int64(e.EndLineno)), py.MakeInt(int64(e.EndOffset))).Obj()
	v, exc := py.Call(nil, typ.Obj(), []Object{py.NewStrObj(e.Msg), details}, nil)
	if exc != nil {
		return exc
	}
	return py.AsException(v)
}

func (t *Thread) importFrom(mod Object, name *py.Str) (Object, *py.Exception) {
	v, e := py.GetAttr(t.P, mod, name)
	if e == nil {
		return v, nil
	}
	if !e.Matches(py.AttributeErrorType) {
		return nilObj, e
	}
	mn := "<unknown module name>"
	if n, e2 := py.GetAttrOpt(t.P, mod, "__name__"); e2 == nil && !n.IsNil() {
		mn, _ = py.StrS(t.P, n)
		if sub := t.interp.Modules.GetStr(py.Intern(mn + "." + name.String())); !sub.IsNil() {
			return sub, nil
		}
	}
	loc := ""
	if m := asModule(mod); m != nil {
		if f := m.Dict.GetStr(py.Intern("__file__")); !f.IsNil() {
			fs, _ := py.StrS(t.P, f)
			loc = " (" + fs + ")"
		} else {
			loc = " (unknown location)"
		}
	}
	if m := asModule(mod); m != nil {
		if _, busy := initializing.Load(m); busy {
			ie := py.Errorf(py.ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import)%s", name.String(), mn, loc)
			ie.SetField("name", py.NewStrObj(mn))
			ie.SetField("name_from", name.Obj())
			return nilObj, ie
		}
	}
	ie := py.Errorf(py.ImportErrorType, "cannot import name '%s' from '%s'%s", name.String(), mn, loc)
	ie.SetField("name", py.NewStrObj(mn))
	ie.SetField("name_from", name.Obj()) // for the traceback's "Did you mean"
	return nilObj, ie
}

func (t *Thread) importStar(fr *Frame, mod Object) *py.Exception {
	var names []Object
	all, e := py.GetAttrOpt(t.P, mod, "__all__")
	if e != nil {
		return e
	}
	if !all.IsNil() {
		names, e = py.SequenceItems(t.P, all)
		if e != nil {
			return e
		}
	} else {
		m := asModule(mod)
		if m == nil {
			return nil
		}
		keys, _ := m.Dict.Items()
		for _, k := range keys {
			if s, ok := py.AsStr(k); ok && !strings.HasPrefix(s.String(), "_") {
				names = append(names, k)
			}
		}
	}
	for _, n := range names {
		s, _ := py.AsStr(n)
		v, e := py.GetAttr(t.P, mod, py.Intern(s.String()))
		if e != nil {
			return e
		}
		if e := py.SetItem(t.P, fr.locals, n, v); e != nil {
			return e
		}
	}
	return nil
}
