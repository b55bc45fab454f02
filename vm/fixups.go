package vm

import (
	"github.com/pygo/pygo/py"
)

// initFixups adds to the builtin types what the VM needs and the object
// model does not provide (yet).
func initFixups() {
	// type(name, bases, ns, **kw) — class keywords reach __init_subclass__ —
	// and C[item] through __class_getitem__ bound to the class.
	ts := *py.TypeType.Slots()
	ts.New = func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		npos := len(args) - kw.Len()
		if typ == py.TypeType && npos == 1 && kw.Len() == 0 {
			return args[0].Type().Obj(), nil
		}
		if npos != 3 {
			return nilObj, py.TypeError("type() takes 1 or 3 arguments")
		}
		return typeNewHook(p, typ, args, kw)
	}
	ts.Init = func(p *py.Thread, self Object, args []Object, kw *py.Tuple) *py.Exception { return nil }
	generic := py.GenericAlias
	ts.GetItem = func(p *py.Thread, o, k Object) (Object, *py.Exception) {
		typ := py.AsType(o)
		if m := typ.Lookup(py.Intern("__class_getitem__")); !m.IsNil() {
			if get := m.Type().Slots().DescrGet; get != nil {
				b, e := get(p, m, nilObj, typ)
				if e != nil {
					return nilObj, e
				}
				m = b
			}
			return vt(p).callObject(m, []Object{k}, nil)
		}
		if typ.Flags&py.FlagHeapType == 0 {
			return generic(p, o, k)
		}
		return nilObj, py.TypeError("type '%s' is not subscriptable", typ.Name)
	}
	py.TypeType.SetSlots(&ts)

	if py.BaseExceptionType.Dict.GetStr(py.Intern("__init__")).IsNil() {
		py.AddMethod(py.BaseExceptionType, "__init__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			e := py.AsException(self)
			if e == nil {
				return nilObj, py.TypeError("descriptor '__init__' requires a 'BaseException' object")
			}
			if kw.Len() > 0 {
				return nilObj, py.TypeError("%s() takes no keyword arguments", py.TypeName(self))
			}
			e.SetArgs(py.NewTuple(args...))
			return py.None, nil
		})
	}
	bf := func(name string, get func(b *py.BuiltinFunction) Object) {
		py.AddGetSet(py.BuiltinFunctionType, name, func(p *py.Thread, o Object) (Object, *py.Exception) {
			return get((*py.BuiltinFunction)(o.Ptr())), nil
		}, nil)
	}
	bf("__name__", func(b *py.BuiltinFunction) Object { return py.NewStrObj(b.Name) })
	bf("__qualname__", func(b *py.BuiltinFunction) Object {
		if b.Qual != "" {
			return py.NewStrObj(b.Qual)
		}
		return py.NewStrObj(b.Name)
	})
	bf("__self__", func(b *py.BuiltinFunction) Object {
		if b.Self.IsNil() {
			return py.None
		}
		return b.Self
	})
	bf("__module__", func(b *py.BuiltinFunction) Object {
		if b.Self.IsNil() {
			return py.NewStrObj("builtins")
		}
		return py.None
	})
	bf("__doc__", func(b *py.BuiltinFunction) Object {
		if b.Doc == "" {
			return py.None
		}
		return py.NewStrObj(b.Doc)
	})
}

// instanceDictDescr is the __dict__ attribute of a class whose instances
// have a dict.
func instanceDictDescr(owner *py.Type) Object {
	d := &py.GetSetDescr{Head: headOf(py.GetSetDescrType), Name: "__dict__", Owner: owner,
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
