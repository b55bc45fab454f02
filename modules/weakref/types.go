package weakref

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

var (
	typesOnce                                  sync.Once
	refType, proxyType, callableProxyType      *py.Type
	strName                                    = py.Intern("__name__")
	strWeakref                                 = py.Intern("__weakref__")
	allowed                                    atomic.Pointer[map[*py.Type]bool]
	errDead                                    = "weakly-referenced object no longer exists"
	refTypeName, proxyTypeName, callableProxyN = "weakref.ReferenceType", "weakref.ProxyType", "weakref.CallableProxyType"
)

func init() {
	vm.RegisterModule("_weakref", initModule)
	vm.WeakrefHead = firstRef
}

// AllowType declares that instances of the builtin type t (and of its
// subclasses) support weak references, as a type with tp_weaklistoffset
// does in CPython. Modules defining such types call it from their init.
func AllowType(t *py.Type) {
	for {
		old := allowed.Load()
		m := map[*py.Type]bool{t: true}
		if old != nil {
			for k := range *old {
				m[k] = true
			}
		}
		if allowed.CompareAndSwap(old, &m) {
			return
		}
	}
}

// weakrefable reports whether o's type supports weak references: a Python
// class that has a __weakref__ slot (no __slots__, or "__weakref__" among
// them) or one derived from a builtin type whose instances have room for
// weak references (types, functions, sets...), as in CPython.
func weakrefable(o Object) bool {
	if _, small := o.Small(); small {
		return false
	}
	typ := o.Type()
	if typ.Flags&(py.FlagTypeSubclass|py.FlagSetSubclass) != 0 {
		return true
	}
	al := allowed.Load()
	for _, m := range typ.MRO() {
		if al != nil && (*al)[m] {
			return true
		}
		if m.Flags&py.FlagHeapType != 0 {
			// The class's own __weakref__ descriptor marks the slot.
			if g := m.Dict.GetStr(strWeakref); !g.IsNil() && g.Type() == py.GetSetDescrType {
				if gd := (*py.GetSetDescr)(g.Ptr()); gd.Name == "__weakref__" && gd.Owner == m {
					return true
				}
			}
		}
	}
	return false
}

// tpName is CPython's tp_name: the dotted name for builtin types of a
// module other than builtins, the plain name otherwise.
func tpName(t *py.Type) string {
	if t.Flags&py.FlagHeapType == 0 && t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.Name
	}
	return t.Name
}

// qualifiedName is CPython's %T: module.qualname, without the module for
// builtins and __main__.
func qualifiedName(t *py.Type) string {
	mod := t.Module
	if v := t.Dict.GetStr(py.Intern("__module__")); !v.IsNil() {
		if s, ok := py.AsStr(v); ok {
			mod = s.String()
		}
	}
	if mod == "" || mod == "builtins" || mod == "__main__" {
		return t.Qualname
	}
	return mod + "." + t.Qualname
}

func addrOf(o Object) string { return fmt.Sprintf("%#x", uintptr(o.Ptr())) }

func asRef(o Object) *Ref { return (*Ref)(o.Ptr()) }

func isProxy(o Object) bool {
	t := o.Type()
	return t == proxyType || t == callableProxyType
}

func isRefOrProxy(o Object) bool { return isProxy(o) || o.Type().IsSubtype(refType) }

func newType(name string, s *py.Slots, base bool) *py.Type {
	t, exc := py.NewType(name, []*py.Type{py.ObjectType}, nil)
	if exc != nil {
		panic(exc)
	}
	t.Flags &^= py.FlagBaseType | py.FlagHeapType
	t.Flags |= py.FlagImmutable
	if base {
		t.Flags |= py.FlagBaseType
	}
	t.Module = "weakref"
	t.Layout = t // subclasses' instances are *Ref too
	cur := *t.Slots()
	cur.Repr, cur.Hash, cur.Compare, cur.Call, cur.New, cur.Init = s.Repr, s.Hash, s.Compare, s.Call, s.New, s.Init
	cur.Str, cur.Bool, cur.Len, cur.Iter, cur.Next = s.Str, s.Bool, s.Len, s.Iter, s.Next
	cur.GetItem, cur.SetItem, cur.Contains = s.GetItem, s.SetItem, s.Contains
	cur.Neg, cur.Pos, cur.Abs, cur.Invert = s.Neg, s.Pos, s.Abs, s.Invert
	cur.Index, cur.Int, cur.Float, cur.Pow3 = s.Index, s.Int, s.Float, s.Pow3
	cur.Bin, cur.RBin, cur.IBin = s.Bin, s.RBin, s.IBin
	if s.GetAttr != nil {
		cur.GetAttr, cur.SetAttr = s.GetAttr, s.SetAttr
	}
	t.SetSlots(&cur)
	return t
}

func initTypes() {
	typesOnce.Do(func() {
		// Builtin types whose instances CPython can reference weakly.
		for _, t := range []*py.Type{vm.FunctionType, vm.MethodType, vm.CodeType, vm.ModuleType,
			vm.GeneratorType, vm.CoroutineType, vm.AsyncGenType, py.BuiltinFunctionType,
			py.MemoryViewType, py.GenericAliasType, py.UnionType} {
			if t != nil {
				AllowType(t)
			}
		}
		refType = newType("ReferenceType", &py.Slots{
			New:     refNew,
			Init:    refInit,
			Call:    refCall,
			Repr:    refRepr,
			Hash:    refHash,
			Compare: refCompare,
		}, true)
		py.AddGetSet(refType, "__callback__", func(p *py.Thread, o Object) (Object, *py.Exception) {
			if cb := asRef(o).callback(); !cb.IsNil() {
				return cb, nil
			}
			return py.None, nil
		}, func(p *py.Thread, o, v Object) *py.Exception {
			return py.AttributeError(o, "__callback__", "readonly attribute")
		})
		py.AddClassMethod(refType, "__class_getitem__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if e := arg.Exact("__class_getitem__", args, kw, 1, 1); e != nil {
				return Object{}, e
			}
			return py.NewGenericAlias(self, args[0]), nil
		})
		refType.Doc = ""
		py.AddSlotWrappers(refType)

		proxyType = newType("ProxyType", proxySlots(false), false)
		callableProxyType = newType("CallableProxyType", proxySlots(true), false)
		for _, t := range []*py.Type{proxyType, callableProxyType} {
			py.AddMethod(t, "__bytes__", proxyBytes)
			py.AddMethod(t, "__reversed__", proxyReversed)
			py.AddSlotWrappers(t)
		}
	})
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	initTypes()
	t.Interp().AtExit(RunPending)
	d := m.Dict
	d.SetStr(py.Intern("ref"), refType.Obj())
	d.SetStr(py.Intern("ReferenceType"), refType.Obj())
	d.SetStr(py.Intern("ProxyType"), proxyType.Obj())
	d.SetStr(py.Intern("CallableProxyType"), callableProxyType.Obj())
	fn := func(name string, f func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)) {
		d.SetStr(py.Intern(name), arg.Func(name, f))
	}
	fn("getweakrefcount", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("_weakref.getweakrefcount", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		runPendingP(p)
		return py.MakeInt(int64(len(liveRefs(args[0])))), nil
	})
	fn("getweakrefs", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("_weakref.getweakrefs", args, kw, 1, 1); e != nil {
			return Object{}, e
		}
		runPendingP(p)
		refs := liveRefs(args[0])
		items := make([]Object, len(refs))
		for i, r := range refs {
			items[i] = r.Obj()
		}
		return py.NewList(items).Obj(), nil
	})
	fn("proxy", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("proxy", args, kw, 1, 2); e != nil {
			return Object{}, e
		}
		runPendingP(p)
		cb := Object{}
		if len(args) == 2 {
			cb = args[1]
		}
		kind := kindProxy
		if args[0].Type().Slots().Call != nil {
			kind = kindCallableProxy
		}
		typ := proxyType
		if kind == kindCallableProxy {
			typ = callableProxyType
		}
		return newRef(p, args[0], typ, kind, cb)
	})
	fn("_remove_dead_weakref", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := arg.Exact("_remove_dead_weakref", args, kw, 2, 2); e != nil {
			return Object{}, e
		}
		dict, ok := py.AsDict(args[0])
		if !ok {
			return Object{}, py.TypeError("_remove_dead_weakref() argument 1 must be dict, not %s", py.TypeName(args[0]))
		}
		v, exc := dict.Get(p, args[1])
		if exc != nil || v.IsNil() {
			return py.None, exc
		}
		if isRefOrProxy(v) && asRef(v).Referent().IsNil() {
			if _, exc := dict.Delete(p, args[1]); exc != nil {
				return Object{}, exc
			}
		}
		return py.None, nil
	})
	return nil
}

// ---------------------------------------------------------------- ref

// parseRefArgs is CPython's argument handling of ref.__new__/__init__:
// one or two positional arguments; keywords are ignored (subclasses take
// their own), except by the exact type's constructor.
func parseRefArgs(fname string, args []Object, kw *py.Tuple) (ob, cb Object, exc *py.Exception) {
	n := len(args) - kw.Len()
	switch {
	case n < 1:
		return ob, cb, py.TypeError("%s expected at least 1 argument, got %d", fname, n)
	case n > 2:
		return ob, cb, py.TypeError("%s expected at most 2 arguments, got %d", fname, n)
	}
	ob = args[0]
	if n == 2 {
		cb = args[1]
	}
	return ob, cb, nil
}

func refNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if typ == refType && kw.Len() > 0 {
		return Object{}, py.TypeError("ref() takes no keyword arguments")
	}
	ob, cb, exc := parseRefArgs("__new__", args, kw)
	if exc != nil {
		return Object{}, exc
	}
	runPendingP(p)
	return newRef(p, ob, typ, kindRef, cb)
}

func refInit(p *py.Thread, self Object, args []Object, kw *py.Tuple) *py.Exception {
	_, _, exc := parseRefArgs("__init__", args, kw)
	return exc
}

func refCall(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if kw.Len() > 0 {
		return Object{}, py.TypeError("weakref() takes no keyword arguments")
	}
	if len(args) != 0 {
		return Object{}, py.TypeError("weakref expected 0 arguments, got %d", len(args))
	}
	runPendingP(p)
	if o := asRef(f).Referent(); !o.IsNil() {
		return o, nil
	}
	return py.None, nil
}

// referentName is the "(name)" CPython's repr adds when the referent's
// type defines __name__ (functions, classes, builtins), looked up as a
// special method.
func referentName(p *py.Thread, o Object) string {
	d := o.Type().Lookup(strName)
	if d.IsNil() {
		return ""
	}
	v := d
	if g := d.Type().Slots().DescrGet; g != nil {
		var exc *py.Exception
		if v, exc = g(p, d, o, o.Type()); exc != nil {
			return ""
		}
	}
	if s, ok := py.AsStr(v); ok {
		return s.String()
	}
	return ""
}

func refRepr(p *py.Thread, o Object) (Object, *py.Exception) {
	ref := asRef(o)
	obj := ref.Referent()
	if obj.IsNil() {
		return py.NewStrObj("<weakref at " + addrOf(o) + "; dead>"), nil
	}
	s := "<weakref at " + addrOf(o) + "; to '" + qualifiedName(obj.Type()) + "' at " + addrOf(obj)
	if n := referentName(p, obj); n != "" {
		s += " (" + n + ")"
	}
	return py.NewStrObj(s + ">"), nil
}

func refHash(p *py.Thread, o Object) (int64, *py.Exception) {
	r := asRef(o)
	if r.hashed.Load() {
		return r.hash.Load(), nil
	}
	obj := r.Referent()
	if obj.IsNil() {
		return 0, py.TypeError("weak object has gone away")
	}
	h, exc := py.Hash(p, obj)
	if exc != nil {
		return 0, exc
	}
	r.hash.Store(h)
	r.hashed.Store(true)
	return h, nil
}

// refCompare: == and != compare the referents while both are alive, and
// the references themselves otherwise; no ordering.
func refCompare(p *py.Thread, a, b Object, op py.CmpOp) (Object, *py.Exception) {
	if op != py.Eq && op != py.Ne || !isRefOrProxy(b) {
		return py.NotImplemented, nil
	}
	x, y := asRef(a).Referent(), asRef(b).Referent()
	if x.IsNil() || y.IsNil() {
		return py.Bool(a.Is(b) == (op == py.Eq)), nil
	}
	return py.RichCompare(p, x, y, op)
}
