// Package gc implements a minimal gc module on top of Go's collector.
//
// pygo has no reference counts and no cycle collector of its own: Go's
// collector frees unreachable objects, cycles included, whenever it runs.
// gc.collect() runs it (twice: an object reachable only from a dead
// object with a Go finalizer needs a second cycle), then retires the
// weak references of the objects that died and calls their callbacks, so
// that `del x; gc.collect()` observes the death as CPython does.
// enable/disable/thresholds are bookkeeping only: Go's collector is paced
// by GOGC, not by allocation counts of container objects.
package gc

import (
	"sync/atomic"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/modules/weakref"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

var (
	enabled    atomic.Bool
	thresholds atomic.Pointer[[3]int64]
	frozen     atomic.Int64
)

func init() {
	enabled.Store(true)
	thresholds.Store(&[3]int64{2000, 10, 0})
	vm.RegisterModule("gc", initModule)
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	d := m.Dict
	fn := func(name string, f func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)) {
		d.SetStr(py.Intern(name), arg.Func(name, f))
	}
	d.SetStr(py.Intern("garbage"), py.NewList(nil).Obj())
	d.SetStr(py.Intern("callbacks"), py.NewList(nil).Obj())
	for i, n := range []string{"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL"} {
		d.SetStr(py.Intern(n), py.MakeInt(1<<[]int{0, 1, 2, 5}[i]))
	}
	d.SetStr(py.Intern("DEBUG_LEAK"), py.MakeInt(1<<1|1<<2|1<<5))
	fn("collect", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var gen Object
		if exc := arg.Parse("collect", args, kw, []string{"generation"}, 0, 0, &gen); exc != nil {
			return Object{}, exc
		}
		if !gen.IsNil() {
			g, exc := arg.Index(p, gen)
			if exc != nil {
				return Object{}, exc
			}
			if g < 0 || g > 2 {
				return Object{}, py.ValueError("invalid generation")
			}
		}
		weakref.Collect(vm.ThreadOf(p), args)
		return py.MakeInt(0), nil
	})
	fn("enable", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("enable", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		enabled.Store(true)
		return py.None, nil
	})
	fn("disable", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("disable", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		enabled.Store(false)
		return py.None, nil
	})
	fn("isenabled", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("isenabled", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return py.Bool(enabled.Load()), nil
	})
	fn("get_threshold", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("get_threshold", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		th := thresholds.Load()
		return py.NewTuple(py.MakeInt(th[0]), py.MakeInt(th[1]), py.MakeInt(th[2])).Obj(), nil
	})
	fn("set_threshold", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("set_threshold", args, kw, 1, 3); exc != nil {
			return Object{}, exc
		}
		th := *thresholds.Load()
		for i, a := range args {
			v, exc := arg.Index(p, a)
			if exc != nil {
				return Object{}, exc
			}
			th[i] = v
		}
		thresholds.Store(&th)
		return py.None, nil
	})
	fn("get_count", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("get_count", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return py.NewTuple(py.MakeInt(0), py.MakeInt(0), py.MakeInt(0)).Obj(), nil
	})
	fn("freeze", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		frozen.Store(1)
		return py.None, nil
	})
	fn("unfreeze", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		frozen.Store(0)
		return py.None, nil
	})
	fn("get_freeze_count", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.MakeInt(0), nil
	})
	return nil
}
