// Package atexit implements the atexit module. Callbacks are kept per
// interpreter and run by vm.Interp.Finalize after the non-daemon threads
// have been joined, last registered first.
package atexit

import (
	"sync"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

type callback struct {
	fn   Object
	args []Object
	kw   *py.Tuple
}

// registry is one interpreter's callbacks; any thread may register.
type registry struct {
	mu  sync.Mutex
	cbs []callback
}

var (
	mu         sync.Mutex
	registries = map[*vm.Interp]*registry{}
)

func init() { vm.RegisterModule("atexit", initModule) }

func registryOf(in *vm.Interp) *registry {
	mu.Lock()
	defer mu.Unlock()
	r := registries[in]
	if r == nil {
		r = &registry{}
		registries[in] = r
		in.AtExit(r.run)
	}
	return r
}

// run calls the callbacks in reverse order of registration; an exception
// is reported as unraisable and the remaining callbacks still run.
func (r *registry) run(t *vm.Thread) {
	for {
		r.mu.Lock()
		n := len(r.cbs)
		if n == 0 {
			r.mu.Unlock()
			return
		}
		cb := r.cbs[n-1]
		r.cbs = r.cbs[:n-1]
		r.mu.Unlock()
		if _, exc := t.Call(cb.fn, cb.args, cb.kw); exc != nil {
			s, rexc := py.ReprS(t.P, cb.fn)
			if rexc != nil {
				s = "<object repr() failed>"
			}
			t.WriteStderr("Exception ignored in atexit callback " + s + ":\n" + t.FormatException(exc))
		}
	}
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	r := registryOf(t.Interp())
	d := m.Dict
	fn := func(name string, f func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)) {
		d.SetStr(py.Intern(name), arg.Func(name, f))
	}
	fn("register", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		npos := len(args) - kw.Len()
		if npos < 1 {
			return Object{}, py.TypeError("register() takes at least 1 argument (0 given)")
		}
		if args[0].Type().Slots().Call == nil {
			return Object{}, py.TypeError("the first argument must be callable")
		}
		cb := callback{fn: args[0], args: append([]Object(nil), args[1:]...), kw: kw}
		r.mu.Lock()
		r.cbs = append(r.cbs, cb)
		r.mu.Unlock()
		return args[0], nil
	})
	fn("unregister", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("unregister", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		r.mu.Lock()
		cbs := append([]callback(nil), r.cbs...)
		r.mu.Unlock()
		keep := cbs[:0]
		for _, cb := range cbs {
			eq, exc := py.Equal(p, cb.fn, args[0])
			if exc != nil {
				return Object{}, exc
			}
			if !eq {
				keep = append(keep, cb)
			}
		}
		r.mu.Lock()
		r.cbs = keep
		r.mu.Unlock()
		return py.None, nil
	})
	fn("_run_exitfuncs", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		r.run(vm.ThreadOf(p))
		return py.None, nil
	})
	fn("_clear", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		r.mu.Lock()
		r.cbs = nil
		r.mu.Unlock()
		return py.None, nil
	})
	fn("_ncallbacks", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		r.mu.Lock()
		n := len(r.cbs)
		r.mu.Unlock()
		return py.MakeInt(int64(n)), nil
	})
	return nil
}
