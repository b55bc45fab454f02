package vm

import (
	"unsafe"

	"github.com/pygo/pygo/py"
)

// The aiter() and anext() builtins. anext(it) returns it.__anext__()'s
// awaitable itself; anext(it, default) wraps it in an anext_awaitable that
// turns the StopAsyncIteration ending the iteration into the default value.

type anextAwaitable struct {
	py.Head
	inner Object // what __anext__ returned
	it    Object // its iterator, once started
	dflt  Object
}

var anextAwaitableType *py.Type

// step resumes the wrapped awaitable with v (or throws exc into it).
func (a *anextAwaitable) step(t *Thread, v Object, exc *py.Exception) (Object, *py.Exception) {
	if a.it.IsNil() {
		it, e := t.getAwaitable(a.inner, 0)
		if e != nil {
			return nilObj, e
		}
		a.it = it
	}
	var r Object
	var e *py.Exception
	switch {
	case exc != nil:
		r, e = t.callMethod(a.it, "throw", exc.Obj())
	case v.IsNone() || v.IsNil():
		if asGenerator(a.it) != nil {
			r, e = t.callMethod(a.it, "send", py.None)
		} else {
			r, e = py.Next(t.P, a.it)
			if e == nil && r.IsNil() {
				e = py.StopIteration(nilObj)
			}
		}
	default:
		r, e = t.callMethod(a.it, "send", v)
	}
	if e != nil && e.Matches(py.StopAsyncIterationType) {
		return nilObj, py.StopIteration(a.dflt)
	}
	return r, e
}

func initAnextType() {
	self := func(p *py.Thread, o Object) (Object, *py.Exception) { return o, nil }
	anextAwaitableType = newTypeS("anext_awaitable", py.ObjectType, &py.Slots{
		Iter: self,
		Next: func(p *py.Thread, o Object) (Object, *py.Exception) {
			v, e := (*anextAwaitable)(o.Ptr()).step(vt(p), py.None, nil)
			if e != nil && e.Matches(py.StopIterationType) {
				// The Next protocol reports exhaustion as (nil, nil) only
				// without a value; keep StopIteration(value) for await.
				return nilObj, e
			}
			return v, e
		},
	})
	py.AddMethod(anextAwaitableType, "__await__", func(p *py.Thread, s Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return s, nil
	})
	py.AddMethod(anextAwaitableType, "send", func(p *py.Thread, s Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("send() takes exactly one argument (%d given)", len(args))
		}
		return (*anextAwaitable)(s.Ptr()).step(vt(p), args[0], nil)
	})
	py.AddMethod(anextAwaitableType, "throw", func(p *py.Thread, s Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		exc, e := throwArgs(args)
		if e != nil {
			return nilObj, e
		}
		return (*anextAwaitable)(s.Ptr()).step(vt(p), nilObj, exc)
	})
	py.AddMethod(anextAwaitableType, "close", func(p *py.Thread, s Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		a := (*anextAwaitable)(s.Ptr())
		if !a.it.IsNil() {
			if m, _ := py.GetAttrOpt(p, a.it, "close"); !m.IsNil() {
				return vt(p).callObject(m, nil, nil)
			}
		}
		return py.None, nil
	})
	py.AddSlotWrappers(anextAwaitableType)
}

func asyncBuiltins(set func(name string, v Object)) {
	if anextAwaitableType == nil {
		initAnextType()
	}
	set("aiter", py.NewBuiltin("aiter", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return nilObj, py.TypeError("aiter() takes exactly one argument (%d given)", len(args))
		}
		t := vt(p)
		m, e := t.lookupSpecial(args[0], "__aiter__")
		if e != nil {
			return nilObj, e
		}
		if m.IsNil() {
			return nilObj, py.TypeError("'%s' object is not an async iterable", py.TypeName(args[0]))
		}
		it, e := t.callObject(m, nil, nil)
		if e != nil {
			return nilObj, e
		}
		if an, _ := t.lookupSpecial(it, "__anext__"); an.IsNil() {
			return nilObj, py.TypeError("aiter() returned not an async iterator of type '%s'", py.TypeName(it))
		}
		return it, nil
	}).Obj())
	set("anext", py.NewBuiltin("anext", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if kw.Len() > 0 {
			return nilObj, py.TypeError("anext() takes no keyword arguments")
		}
		if len(args) < 1 {
			return nilObj, py.TypeError("anext expected at least 1 argument, got %d", len(args))
		}
		if len(args) > 2 {
			return nilObj, py.TypeError("anext expected at most 2 arguments, got %d", len(args))
		}
		t := vt(p)
		m, e := t.lookupSpecial(args[0], "__anext__")
		if e != nil {
			return nilObj, e
		}
		if m.IsNil() {
			return nilObj, py.TypeError("'%s' object is not an async iterator", py.TypeName(args[0]))
		}
		aw, e := t.callObject(m, nil, nil)
		if e != nil || len(args) == 1 {
			return aw, e
		}
		return py.FromPtr(unsafe.Pointer(&anextAwaitable{Head: py.MakeHead(anextAwaitableType), inner: aw, dflt: args[1]})), nil
	}).Obj())
}
