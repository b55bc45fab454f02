package thread

import (
	"fmt"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

// lock is _thread.lock. The channel holds one token while the lock is
// held: acquire sends, release receives. Any thread may release it.
type lock struct {
	py.Head
	ch chan struct{}
}

func newLock() *lock { return &lock{Head: py.MakeHead(lockType), ch: make(chan struct{}, 1)} }

func (l *lock) Obj() Object { return py.FromPtr(unsafe.Pointer(l)) }

// rlock is _thread.RLock: a lock token plus the owner's ident and the
// recursion count. owner is only written by the thread that holds the
// token, and compared against the caller's own ident, so a stale read by
// another thread can never equal its ident.
type rlock struct {
	py.Head
	ch    chan struct{}
	owner atomic.Int64
	count atomic.Int64
}

func (l *rlock) Obj() Object { return py.FromPtr(unsafe.Pointer(l)) }

// acquireArgs parses (blocking=True, timeout=-1): forever, or wait up to
// d (d == 0: try once).
func acquireArgs(p *py.Thread, fname string, args []Object, kw *py.Tuple) (d time.Duration, forever bool, exc *py.Exception) {
	var blocking, timeout Object
	if exc := arg.Parse(fname, args, kw, []string{"blocking", "timeout"}, 0, 0, &blocking, &timeout); exc != nil {
		return 0, false, exc
	}
	block := true
	if !blocking.IsNil() {
		b, exc := py.Truthy(p, blocking)
		if exc != nil {
			return 0, false, exc
		}
		block = b
	}
	secs := -1.0
	if !timeout.IsNil() {
		s, exc := seconds(timeout)
		if exc != nil {
			return 0, false, exc
		}
		secs = s
	}
	if !block {
		if secs != -1 {
			return 0, false, py.ValueError("can't specify a timeout for a non-blocking call")
		}
		return 0, false, nil
	}
	if secs == -1 {
		return 0, true, nil
	}
	if secs < 0 {
		return 0, false, py.ValueError("timeout value must be a non-negative number")
	}
	if secs > timeoutMax {
		return 0, false, py.OverflowError("timestamp out of range for platform time_t")
	}
	return time.Duration(secs * 1e9), false, nil
}

// seconds converts a timeout (int or float) to float seconds.
func seconds(o Object) (float64, *py.Exception) {
	if f, ok := py.FloatValue(o); ok {
		if f != f {
			return 0, py.ValueError("Invalid value NaN (not a number)")
		}
		return f, nil
	}
	if py.IsInt(o) {
		if n, ok := py.AsInt64(o); ok {
			return float64(n), nil
		}
		return 0, py.OverflowError("timestamp too large to convert to C PyTime_t")
	}
	return 0, py.TypeError("'%s' object cannot be interpreted as an integer or float", py.TypeName(o))
}

// acquireChan puts the token into ch, waiting forever or up to d; the GIL
// (in -X gil=1 mode) is released while waiting. On the main thread a
// SIGINT (or _thread.interrupt_main) ends the wait with KeyboardInterrupt,
// as CPython's lock acquires are interruptible there.
func acquireChan(t *vm.Thread, ch chan struct{}, d time.Duration, forever bool) (bool, *py.Exception) {
	select {
	case ch <- struct{}{}:
		return true, nil
	default:
	}
	if !forever && d <= 0 {
		return false, nil
	}
	held := t.ReleaseGIL()
	defer t.AcquireGIL(held)
	var timeout <-chan time.Time
	if !forever {
		tm := time.NewTimer(d)
		defer tm.Stop()
		timeout = tm.C
	}
	var wake <-chan struct{}
	for {
		if t.IsMain() {
			// Take the wake channel before checking, so an interrupt
			// between the two is not missed.
			wake = t.InterruptWake()
			if e := t.CheckSignals(); e != nil {
				return false, e
			}
		}
		select {
		case ch <- struct{}{}:
			return true, nil
		case <-timeout:
			return false, nil
		case <-wake:
		}
	}
}

func method(typ *py.Type, name string, f py.MethodFunc) { py.AddMethod(typ, name, f) }

func objAddr(o Object) string { return fmt.Sprintf("%#x", uintptr(o.Ptr())) }

func initTypes() {
	initLocal()
	lockType = newType("lock", &py.Slots{
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) > 0 {
				return Object{}, py.TypeError("lock() takes no arguments")
			}
			return newLock().Obj(), nil
		},
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			l := (*lock)(o.Ptr())
			state := "unlocked"
			if len(l.ch) > 0 {
				state = "locked"
			}
			return py.NewStrObj("<" + state + " _thread.lock object at " + objAddr(o) + ">"), nil
		},
	})
	acquire := func(name string) py.MethodFunc {
		return func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			d, forever, exc := acquireArgs(p, name, args, kw)
			if exc != nil {
				return Object{}, exc
			}
			ok, exc := acquireChan(vm.ThreadOf(p), (*lock)(self.Ptr()).ch, d, forever)
			if exc != nil {
				return Object{}, exc
			}
			return py.Bool(ok), nil
		}
	}
	release := func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		select {
		case <-(*lock)(self.Ptr()).ch:
			return py.None, nil
		default:
			return Object{}, py.RuntimeError("release unlocked lock")
		}
	}
	locked := func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.Bool(len((*lock)(self.Ptr()).ch) > 0), nil
	}
	method(lockType, "acquire", acquire("acquire"))
	method(lockType, "acquire_lock", acquire("acquire_lock"))
	method(lockType, "__enter__", acquire("__enter__"))
	method(lockType, "release", release)
	method(lockType, "release_lock", release)
	method(lockType, "__exit__", release)
	method(lockType, "locked", locked)
	method(lockType, "locked_lock", locked)
	method(lockType, "_at_fork_reinit", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		(*lock)(self.Ptr()).ch = make(chan struct{}, 1)
		return py.None, nil
	})

	rlockType = newType("RLock", &py.Slots{
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			return (&rlock{Head: py.MakeHead(rlockType), ch: make(chan struct{}, 1)}).Obj(), nil
		},
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			l := (*rlock)(o.Ptr())
			state := "unlocked"
			owner, count := int64(0), int64(0)
			if len(l.ch) > 0 {
				state = "locked"
				owner, count = l.owner.Load(), l.count.Load()
			}
			return py.NewStrObj(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %s>", state, owner, count, objAddr(o))), nil
		},
	})
	racquire := func(name string) py.MethodFunc {
		return func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			d, forever, exc := acquireArgs(p, name, args, kw)
			if exc != nil {
				return Object{}, exc
			}
			l := (*rlock)(self.Ptr())
			t := vm.ThreadOf(p)
			me := t.Ident()
			if l.count.Load() > 0 && l.owner.Load() == me {
				l.count.Add(1)
				return py.True, nil
			}
			ok, exc := acquireChan(t, l.ch, d, forever)
			if exc != nil {
				return Object{}, exc
			}
			if !ok {
				return py.False, nil
			}
			l.owner.Store(me)
			l.count.Store(1)
			return py.True, nil
		}
	}
	rrelease := func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		l := (*rlock)(self.Ptr())
		if l.count.Load() == 0 || l.owner.Load() != vm.ThreadOf(p).Ident() {
			return Object{}, py.RuntimeError("cannot release un-acquired lock")
		}
		if l.count.Add(-1) == 0 {
			l.owner.Store(0)
			<-l.ch
		}
		return py.None, nil
	}
	owned := func(l *rlock, p *py.Thread) bool {
		return len(l.ch) > 0 && l.count.Load() > 0 && l.owner.Load() == vm.ThreadOf(p).Ident()
	}
	method(rlockType, "acquire", racquire("acquire"))
	method(rlockType, "__enter__", racquire("__enter__"))
	method(rlockType, "release", rrelease)
	method(rlockType, "__exit__", rrelease)
	method(rlockType, "locked", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.Bool(len((*rlock)(self.Ptr()).ch) > 0), nil
	})
	method(rlockType, "_is_owned", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.Bool(owned((*rlock)(self.Ptr()), p)), nil
	})
	method(rlockType, "_recursion_count", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		l := (*rlock)(self.Ptr())
		if owned(l, p) {
			return py.MakeInt(l.count.Load()), nil
		}
		return py.MakeInt(0), nil
	})
	// _release_save/_acquire_restore let Condition.wait release an RLock
	// completely and restore its recursion level afterwards.
	method(rlockType, "_release_save", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		l := (*rlock)(self.Ptr())
		if !owned(l, p) {
			return Object{}, py.RuntimeError("cannot release un-acquired lock")
		}
		count, owner := l.count.Load(), l.owner.Load()
		l.count.Store(0)
		l.owner.Store(0)
		<-l.ch
		return py.NewTuple(py.MakeInt(count), py.MakeInt(owner)).Obj(), nil
	})
	method(rlockType, "_acquire_restore", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		l := (*rlock)(self.Ptr())
		var st Object
		if exc := arg.Parse("_acquire_restore", args, kw, []string{"state"}, 1, 1, &st); exc != nil {
			return Object{}, exc
		}
		tu, ok := py.AsTuple(st)
		if !ok || tu.Len() != 2 {
			return Object{}, py.TypeError("_acquire_restore() argument 1 must be tuple")
		}
		count, _ := py.AsInt64(tu.Items()[0])
		owner, _ := py.AsInt64(tu.Items()[1])
		if _, exc := acquireChan(vm.ThreadOf(p), l.ch, 0, true); exc != nil {
			return Object{}, exc
		}
		l.owner.Store(owner)
		l.count.Store(count)
		return py.None, nil
	})
	method(rlockType, "_at_fork_reinit", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		l := (*rlock)(self.Ptr())
		l.ch = make(chan struct{}, 1)
		l.owner.Store(0)
		l.count.Store(0)
		return py.None, nil
	})

	handleType = newType("_ThreadHandle", &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			h := (*handle)(o.Ptr())
			return py.NewStrObj(fmt.Sprintf("<_thread._ThreadHandle object: ident=%d>", h.ident.Load())), nil
		},
	})
	py.AddGetSet(handleType, "ident", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return py.MakeInt((*handle)(o.Ptr()).ident.Load()), nil
	}, nil)
	method(handleType, "is_done", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		select {
		case <-(*handle)(self.Ptr()).done:
			return py.True, nil
		default:
			return py.False, nil
		}
	})
	method(handleType, "_set_done", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		(*handle)(self.Ptr()).setDone()
		return py.None, nil
	})
	method(handleType, "join", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var timeout Object
		if exc := arg.Parse("join", args, kw, []string{"timeout"}, 0, 0, &timeout); exc != nil {
			return Object{}, exc
		}
		h := (*handle)(self.Ptr())
		t := vm.ThreadOf(p)
		forever, d := true, time.Duration(0)
		if !timeout.IsNil() && !timeout.IsNone() {
			s, exc := seconds(timeout)
			if exc != nil {
				return Object{}, exc
			}
			if s >= 0 {
				forever = false
				if s > timeoutMax {
					s = timeoutMax
				}
				d = time.Duration(s * 1e9)
			}
		}
		if h.ident.Load() == t.Ident() && !h.closed.Load() {
			return Object{}, py.RuntimeError("Cannot join current thread")
		}
		select {
		case <-h.done:
			return py.None, nil
		default:
		}
		if !forever && d <= 0 {
			return py.None, nil
		}
		held := t.ReleaseGIL()
		defer t.AcquireGIL(held)
		var expired <-chan time.Time
		if !forever {
			tm := time.NewTimer(d)
			defer tm.Stop()
			expired = tm.C
		}
		var wake <-chan struct{}
		for {
			if t.IsMain() {
				wake = t.InterruptWake()
				if e := t.CheckSignals(); e != nil {
					return Object{}, e
				}
			}
			select {
			case <-h.done:
				return py.None, nil
			case <-expired:
				return py.None, nil
			case <-wake:
			}
		}
	})
}
