package vm

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pygo/pygo/internal/report"
	"github.com/pygo/pygo/py"
)

// Threads: the VM side of _thread, threading, contextvars and atexit (see
// docs/design/free-threading.md). A Python thread is a goroutine running
// its own *Thread (frame pool, register stack, recursion depth, current
// exception); nothing here is shared between threads except the Interp.

// threadState is the part of a Thread the threading modules use. Only the
// owning goroutine touches it, except ident, which other threads may read
// (the main thread's ident is assigned on first use, by any thread).
type threadState struct {
	ident    atomic.Int64
	ctx      Object              // the current contextvars.Context (nil: none yet)
	locals   map[Object]*py.Dict // this thread's dicts of threading.local objects
	holdsGIL bool
}

// interpThreads is the interpreter-wide thread state.
type interpThreads struct {
	gilMode bool       // -X gil=1: one lock around thread bodies
	gil     sync.Mutex // held by the running thread in gilMode once a second thread exists

	mu        sync.Mutex
	exitHooks []func(t *Thread)
	finalized bool
}

// idents numbers threads: get_ident() values are unique among all threads
// ever started (CPython only promises uniqueness among live threads). They
// start high so that they read like CPython's pthread ids do not clash
// with small counters a program keeps.
var idents atomic.Int64

func nextIdent() int64 { return 0x7f0000000000 + idents.Add(1)*0x1000 }

// ThreadOf returns the VM thread of a py.Thread (a module function's
// receiver), creating one for a thread the VM has not seen.
func ThreadOf(p *py.Thread) *Thread { return vt(p) }

// Interp returns the interpreter the thread belongs to.
func (t *Thread) Interp() *Interp { return t.interp }

// Ident is the thread's identifier (threading.get_ident()).
func (t *Thread) Ident() int64 {
	if id := t.ts.ident.Load(); id != 0 {
		return id
	}
	t.ts.ident.CompareAndSwap(0, nextIdent())
	return t.ts.ident.Load()
}

// IsMain reports whether t is the interpreter's main thread.
func (t *Thread) IsMain() bool { return t.interp != nil && t.interp.main == t }

// Context returns the thread's current contextvars context (nil when none
// has been made yet); SetContext replaces it.
func (t *Thread) Context() Object     { return t.ts.ctx }
func (t *Thread) SetContext(c Object) { t.ts.ctx = c }

// LocalDict returns this thread's attribute dict for the threading.local
// object key, and whether it was created by this call. The table is
// per-thread, so no lock is needed; it dies with the thread.
func (t *Thread) LocalDict(key Object) (*py.Dict, bool) {
	if d := t.ts.locals[key]; d != nil {
		return d, false
	}
	if t.ts.locals == nil {
		t.ts.locals = map[Object]*py.Dict{}
	}
	d := py.NewDict()
	t.ts.locals[key] = d
	return d, true
}

// DropLocalDict forgets this thread's dict for key (its __init__ failed).
func (t *Thread) DropLocalDict(key Object) { delete(t.ts.locals, key) }

// Call calls a Python object on this thread; an internal panic becomes a
// SystemError instead of taking the process down.
func (t *Thread) Call(f Object, args []Object, kw *py.Tuple) (v Object, exc *py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			v, exc = nilObj, py.SystemError("internal error: %v", r)
		}
	}()
	return t.callObject(f, args, kw)
}

// Start runs body on a new goroutine with a thread of its own and returns
// that thread (already given its ident, so the caller can publish it).
// In GIL mode the new thread holds the GIL while body runs.
func (t *Thread) Start(body func(c *Thread)) *Thread {
	c := newThread(t.interp)
	c.P.MaxDepth = t.P.MaxDepth
	c.ts.ident.Store(nextIdent())
	in := t.interp
	if in != nil && in.threads.gilMode && !t.ts.holdsGIL {
		// The first thread started: from now on the GIL is in force, and
		// the starting thread (so far the only one) takes it first.
		in.threads.gil.Lock()
		t.ts.holdsGIL = true
	}
	go func() {
		if in != nil && in.threads.gilMode {
			in.threads.gil.Lock()
			c.ts.holdsGIL = true
		}
		defer func() {
			if r := recover(); r != nil {
				c.WriteStderr("Fatal error in thread: internal error: " + strings.TrimSpace(sprint(r)) + "\n")
			}
			if c.ts.holdsGIL {
				c.ts.holdsGIL = false
				in.threads.gil.Unlock()
			}
		}()
		body(c)
	}()
	return c
}

func sprint(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "panic"
}

// ReleaseGIL releases the GIL before a blocking call, reporting whether it
// was held; AcquireGIL(true) takes it back afterwards. Both are no-ops
// when the interpreter runs free-threaded (the default).
func (t *Thread) ReleaseGIL() bool {
	if !t.ts.holdsGIL {
		return false
	}
	t.ts.holdsGIL = false
	t.interp.threads.gil.Unlock()
	return true
}

// AcquireGIL retakes the GIL released by ReleaseGIL when held is true.
func (t *Thread) AcquireGIL(held bool) {
	if held {
		t.interp.threads.gil.Lock()
		t.ts.holdsGIL = true
	}
}

// GILEnabled reports whether the interpreter runs with a GIL (-X gil=1).
func (in *Interp) GILEnabled() bool { return in.threads.gilMode }

// FormatException renders an exception and its chain as CPython's
// traceback printer does ("Traceback (most recent call last):" ...).
func (t *Thread) FormatException(e *py.Exception) string {
	return report.Traceback(t.interp.tracebackChain(t, e), &report.SourceLines{})
}

// WriteStderr writes s to sys.stderr (the Python-level object, which a
// program may have replaced), falling back to the process's stderr.
func (t *Thread) WriteStderr(s string) {
	in := t.interp
	if in == nil {
		return
	}
	if w := in.Sys.Dict.GetStr(py.Intern("stderr")); !w.IsNil() && !w.IsNone() {
		if ok, exc := textIO.Write(t.P, w, s); ok {
			if exc == nil {
				return
			}
		} else if m, exc := py.GetAttrS(t.P, w, "write"); exc == nil {
			if _, exc := t.Call(m, []Object{py.NewStrObj(s)}, nil); exc == nil {
				return
			}
		}
	}
	in.writeStd(in.stderr, s)
}

// AtExit registers a function the interpreter runs at exit, after the
// non-daemon threads have been joined; hooks run last-registered first.
func (in *Interp) AtExit(f func(t *Thread)) {
	in.threads.mu.Lock()
	in.threads.exitHooks = append(in.threads.exitHooks, f)
	in.threads.mu.Unlock()
}

// Finalize is the interpreter's exit sequence, run on the main thread
// after the program (and the printing of its uncaught exception): it
// calls threading._shutdown() when threading was imported, which joins
// the non-daemon threads, then the exit hooks (atexit). Daemon threads
// are abandoned: they stop when the process exits. Finalize runs once.
func (in *Interp) Finalize() {
	in.threads.mu.Lock()
	if in.threads.finalized {
		in.threads.mu.Unlock()
		return
	}
	in.threads.finalized = true
	in.threads.mu.Unlock()
	t := in.main
	if th := in.Modules.GetStr(py.Intern("threading")); !th.IsNil() {
		if sd, exc := py.GetAttrOpt(t.P, th, "_shutdown"); exc == nil && !sd.IsNil() {
			if _, exc := t.Call(sd, nil, nil); exc != nil {
				t.WriteStderr("Exception ignored on threading shutdown:\n" + t.FormatException(exc))
			}
		}
	}
	in.threads.mu.Lock()
	hooks := in.threads.exitHooks
	in.threads.mu.Unlock()
	for i := len(hooks) - 1; i >= 0; i-- {
		hooks[i](t)
	}
	in.Flush()
}
