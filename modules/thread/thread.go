// Package thread implements the _thread module: Python threads are
// goroutines, each with a VM thread of its own, and there is no GIL (see
// docs/design/free-threading.md). Locks are channels of capacity one, so
// a timed acquire is a select against a timer and blocked acquirers are
// woken in FIFO order (the channel's wait queue).
//
// The folder is named thread, not _thread, because the go tool ignores
// folders whose name starts with an underscore.
package thread

import (
	"math"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

// timeoutMax is TIMEOUT_MAX: the longest timeout, in seconds, that a
// time.Duration (int64 nanoseconds) can express.
const timeoutMax = float64(math.MaxInt64) / 1e9

var (
	typesOnce                       sync.Once
	lockType, rlockType, handleType *py.Type
	nthreads                        atomic.Int64 // _count(): threads started here and still running
	stackSize                       atomic.Int64
)

func init() {
	vm.RegisterModule("_thread", initModule)
}

func newType(name string, slots *py.Slots) *py.Type {
	t, exc := py.NewType(name, []*py.Type{py.ObjectType}, nil)
	if exc != nil {
		panic(exc)
	}
	t.Flags &^= py.FlagBaseType | py.FlagHeapType
	t.Flags |= py.FlagImmutable
	t.Module = "_thread"
	s := *t.Slots()
	if slots.New != nil {
		s.New = slots.New
	}
	if slots.Repr != nil {
		s.Repr = slots.Repr
	}
	t.SetSlots(&s)
	return t
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	typesOnce.Do(initTypes)
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	fn := func(name string, f func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)) {
		set(name, arg.Func(name, f))
	}
	set("LockType", lockType.Obj())
	set("lock", lockType.Obj())
	set("RLock", rlockType.Obj())
	set("_local", localType.Obj())
	set("_ThreadHandle", handleType.Obj())
	set("error", py.RuntimeErrorType.Obj())
	set("TIMEOUT_MAX", py.NewFloat(timeoutMax))
	alloc := func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("allocate_lock", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return newLock().Obj(), nil
	}
	fn("allocate_lock", alloc)
	fn("allocate", alloc)
	fn("get_ident", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("get_ident", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return py.MakeInt(vm.ThreadOf(p).Ident()), nil
	})
	fn("get_native_id", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("get_native_id", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return py.MakeInt(nativeID(vm.ThreadOf(p))), nil
	})
	fn("_get_main_thread_ident", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.MakeInt(vm.ThreadOf(p).Interp().Thread().Ident()), nil
	})
	fn("_is_main_interpreter", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.True, nil
	})
	fn("daemon_threads_allowed", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.True, nil
	})
	fn("_count", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("_count", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return py.MakeInt(nthreads.Load()), nil
	})
	fn("stack_size", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("stack_size", args, kw, 0, 1); exc != nil {
			return Object{}, exc
		}
		old := stackSize.Load()
		if len(args) == 1 {
			n, exc := arg.Index(p, args[0])
			if exc != nil {
				return Object{}, exc
			}
			if n != 0 && n < 32768 {
				return Object{}, py.ValueError("size not valid: %d bytes", n)
			}
			if n < 0 {
				return Object{}, py.ValueError("size must be 0 or a positive value")
			}
			// Goroutine stacks grow on demand; the size is only recorded.
			stackSize.Store(n)
		}
		return py.MakeInt(old), nil
	})
	fn("exit", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return Object{}, py.NewException(py.SystemExitType)
	})
	fn("exit_thread", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return Object{}, py.NewException(py.SystemExitType)
	})
	fn("interrupt_main", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var signum Object
		if exc := arg.Parse("interrupt_main", args, kw, []string{"signum"}, 0, 0, &signum); exc != nil {
			return Object{}, exc
		}
		n := int64(2) // SIGINT
		if !signum.IsNil() {
			v, exc := arg.Index(p, signum)
			if exc != nil {
				return Object{}, exc
			}
			n = v
		}
		if n < 1 || n > 64 {
			return Object{}, py.ValueError("signal number out of range")
		}
		// SIGINT reaches the main thread as KeyboardInterrupt at its next
		// check (eval loop, blocking wait); other signals have no Python
		// handlers in pygo yet, so, as in CPython for SIG_DFL/SIG_IGN,
		// nothing happens.
		if n == 2 {
			vm.ThreadOf(p).Interp().Interrupt()
		}
		return py.None, nil
	})
	fn("set_name", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.None, nil // goroutines have no OS-visible name
	})
	fn("_monotonic", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.NewFloat(monotonic()), nil
	})
	fn("_cpu_count", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.MakeInt(int64(runtime.NumCPU())), nil // used when os is unavailable
	})
	fn("_localdict", localDict)
	fn("start_new_thread", startNewThread)
	fn("start_new", startNewThread)
	fn("start_joinable_thread", startJoinable)
	fn("_excepthook", excepthook)
	return nil
}

var epoch = time.Now()

// monotonic is seconds on the monotonic clock (time.monotonic()).
func monotonic() float64 { return float64(time.Since(epoch)) / 1e9 }

// nativeID is get_native_id(): the process id for the main thread (as on
// Linux, where the main thread's tid is the pid), a distinct number for the
// others. Goroutines migrate between OS threads, so there is no stable tid.
func nativeID(t *vm.Thread) int64 {
	if t.IsMain() {
		return int64(os.Getpid())
	}
	return int64(os.Getpid()) + (t.Ident()-0x7f0000000000)/0x1000
}

// ---------------------------------------------------------------- threads

// callArgs turns (args tuple, kwargs dict) into a vectorcall argument list.
func callArgs(p *py.Thread, args Object, kwargs Object) ([]Object, *py.Tuple) {
	tu, _ := py.AsTuple(args)
	items := append([]Object(nil), tu.Items()...)
	if kwargs.IsNil() {
		return items, nil
	}
	d, ok := py.AsDict(kwargs)
	if !ok || d.Len() == 0 {
		return items, nil
	}
	keys, vals := d.Items()
	return append(items, vals...), py.NewTuple(keys...)
}

func checkStartArgs(f, args, kwargs Object) *py.Exception {
	if f.Type().Slots().Call == nil {
		return py.TypeError("first arg must be callable")
	}
	if _, ok := py.AsTuple(args); !ok {
		return py.TypeError("2nd arg must be a tuple")
	}
	if !kwargs.IsNil() {
		if _, ok := py.AsDict(kwargs); !ok {
			return py.TypeError("optional 3rd arg must be a dictionary")
		}
	}
	return nil
}

// runBody calls f on the new thread c; an uncaught exception other than
// SystemExit is reported as CPython reports an exception in a thread
// started by _thread (through the unraisable hook).
func runBody(c *vm.Thread, f Object, args []Object, kw *py.Tuple) {
	nthreads.Add(1)
	defer nthreads.Add(-1)
	if _, exc := c.Call(f, args, kw); exc != nil && !exc.Matches(py.SystemExitType) {
		r, rexc := py.ReprS(c.P, f)
		if rexc != nil {
			r = "<object repr() failed>"
		}
		c.WriteStderr("Exception ignored in thread started by: " + r + "\n" + c.FormatException(exc))
	}
}

func startNewThread(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if exc := arg.NoKw("start_new_thread", kw); exc != nil {
		return Object{}, exc
	}
	if len(args) < 2 || len(args) > 3 {
		return Object{}, py.TypeError("start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	var kwargs Object
	if len(args) == 3 {
		kwargs = args[2]
	}
	if exc := checkStartArgs(args[0], args[1], kwargs); exc != nil {
		return Object{}, exc
	}
	f := args[0]
	cargs, ckw := callArgs(p, args[1], kwargs)
	c := vm.ThreadOf(p).Start(func(c *vm.Thread) { runBody(c, f, cargs, ckw) })
	return py.MakeInt(c.Ident()), nil
}

// handle is a _ThreadHandle: the joinable side of a started thread.
type handle struct {
	py.Head
	ident  atomic.Int64
	done   chan struct{}
	closed atomic.Bool
}

func (h *handle) Obj() Object { return py.FromPtr(unsafe.Pointer(h)) }

func (h *handle) setDone() {
	if h.closed.CompareAndSwap(false, true) {
		close(h.done)
	}
}

func startJoinable(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	var f, hobj, daemon Object
	if exc := arg.Parse("start_joinable_thread", args, kw, []string{"function", "handle", "daemon"}, 1, 0, &f, &hobj, &daemon); exc != nil {
		return Object{}, exc
	}
	if f.Type().Slots().Call == nil {
		return Object{}, py.TypeError("thread function must be callable")
	}
	var h *handle
	if hobj.IsNil() || hobj.IsNone() {
		h = newHandle()
	} else if hobj.Type() == handleType {
		h = (*handle)(hobj.Ptr())
	} else {
		return Object{}, py.TypeError("'handle' must be a _ThreadHandle")
	}
	c := vm.ThreadOf(p).Start(func(c *vm.Thread) {
		defer h.setDone()
		runBody(c, f, nil, nil)
	})
	h.ident.Store(c.Ident())
	return h.Obj(), nil
}

func newHandle() *handle {
	return &handle{Head: py.MakeHead(handleType), done: make(chan struct{})}
}

// ---------------------------------------------------------------- excepthook

// excepthook is _thread._excepthook(args): threading.excepthook's default,
// printing "Exception in thread NAME:" and the traceback to sys.stderr.
func excepthook(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if exc := arg.Exact("_excepthook", args, kw, 1, 1); exc != nil {
		return Object{}, exc
	}
	a := args[0]
	field := func(name string) Object {
		v, exc := py.GetAttrOpt(p, a, name)
		if exc != nil || v.IsNil() {
			return py.None
		}
		return v
	}
	typ, val, th := field("exc_type"), field("exc_value"), field("thread")
	if typ.Is(py.SystemExitType.Obj()) {
		return py.None, nil // silently ignored, as CPython does
	}
	t := vm.ThreadOf(p)
	name := ""
	if !th.IsNone() {
		if n, exc := py.GetAttrOpt(p, th, "name"); exc == nil && !n.IsNil() {
			name, _ = py.StrS(p, n)
		}
	}
	if name == "" {
		name = itoa(t.Ident())
	}
	var text string
	if e := py.AsException(val); e != nil {
		text = t.FormatException(e)
	} else {
		s, _ := py.StrS(p, val)
		text = s + "\n"
	}
	t.WriteStderr("Exception in thread " + name + ":\n" + text)
	return py.None, nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [24]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// localDict is _thread._localdict(obj): the calling thread's attribute
// dict for the threading.local object obj, and whether it is new (so that
// local can run a subclass's __init__ once per thread).
func localDict(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if exc := arg.Exact("_localdict", args, kw, 1, 1); exc != nil {
		return Object{}, exc
	}
	d, created := vm.ThreadOf(p).LocalDict(args[0])
	return py.NewTuple(d.Obj(), py.Bool(created)).Obj(), nil
}
