package vm

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// This file holds what the command line (internal/cli) needs from the VM
// beyond running a program: the values of sys.flags and friends, running
// a module as __main__ (-m), the interactive loop's statements, SIGINT as
// KeyboardInterrupt, and turning Go panics into SystemError.

// Flags are the command-line settings sys.flags reports (Config.Flags).
// Field names follow sys.flags' attributes.
type Flags struct {
	Debug               int
	Inspect             int // -i, PYTHONINSPECT
	Interactive         int // -i
	Optimize            int // -O (1), -OO (2), PYTHONOPTIMIZE
	DontWriteBytecode   int // -B, PYTHONDONTWRITEBYTECODE
	NoUserSite          int // -s, -I, PYTHONNOUSERSITE
	NoSite              int // -S
	IgnoreEnvironment   int // -E, -I
	Verbose             int // -v (counted), PYTHONVERBOSE
	BytesWarning        int // -b (counted)
	Quiet               int // -q
	HashRandomization   int // 1 unless PYTHONHASHSEED=0
	Isolated            int // -I
	DevMode             bool
	UTF8Mode            int
	WarnDefaultEncoding int
	SafePath            bool // -P, -I, PYTHONSAFEPATH
	IntMaxStrDigits     int  // -X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1 when not given
}

// DefaultFlags are the flags of a plain `pygo FILE`.
func DefaultFlags() Flags { return Flags{HashRandomization: 1, IntMaxStrDigits: -1} }

// initSysCLI adds the sys attributes that come from the command line and
// the hooks of the uncaught-exception machinery.
func initSysCLI(in *Interp, cfg Config, d *py.Dict) {
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	strs := func(ss []string) Object {
		items := make([]Object, len(ss))
		for i, s := range ss {
			items[i] = py.NewStrObj(s)
		}
		return py.NewList(items).Obj()
	}
	if cfg.Executable != "" {
		set("executable", py.NewStrObj(cfg.Executable))
	}
	if cfg.OrigArgv != nil {
		set("orig_argv", strs(cfg.OrigArgv))
	}
	set("warnoptions", strs(cfg.WarnOptions))
	xo := py.NewDict()
	for _, o := range cfg.XOptions {
		if k, v, ok := strings.Cut(o, "="); ok {
			xo.SetStr(py.Intern(k), py.NewStrObj(v))
		} else {
			xo.SetStr(py.Intern(o), py.True)
		}
	}
	set("_xoptions", xo.Obj())
	if flagsType != nil {
		f := cfg.Flags
		if f == (Flags{}) {
			f = DefaultFlags()
		}
		i := func(v int) Object { return py.MakeInt(int64(v)) }
		gil := py.None
		switch cfg.GIL {
		case "0":
			gil = i(0)
		case "1":
			gil = i(1)
		}
		set("flags", flagsType.Make(i(f.Debug), i(f.Inspect), i(f.Interactive), i(f.Optimize),
			i(f.DontWriteBytecode), i(f.NoUserSite), i(f.NoSite), i(f.IgnoreEnvironment), i(f.Verbose),
			i(f.BytesWarning), i(f.Quiet), i(f.HashRandomization), i(f.Isolated), py.Bool(f.DevMode),
			i(f.UTF8Mode), i(f.WarnDefaultEncoding), py.Bool(f.SafePath), i(f.IntMaxStrDigits),
			gil, py.True, py.True))
	}
	if d.GetStr(py.Intern("displayhook")).IsNil() {
		dh := py.NewBuiltin("displayhook", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 {
				return nilObj, py.TypeError("displayhook() takes exactly one argument (%d given)", len(args))
			}
			return vt(p).displayHook(args[0])
		}).Obj()
		set("displayhook", dh)
		set("__displayhook__", dh)
	}
	if d.GetStr(py.Intern("excepthook")).IsNil() {
		eh := py.NewBuiltin("excepthook", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 3 {
				return nilObj, py.TypeError("excepthook expected 3 arguments, got %d", len(args))
			}
			e := py.AsException(args[1])
			if e == nil {
				in.writeStd(in.stderr, "TypeError: print_exception(): Exception expected for value, "+py.TypeName(args[1])+" found\n")
				return py.None, nil
			}
			in.writeStd(in.stderr, vt(p).FormatException(e))
			return py.None, nil
		}).Obj()
		set("excepthook", eh)
		set("__excepthook__", eh)
	}
	in.defaultExceptHook = d.GetStr(py.Intern("__excepthook__"))
	if cfg.Flags.NoSite == 0 {
		// site adds exit and quit to builtins.
		quitterOnce.Do(initQuitter)
		for _, n := range []string{"exit", "quit"} {
			q := &quitter{Head: py.MakeHead(quitterType), name: n}
			in.Builtins.Dict.SetStr(py.Intern(n), py.FromPtr(unsafe.Pointer(q)))
		}
	}
}

// quitter is the type of the exit and quit builtins (CPython's
// _sitebuiltins.Quitter): calling one raises SystemExit.
type quitter struct {
	py.Head
	name string
}

var (
	quitterType *py.Type
	quitterOnce sync.Once
)

func initQuitter() {
	quitterType = newTypeS("Quitter", py.ObjectType, &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			q := (*quitter)(o.Ptr())
			return py.NewStrObj("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"), nil
		},
		Call: func(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) > 1 {
				return nilObj, py.TypeError("Quitter.__call__() takes from 1 to 2 positional arguments but %d were given", len(args)+1)
			}
			return nilObj, py.NewException(py.SystemExitType, args...)
		},
	})
	quitterType.Module = "_sitebuiltins"
	quitterType.Qualname = "Quitter"
}

// displayHook is sys.displayhook: the interactive loop's printing of an
// expression statement's value, which also becomes builtins._.
func (t *Thread) displayHook(v Object) (Object, *py.Exception) {
	if v.IsNone() {
		return py.None, nil
	}
	b := t.interp.Builtins.Dict
	b.SetStr(py.Intern("_"), py.None)
	s, e := py.ReprS(t.P, v)
	if e != nil {
		return nilObj, e
	}
	out := t.interp.Sys.Dict.GetStr(py.Intern("stdout"))
	if out.IsNil() || out.IsNone() {
		return nilObj, py.RuntimeError("lost sys.stdout")
	}
	if e := writeText(t.P, out, s+"\n"); e != nil {
		return nilObj, e
	}
	b.SetStr(py.Intern("_"), v)
	return py.None, nil
}

// ---------------------------------------------------------------- __main__

// MainModule returns the __main__ module, creating it on first use (the
// interactive loop and -c share it with what ran before).
func (in *Interp) MainModule() *Module {
	if m := asModule(in.Modules.GetStr(py.Intern("__main__"))); m != nil {
		return m
	}
	m := NewModule("__main__")
	m.Dict.SetStr(py.Intern("__builtins__"), in.Builtins.Obj())
	m.Dict.SetStr(py.Intern("__package__"), py.None)
	m.Dict.SetStr(py.Intern("__spec__"), py.None)
	in.Modules.SetStr(py.Intern("__main__"), m.Obj())
	return m
}

// RunMainModule runs code as __main__ the way runpy runs `-m NAME`: file is
// the module's file, pkg the package it belongs to ("" for a top-level
// module).
func (in *Interp) RunMainModule(code *bytecode.Code, file, pkg string) *py.Exception {
	m := in.MainModule()
	m.Dict.SetStr(py.Intern("__file__"), py.NewStrObj(file))
	m.Dict.SetStr(py.Intern("__cached__"), py.None)
	m.Dict.SetStr(py.Intern("__package__"), py.NewStrObj(pkg))
	return in.runModuleCode(code, m)
}

// RunInteractive runs one statement of the interactive loop (compiled in
// "single" mode) in __main__.
func (in *Interp) RunInteractive(code *bytecode.Code) *py.Exception {
	return in.runModuleCode(code, in.MainModule())
}

// ReadSource reads a file of the import path (the embedded library
// included).
func ReadSource(path string) ([]byte, error) { return readSource(path) }

// FindMainModule locates module name for `-m name` as runpy does: it imports
// the parent packages, and for a package it looks for its __main__
// submodule. It returns the module's file and package, or the message
// CPython prints after "EXECUTABLE: " (msg) when there is nothing to run,
// or the exception an imported parent package raised (exc).
func (in *Interp) FindMainModule(name string) (file, pkg, msg string, exc *py.Exception) {
	t := in.main
	for depth := 0; depth < 2; depth++ {
		if strings.HasPrefix(name, ".") {
			return "", "", "Relative module names not supported", nil
		}
		var dirs []string
		short := name
		pkg = ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg, short = name[:i], name[i+1:]
			pm, e := t.importModule(pkg, nil, nilObj, 0)
			if e == nil {
				pm = in.Modules.GetStr(py.Intern(pkg))
			}
			if e != nil {
				if e.Matches(py.ImportErrorType) {
					s, _ := py.StrS(t.P, e.Obj())
					return "", "", fmt.Sprintf("Error while finding module specification for %s (%s: %s)", pyQuote(name), excTypeName(e.Type()), s), nil
				}
				return "", "", "", e
			}
			m := asModule(pm)
			var path Object
			if m != nil {
				path = m.Dict.GetStr(py.Intern("__path__"))
			}
			if path.IsNil() {
				return "", "", fmt.Sprintf("Error while finding module specification for %s (ModuleNotFoundError: __path__ attribute not found on %s while trying to find %s)", pyQuote(name), pyQuote(pkg), pyQuote(name)), nil
			}
			items, _ := py.SequenceItems(t.P, path)
			for _, it := range items {
				if s, ok := py.AsStr(it); ok {
					dirs = append(dirs, s.String())
				}
			}
		} else {
			dirs = t.sysPath()
		}
		if NativeModuleKnown(name) {
			return "", "", "No code object available for " + name, nil
		}
		isPkg := false
		for _, d := range dirs {
			pkgInit := filepath.Join(d, short, "__init__.py")
			if st, err := statFile(pkgInit); err == nil && !st.IsDir() {
				if depth > 0 {
					return "", "", fmt.Sprintf("No module named %s; %s is a package and cannot be directly executed", name, pyQuote(strings.TrimSuffix(name, ".__main__"))), nil
				}
				// A package runs its __main__ submodule, after the
				// package itself is imported.
				if _, e := t.importModule(name, nil, nilObj, 0); e != nil {
					return "", "", "", e
				}
				isPkg = true
				break
			}
			f := filepath.Join(d, short+".py")
			if st, err := statFile(f); err == nil && !st.IsDir() {
				if !filepath.IsAbs(f) {
					if abs, err := filepath.Abs(f); err == nil {
						f = abs
					}
				}
				return f, pkg, "", nil
			}
		}
		if isPkg {
			name += ".__main__"
			continue
		}
		if depth > 0 {
			base := strings.TrimSuffix(name, ".__main__")
			return "", "", fmt.Sprintf("No module named %s; %s is a package and cannot be directly executed", name, pyQuote(base)), nil
		}
		return "", "", "No module named " + name, nil
	}
	return "", "", "No module named " + name, nil
}

// NativeModuleKnown reports whether name is a module written in Go.
func NativeModuleKnown(name string) bool {
	for _, n := range NativeModuleNames() {
		if n == name {
			return true
		}
	}
	return name == "sys" || name == "builtins"
}

func pyQuote(s string) string {
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		return `"` + s + `"`
	}
	return "'" + strings.ReplaceAll(s, "'", `\'`) + "'"
}

// ---------------------------------------------------------------- signals

// signalState is an interpreter's pending SIGINT: the signal handler sets
// pending, and the main thread's eval loop checks it (one atomic load) at
// backward jumps, raising KeyboardInterrupt there. wake is closed when a
// signal arrives, so blocking waits (sleep, input) can give up early.
type signalState struct {
	pending atomic.Int32
	mu      sync.Mutex
	wake    chan struct{}
}

// Interrupt records a SIGINT for the main thread; it is safe to call from
// any goroutine (the command line's os/signal handler).
func (in *Interp) Interrupt() {
	in.sig.mu.Lock()
	in.sig.pending.Store(1)
	if in.sig.wake != nil {
		close(in.sig.wake)
		in.sig.wake = nil
	}
	in.sig.mu.Unlock()
}

// InterruptPending reports (and clears) a SIGINT not yet delivered.
func (in *Interp) InterruptPending() bool { return in.sig.pending.Swap(0) != 0 }

// interruptWake returns a channel closed at the next Interrupt.
func (in *Interp) interruptWake() <-chan struct{} {
	in.sig.mu.Lock()
	defer in.sig.mu.Unlock()
	if in.sig.wake == nil {
		in.sig.wake = make(chan struct{})
	}
	return in.sig.wake
}

// checkSignals is called by the eval loop when a signal is pending: the
// main thread turns it into KeyboardInterrupt; other threads leave it.
func (t *Thread) checkSignals() *py.Exception {
	if t.interp == nil || t.interp.main != t || t.interp.sig.pending.Swap(0) == 0 {
		return nil
	}
	return py.NewException(py.KeyboardInterruptType)
}

// Sleep waits for d; on the main thread a SIGINT ends the wait with
// KeyboardInterrupt (for time.sleep and other blocking waits).
func (t *Thread) Sleep(d time.Duration) *py.Exception {
	if t.interp == nil || t.interp.main != t {
		time.Sleep(d)
		return nil
	}
	if e := t.checkSignals(); e != nil {
		return e
	}
	wake := t.interp.interruptWake()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-wake:
		return t.checkSignals()
	}
}

// InterruptWake returns a channel that is closed when SIGINT arrives, for
// blocking operations that wait on something else too (see Sleep).
func (t *Thread) InterruptWake() <-chan struct{} { return t.interp.interruptWake() }

// ---------------------------------------------------------------- Go panics

// panicException makes the SystemError a recovered Go panic becomes.
// PYGO_PANIC_TRACE=1 also prints the Go stack, for pygo's developers.
func panicException(r any) *py.Exception {
	if os.Getenv("PYGO_PANIC_TRACE") != "" {
		fmt.Fprintf(os.Stderr, "pygo: Go panic: %v\n%s", r, debug.Stack())
	}
	return py.SystemError("internal error: %v", r)
}

// maxPanicResumes bounds how many recovered panics may nest while the
// frames of one eval loop are resumed with their SystemError, so that a
// panic in the unwinding itself cannot recurse forever.
const maxPanicResumes = 8

// recoverRun is deferred by run (the eval loop): a Go panic while entry's
// frames ran becomes a SystemError raised in the innermost of them, so
// Python handlers and tracebacks see it as an ordinary exception.
func (t *Thread) recoverRun(entry *Frame, r any) (Object, *py.Exception) {
	exc := panicException(r)
	idx := -1
	for i := t.n - 1; i >= 0; i-- {
		if t.frames[i] == entry {
			idx = i
			break
		}
	}
	if idx < 0 {
		return nilObj, exc
	}
	// Frames above entry that begin another eval loop belong to a call
	// that panicked before its loop could recover: drop them.
	for i := t.n - 1; i > idx; i-- {
		if t.frames[i].entry {
			for t.n > i {
				t.popFrame()
			}
		}
	}
	if t.panicResumes >= maxPanicResumes {
		for t.n > idx {
			t.popFrame()
		}
		return nilObj, exc
	}
	top := t.frames[t.n-1]
	top.pc = top.lastpc + 1
	t.panicResumes++
	defer func() { t.panicResumes-- }()
	return t.run(top, exc)
}

// CheckSignals delivers a pending SIGINT on the main thread as
// KeyboardInterrupt (nil when none is pending or t is another thread), for
// blocking operations that were woken by InterruptWake.
func (t *Thread) CheckSignals() *py.Exception { return t.checkSignals() }
