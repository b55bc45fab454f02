package vm

import (
	"github.com/pygo/pygo/py"
)

// instanceDictDescr is the __dict__ attribute of a class whose instances
// have a dict.
func instanceDictDescr(owner *py.Type) Object {
	d := &py.GetSetDescr{Head: py.MakeHead(py.GetSetDescrType), Name: "__dict__", Owner: owner,
		Get: func(p *py.Thread, o Object) (Object, *py.Exception) {
			if df := o.Type().Slots().Dict; df != nil {
				if d := df(o); d != nil {
					return d.Obj(), nil
				}
			}
			return nilObj, py.AttributeError(o, "__dict__", "'%s' object has no attribute '__dict__'", py.TypeName(o))
		},
		Set: func(p *py.Thread, o, v Object) *py.Exception {
			inst, ok := o.Type().Slots().Dict, true
			_ = inst
			nd, isDict := py.AsDict(v)
			if !isDict || !ok {
				return py.TypeError("__dict__ must be set to a dictionary, not a '%s'", py.TypeName(v))
			}
			if o.Type().Layout == py.ObjectType {
				(*Instance)(o.Ptr()).dict.Store(nd)
				return nil
			}
			return py.TypeError("cannot set __dict__")
		},
	}
	return d.Obj()
}

// splitGroup splits an exception group by pred on its leaves, as
// BaseExceptionGroup.split does: (match, rest), nil for an empty part.
func splitGroup(t *Thread, ev Object, pred func(Object) (bool, *py.Exception)) (Object, Object, *py.Exception) {
	if !ev.Type().IsSubtype(py.BaseExceptionGroupType) {
		m, e := pred(ev)
		if e != nil {
			return nilObj, nilObj, e
		}
		if m {
			return ev, nilObj, nil
		}
		return nilObj, ev, nil
	}
	if m, e := pred(ev); e != nil {
		return nilObj, nilObj, e
	} else if m {
		return ev, nilObj, nil
	}
	g := py.AsException(ev)
	kids, _ := py.AsTuple(g.Field("exceptions"))
	var ms, rs []Object
	for _, k := range kids.Items() {
		m, r, e := splitGroup(t, k, pred)
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
		if len(items) == kids.Len() {
			same := true
			for i, x := range items {
				if !x.Is(kids.Items()[i]) {
					same = false
				}
			}
			if same {
				return ev, nil
			}
		}
		var ng Object
		var e *py.Exception
		if dm := ev.Type().Lookup(py.Intern("derive")); !dm.IsNil() {
			ng, e = t.callMethod(ev, "derive", py.NewList(items).Obj())
		} else {
			typ := py.ExceptionGroupType
			for _, x := range items {
				if !x.Type().IsSubtype(py.ExceptionType) {
					typ = py.BaseExceptionGroupType
				}
			}
			ng, e = py.Call(t.P, typ.Obj(), []Object{g.Field("message"), py.NewList(items).Obj()}, nil)
		}
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
	r, e := derive(rs)
	if e != nil {
		return nilObj, nilObj, e
	}
	return m, r, nil
}
