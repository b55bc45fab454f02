package vm

import (
	"github.com/pygo/pygo/py"
)

// BaseExceptionGroup.split, .subgroup and .derive. They live in the VM
// because a condition may be a Python callable and split/subgroup call the
// group's (possibly overridden) derive; splitGroup (fixups.go) does the
// recursive split that except* uses too.

// groupCondition turns split()'s argument into a predicate on exceptions:
// an exception type, a tuple of them, or a callable that is not a class.
func groupCondition(t *Thread, cond Object) (func(Object) (bool, *py.Exception), *py.Exception) {
	bad := py.TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")
	isExcType := func(o Object) bool {
		ty := py.AsType(o)
		return ty != nil && ty.IsSubtype(py.BaseExceptionType)
	}
	if isExcType(cond) {
		ty := py.AsType(cond)
		return func(e Object) (bool, *py.Exception) { return e.Type().IsSubtype(ty), nil }, nil
	}
	if tu, ok := py.AsTuple(cond); ok {
		var types []*py.Type
		for _, x := range tu.Items() {
			if !isExcType(x) {
				return nil, bad
			}
			types = append(types, py.AsType(x))
		}
		return func(e Object) (bool, *py.Exception) {
			for _, ty := range types {
				if e.Type().IsSubtype(ty) {
					return true, nil
				}
			}
			return false, nil
		}, nil
	}
	if py.AsType(cond) == nil && cond.Type().Slots().Call != nil {
		return func(e Object) (bool, *py.Exception) {
			r, exc := t.callObject(cond, []Object{e}, nil)
			if exc != nil {
				return false, exc
			}
			return py.Truthy(t.P, r)
		}, nil
	}
	return nil, bad
}

// splitGroupExact is CPython's exceptiongroup_split_recursive: a group
// that matches as a whole is returned as is; otherwise the matching and the
// other leaves are rebuilt with derive() (never the original group), with
// the original's traceback, cause, context and notes. rest false: the
// non-matching part is not built (subgroup).
func splitGroupExact(t *Thread, ev Object, pred func(Object) (bool, *py.Exception), rest bool) (Object, Object, *py.Exception) {
	if m, e := pred(ev); e != nil {
		return nilObj, nilObj, e
	} else if m {
		return ev, nilObj, nil
	}
	if !ev.Type().IsSubtype(py.BaseExceptionGroupType) {
		return nilObj, ev, nil
	}
	g := py.AsException(ev)
	kids, _ := py.AsTuple(g.Field("exceptions"))
	var ms, rs []Object
	for _, k := range kids.Items() {
		m, r, e := splitGroupExact(t, k, pred, rest)
		if e != nil {
			return nilObj, nilObj, e
		}
		if !m.IsNil() {
			ms = append(ms, m)
		}
		if !r.IsNil() {
			rs = append(rs, r)
		}
	}
	derive := func(items []Object) (Object, *py.Exception) {
		if len(items) == 0 {
			return nilObj, nil
		}
		ng, e := t.callMethod(ev, "derive", py.NewList(items).Obj())
		if e != nil {
			return nilObj, e
		}
		if ne := py.AsException(ng); ne != nil {
			ne.SetTraceback(g.Traceback())
			if c := g.Cause(); c != nil {
				ne.SetCause(c)
			}
			ne.SetSuppressContext(g.SuppressContext())
			ne.SetContext(g.Context())
			if notes := g.Dict().GetStr(py.Intern("__notes__")); !notes.IsNil() {
				ne.Dict().SetStr(py.Intern("__notes__"), notes)
			}
		}
		return ng, nil
	}
	m, e := derive(ms)
	if e != nil {
		return nilObj, nilObj, e
	}
	if !rest {
		return m, nilObj, nil
	}
	r, e := derive(rs)
	if e != nil {
		return nilObj, nilObj, e
	}
	return m, r, nil
}

func initExcGroupMethods() {
	typ := py.BaseExceptionGroupType
	for _, name := range []string{"message", "exceptions"} {
		name := name
		py.AddGetSet(typ, name, func(p *py.Thread, o Object) (Object, *py.Exception) {
			return py.AsException(o).Field(name), nil
		}, func(p *py.Thread, o, v Object) *py.Exception {
			return py.Errorf(py.AttributeErrorType, "readonly attribute")
		})
	}
	one := func(name string, args []Object, kw *py.Tuple) *py.Exception {
		if kw.Len() > 0 || len(args) != 1 {
			return py.TypeError("BaseExceptionGroup.%s() takes exactly one argument (%d given)", name, len(args)+kw.Len())
		}
		return nil
	}
	orNone := func(o Object) Object {
		if o.IsNil() {
			return py.None
		}
		return o
	}
	py.AddMethod(typ, "split", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := one("split", args, kw); e != nil {
			return nilObj, e
		}
		t := vt(p)
		pred, e := groupCondition(t, args[0])
		if e != nil {
			return nilObj, e
		}
		m, r, e := splitGroupExact(t, self, pred, true)
		if e != nil {
			return nilObj, e
		}
		return py.NewTuple(orNone(m), orNone(r)).Obj(), nil
	})
	py.AddMethod(typ, "subgroup", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := one("subgroup", args, kw); e != nil {
			return nilObj, e
		}
		t := vt(p)
		pred, e := groupCondition(t, args[0])
		if e != nil {
			return nilObj, e
		}
		m, _, e := splitGroupExact(t, self, pred, false)
		if e != nil {
			return nilObj, e
		}
		return orNone(m), nil
	})
	py.AddMethod(typ, "derive", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := one("derive", args, kw); e != nil {
			return nilObj, e
		}
		g := py.AsException(self)
		return py.Call(p, py.BaseExceptionGroupType.Obj(), []Object{g.Field("message"), args[0]}, nil)
	})
}
