package py

import (
	"fmt"
	"strings"
	"unsafe"
)

// MethodFunc is the Go signature of a builtin method: self plus the
// vectorcall arguments (positional, then the values of the kw names).
type MethodFunc func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception)

// BuiltinFunction is a builtin function or a builtin method bound to Self
// (type builtin_function_or_method).
type BuiltinFunction struct {
	Head
	Name string
	Qual string // qualified name for reprs of bound methods ("list.append")
	Self Object // nil for plain functions
	Fn   func(t *Thread, args []Object, kw *Tuple) (Object, *Exception)
	Meth MethodFunc // bound builtin method: Fn is nil, Meth gets Self
	Doc  string
	// descr is the method descriptor a bound method was made from (its
	// __qualname__ is built when asked, not on every binding).
	descr *MethodDescr
}

func (f *BuiltinFunction) Obj() Object { return Object{unsafe.Pointer(f)} }

// NewBuiltin makes a builtin function.
func NewBuiltin(name string, fn func(t *Thread, args []Object, kw *Tuple) (Object, *Exception)) *BuiltinFunction {
	return &BuiltinFunction{Head: Head{BuiltinFunctionType}, Name: name, Qual: name, Fn: fn}
}

func builtinCall(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception) {
	b := (*BuiltinFunction)(f.p)
	if b.Meth != nil {
		return b.Meth(t, b.Self, args, kw)
	}
	return b.Fn(t, args, kw)
}

func builtinRepr(t *Thread, o Object) (Object, *Exception) {
	b := (*BuiltinFunction)(o.p)
	if b.Self.p == nil {
		return NewStr("<built-in function " + b.Name + ">").Obj(), nil
	}
	if ty := AsType(b.Self); ty != nil {
		return NewStr(fmt.Sprintf("<built-in method %s of type object at %#x>", b.Name, uintptr(b.Self.p))).Obj(), nil
	}
	return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, TypeName(b.Self), uintptr(b.Self.p))).Obj(), nil
}

// BuiltinsModule returns the builtins module of t's interpreter: the
// __self__ of builtin functions that are not bound methods. The VM sets
// it; nil (or a nil result) reads as None.
var BuiltinsModule func(t *Thread) Object

// builtinFunctionMembers are __name__, __qualname__, __self__,
// __module__ and __doc__ of builtin_function_or_method.
func builtinFunctionMembers(typ *Type) {
	get := func(name string, f func(t *Thread, b *BuiltinFunction) Object) {
		addGetSet(typ, name, func(t *Thread, o Object) (Object, *Exception) {
			return f(t, (*BuiltinFunction)(o.p)), nil
		}, nil)
	}
	get("__name__", func(t *Thread, b *BuiltinFunction) Object { return NewStr(b.Name).Obj() })
	get("__qualname__", func(t *Thread, b *BuiltinFunction) Object {
		if b.Qual != "" {
			return NewStr(b.Qual).Obj()
		}
		if b.descr != nil {
			// CPython names a bound builtin method after type(self):
			// L().append.__qualname__ is "L.append" for a list subclass L.
			return NewStr(b.Self.Type().Qualname + "." + b.Name).Obj()
		}
		return NewStr(b.Name).Obj()
	})
	get("__self__", func(t *Thread, b *BuiltinFunction) Object {
		if b.Self.p != nil {
			return b.Self
		}
		if BuiltinsModule != nil {
			if m := BuiltinsModule(t); m.p != nil {
				return m
			}
		}
		return None
	})
	// Bound methods of builtin types have no module; plain functions are
	// the builtins module's.
	get("__module__", func(t *Thread, b *BuiltinFunction) Object {
		if b.Self.p == nil {
			return NewStr("builtins").Obj()
		}
		return None
	})
	get("__doc__", func(t *Thread, b *BuiltinFunction) Object {
		if b.Doc == "" {
			return None
		}
		return NewStr(b.Doc).Obj()
	})
}

// MethodDescr is a builtin method in a type's dict (method_descriptor):
// str.upper. Getting it from an instance binds it.
type MethodDescr struct {
	Head
	Name  string
	Owner *Type
	Fn    MethodFunc
	Class bool // classmethod: binds to the type
}

func (d *MethodDescr) Obj() Object { return Object{unsafe.Pointer(d)} }

func methodDescrGet(t *Thread, descr, obj Object, typ *Type) (Object, *Exception) {
	d := (*MethodDescr)(descr.p)
	if d.Class {
		if typ == nil {
			typ = obj.Type()
		}
		return (&BuiltinFunction{Head: Head{BuiltinFunctionType}, Name: d.Name, Qual: d.Owner.Name + "." + d.Name, Self: typ.Obj(), Meth: d.Fn}).Obj(), nil
	}
	if obj.p == nil {
		return descr, nil
	}
	return (&BuiltinFunction{Head: Head{BuiltinFunctionType}, Name: d.Name, Self: obj, Meth: d.Fn, descr: d}).Obj(), nil
}

// methodDescrCall is str.upper("abc"): the first argument is self.
func methodDescrCall(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception) {
	d := (*MethodDescr)(f.p)
	if d.Class {
		return d.Fn(t, d.Owner.Obj(), args, kw)
	}
	if len(args)-kw.Len() < 1 {
		return Object{}, TypeError("unbound method %s.%s() needs an argument", d.Owner.Name, d.Name)
	}
	if !args[0].Type().IsSubtype(d.Owner) {
		return Object{}, TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.Name, d.Owner.Name, TypeName(args[0]))
	}
	return d.Fn(t, args[0], args[1:], kw)
}

func methodDescrRepr(t *Thread, o Object) (Object, *Exception) {
	d := (*MethodDescr)(o.p)
	return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", d.Name, d.Owner.Name)).Obj(), nil
}

// GetSetDescr is a computed attribute of a builtin type (getset_descriptor).
type GetSetDescr struct {
	Head
	Name  string
	Owner *Type
	Get   func(t *Thread, o Object) (Object, *Exception)
	Set   func(t *Thread, o, v Object) *Exception // nil: read-only; v nil: delete
}

func (d *GetSetDescr) Obj() Object { return Object{unsafe.Pointer(d)} }

func getSetGet(t *Thread, descr, obj Object, typ *Type) (Object, *Exception) {
	d := (*GetSetDescr)(descr.p)
	if obj.p == nil {
		return descr, nil
	}
	return d.Get(t, obj)
}

func getSetSet(t *Thread, descr, obj, v Object) *Exception {
	d := (*GetSetDescr)(descr.p)
	if d.Set == nil {
		if v.p == nil {
			return AttributeError(obj, d.Name, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
		}
		return AttributeError(obj, d.Name, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
	}
	return d.Set(t, obj, v)
}

func getSetRepr(t *Thread, o Object) (Object, *Exception) {
	d := (*GetSetDescr)(o.p)
	return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.Name, d.Owner.Name)).Obj(), nil
}

// addMethod / addClassMethod / addGetSet register builtin attributes.
func addMethod(typ *Type, name string, fn MethodFunc) {
	typ.Dict.SetStr(Intern(name), (&MethodDescr{Head: Head{MethodDescrType}, Name: name, Owner: typ, Fn: fn}).Obj())
}

func addClassMethod(typ *Type, name string, fn MethodFunc) {
	typ.Dict.SetStr(Intern(name), (&MethodDescr{Head: Head{ClassMethodDescrType}, Name: name, Owner: typ, Fn: fn, Class: true}).Obj())
}

func addGetSet(typ *Type, name string, get func(t *Thread, o Object) (Object, *Exception), set func(t *Thread, o, v Object) *Exception) {
	typ.Dict.SetStr(Intern(name), (&GetSetDescr{Head: Head{GetSetDescrType}, Name: name, Owner: typ, Get: get, Set: set}).Obj())
}

// AddMethod, AddClassMethod and AddGetSet let other packages (the VM,
// builtin modules) extend builtin types.
func AddMethod(typ *Type, name string, fn MethodFunc) { addMethod(typ, name, fn); typ.Modified() }
func AddClassMethod(typ *Type, name string, fn MethodFunc) {
	addClassMethod(typ, name, fn)
	typ.Modified()
}
func AddGetSet(typ *Type, name string, get func(t *Thread, o Object) (Object, *Exception), set func(t *Thread, o, v Object) *Exception) {
	addGetSet(typ, name, get, set)
	typ.Modified()
}

// callDescr calls an attribute found on a type as a method of self.
func callDescr(t *Thread, m, self Object, args []Object) (Object, *Exception) {
	if m.Type() == MethodDescrType {
		return (*MethodDescr)(m.p).Fn(t, self, args, nil)
	}
	if g := m.Type().Slots().DescrGet; g != nil {
		bound, exc := g(t, m, self, self.Type())
		if exc != nil {
			return Object{}, exc
		}
		return Call(t, bound, args, nil)
	}
	return Call(t, m, append([]Object{self}, args...), nil)
}

// ---------------------------------------------------------------- getattr

// GetAttr is getattr(o, name).
func GetAttr(t *Thread, o Object, name *Str) (Object, *Exception) {
	f := o.Type().Slots().GetAttr
	if f == nil {
		return GenericGetAttr(t, o, name)
	}
	return f(t, o, name)
}

// GetAttrOpt is getattr(o, name, nil): a missing attribute is not an error.
func GetAttrOpt(t *Thread, o Object, name string) (Object, *Exception) {
	v, exc := GetAttr(t, o, Intern(name))
	if exc != nil && exc.Matches(AttributeErrorType) {
		return Object{}, nil
	}
	return v, exc
}

// GetAttrS is GetAttr with a Go name.
func GetAttrS(t *Thread, o Object, name string) (Object, *Exception) {
	return GetAttr(t, o, Intern(name))
}

// IsGenericGetAttr reports whether f is GenericGetAttr itself (a type whose
// GetAttr slot it is has object's attribute semantics, which the VM's method
// calls shortcut). Go has no func equality; top-level functions have one
// static closure each, so comparing the closure pointers is exact.
func IsGenericGetAttr(f func(*Thread, Object, *Str) (Object, *Exception)) bool {
	return f != nil && *(*unsafe.Pointer)(unsafe.Pointer(&f)) == genericGetAttrFn
}

// IsGenericSetAttr is IsGenericGetAttr for GenericSetAttr.
func IsGenericSetAttr(f func(*Thread, Object, *Str, Object) *Exception) bool {
	return f != nil && *(*unsafe.Pointer)(unsafe.Pointer(&f)) == genericSetAttrFn
}

var genericSetAttrFn = func() unsafe.Pointer {
	f := GenericSetAttr
	return *(*unsafe.Pointer)(unsafe.Pointer(&f))
}()

var genericGetAttrFn = func() unsafe.Pointer {
	f := GenericGetAttr
	return *(*unsafe.Pointer)(unsafe.Pointer(&f))
}()

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance dict, then other type attributes (bound via __get__).
func GenericGetAttr(t *Thread, o Object, name *Str) (Object, *Exception) {
	typ := o.Type()
	attr := typ.Lookup(name)
	var get func(*Thread, Object, Object, *Type) (Object, *Exception)
	if attr.p != nil {
		asl := attr.Type().Slots()
		get = asl.DescrGet
		if get != nil && asl.DescrSet != nil {
			return get(t, attr, o, typ)
		}
	}
	if df := typ.Slots().Dict; df != nil {
		if d := df(o); d != nil {
			v, exc := d.Get(t, name.Obj())
			if exc != nil {
				return Object{}, exc
			}
			if v.p != nil {
				return v, nil
			}
		}
	}
	if get != nil {
		return get(t, attr, o, typ)
	}
	if attr.p != nil {
		return attr, nil
	}
	return Object{}, AttributeError(o, name.s, "'%s' object has no attribute '%s'", typ.Name, name.s)
}

// SetAttr is setattr(o, name, v); v nil deletes.
func SetAttr(t *Thread, o Object, name *Str, v Object) *Exception {
	f := o.Type().Slots().SetAttr
	if f == nil {
		return GenericSetAttr(t, o, name, v)
	}
	return f(t, o, name, v)
}

// GenericSetAttr is object.__setattr__ / __delattr__.
func GenericSetAttr(t *Thread, o Object, name *Str, v Object) *Exception {
	typ := o.Type()
	attr := typ.Lookup(name)
	if attr.p != nil {
		if set := attr.Type().Slots().DescrSet; set != nil {
			return set(t, attr, o, v)
		}
	}
	if df := typ.Slots().Dict; df != nil {
		if d := df(o); d != nil {
			if v.p == nil {
				found, exc := d.Delete(t, name.Obj())
				if exc != nil {
					return exc
				}
				if !found {
					return AttributeError(o, name.s, "'%s' object has no attribute '%s'", typ.Name, name.s)
				}
				return nil
			}
			return d.Set(t, name.Obj(), v)
		}
	}
	if attr.p != nil {
		return AttributeError(o, name.s, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
	}
	if v.p == nil {
		return AttributeError(o, name.s, "'%s' object has no attribute '%s'", typ.Name, name.s)
	}
	return AttributeError(o, name.s, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typ.Name, name.s)
}

func setAttrByDescr(t *Thread, o Object, name string, v Object) *Exception {
	return SetAttr(t, o, Intern(name), v)
}

// typeGetAttr is type.__getattribute__: the metatype's data descriptors,
// then the type's own MRO (descriptors bound with obj=nil), then the
// metatype's other attributes.
func typeGetAttr(t *Thread, o Object, name *Str) (Object, *Exception) {
	typ := (*Type)(o.p)
	meta := o.Type()
	metaAttr := meta.Lookup(name)
	var metaGet func(*Thread, Object, Object, *Type) (Object, *Exception)
	if metaAttr.p != nil {
		sl := metaAttr.Type().Slots()
		metaGet = sl.DescrGet
		if metaGet != nil && sl.DescrSet != nil {
			return metaGet(t, metaAttr, o, meta)
		}
	}
	if attr := typ.Lookup(name); attr.p != nil {
		if get := attr.Type().Slots().DescrGet; get != nil {
			return get(t, attr, Object{}, typ)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, o, meta)
	}
	if metaAttr.p != nil {
		return metaAttr, nil
	}
	return Object{}, AttributeError(o, name.s, "type object '%s' has no attribute '%s'", typ.Name, name.s)
}

func typeSetAttr(t *Thread, o Object, name *Str, v Object) *Exception {
	typ := (*Type)(o.p)
	if typ.Flags&FlagImmutable != 0 {
		if v.p == nil {
			return TypeError("cannot delete '%s' attribute of immutable type '%s'", name.s, typ.Name)
		}
		return TypeError("cannot set '%s' attribute of immutable type '%s'", name.s, typ.Name)
	}
	if attr := o.Type().Lookup(name); attr.p != nil {
		if set := attr.Type().Slots().DescrSet; set != nil {
			return set(t, attr, o, v)
		}
	}
	defer typ.Modified()
	if v.p == nil {
		found, exc := typ.Dict.Delete(t, name.Obj())
		if exc == nil && !found {
			return AttributeError(o, name.s, "type object '%s' has no attribute '%s'", typ.Name, name.s)
		}
		if exc == nil {
			dunderChanged(t, typ, name.s)
		}
		return exc
	}
	exc := typ.Dict.Set(t, name.Obj(), v)
	if exc == nil {
		dunderChanged(t, typ, name.s)
	}
	return exc
}

// TypeDunderHook, set by the VM, re-derives the slots of a Python class
// (and its subclasses) after one of its dunder attributes is assigned or
// deleted, so that `C.__add__ = f` changes what `c + 1` does.
var TypeDunderHook func(t *Thread, typ *Type)

func dunderChanged(t *Thread, typ *Type, name string) {
	if TypeDunderHook != nil && typ.Flags&FlagHeapType != 0 && len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		TypeDunderHook(t, typ)
	}
}

// InheritedSlots returns the slot table t inherits from its MRO, before
// any slot of its own.
func InheritedSlots(t *Type) Slots {
	var s Slots
	for _, m := range t.MRO()[1:] {
		s.inherit(m.Slots())
	}
	return s
}

// ---------------------------------------------------------------- arguments

// parseArgs binds vectorcall arguments to dst by the given parameter
// names: "" = positional-only, "*name" = keyword-only, others either way.
// The first `required` parameters are mandatory. Missing optional ones are
// left nil.
func parseArgs(fname string, args []Object, kw *Tuple, names []string, required int, dst ...*Object) *Exception {
	nkw := kw.Len()
	npos := len(args) - nkw
	maxPos := 0
	for _, n := range names {
		if !strings.HasPrefix(n, "*") {
			maxPos++
		}
	}
	if npos > maxPos {
		if maxPos == 0 {
			return TypeError("%s() takes no positional arguments", fname)
		}
		if required == maxPos {
			return TypeError("%s() takes exactly %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
		}
		if maxPos < len(names) { // keyword-only parameters follow
			return TypeError("%s() takes at most %d positional argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
		}
		return TypeError("%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	for i := range dst {
		*dst[i] = Object{}
	}
	for i := 0; i < npos; i++ {
		*dst[i] = args[i]
	}
	for i := range nkw {
		k := (*Str)(kw.items[i].p).s
		found := false
		for j, n := range names {
			if strings.TrimPrefix(n, "*") == k && n != "" {
				if dst[j].p != nil {
					return TypeError("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				*dst[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return TypeError("%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if dst[i].p == nil {
			n := strings.TrimPrefix(names[i], "*")
			if n == "" {
				return TypeError("%s() takes at least %d positional argument%s (%d given)", fname, required, plural(required), npos)
			}
			return TypeError("%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func noArgs(fname string, args []Object, kw *Tuple) *Exception {
	if len(args) > 0 {
		return TypeError("%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

func noKw(fname string, kw *Tuple) *Exception {
	if kw.Len() > 0 {
		return TypeError("%s() takes no keyword arguments", fname)
	}
	return nil
}

// ---------------------------------------------------------------- object / type

func objectRepr(t *Thread, o Object) (Object, *Exception) {
	typ := o.Type()
	return NewStr(fmt.Sprintf("<%s object at %#x>", typ.FullName(), uintptr(o.p))).Obj(), nil
}

func objectHash(t *Thread, o Object) (int64, *Exception) { return pointerHash(o), nil }

func objectCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	switch op {
	case Eq:
		if a.p == b.p {
			return True, nil
		}
		return NotImplemented, nil
	case Ne:
		// != is the inverse of __eq__ unless that is NotImplemented.
		f := a.Type().Slots().Compare
		if f == nil {
			return NotImplemented, nil
		}
		r, exc := f(t, a, b, Eq)
		if exc != nil || r.p == NotImplemented.p {
			return r, exc
		}
		v, exc := Truthy(t, r)
		if exc != nil {
			return Object{}, exc
		}
		return Bool(!v), nil
	}
	return NotImplemented, nil
}

type plainObject struct{ Head }

func objectNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	if len(args) > 0 && typ.Slots().Init == nil {
		return Object{}, TypeError("%s() takes no arguments", typ.Name)
	}
	if len(args) > 0 && typ == ObjectType {
		return Object{}, TypeError("object() takes no arguments")
	}
	return Object{unsafe.Pointer(&plainObject{Head{typ}})}, nil
}

func typeRepr(t *Thread, o Object) (Object, *Exception) {
	return NewStr("<class '" + (*Type)(o.p).FullName() + "'>").Obj(), nil
}

// typeCall is calling a type: type(x), or __new__ then __init__.
func typeCall(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception) {
	typ := (*Type)(f.p)
	if typ == TypeType && len(args) == 1 && kw.Len() == 0 {
		return args[0].Type().Obj(), nil
	}
	sl := typ.Slots()
	if sl.New == nil {
		return Object{}, TypeError("cannot create '%s' instances", typ.FullName())
	}
	o, exc := sl.New(t, typ, args, kw)
	if exc != nil {
		return Object{}, exc
	}
	if !o.Type().IsSubtype(typ) {
		return o, nil
	}
	if init := o.Type().Slots().Init; init != nil {
		if exc := init(t, o, args, kw); exc != nil {
			return Object{}, exc
		}
	}
	return o, nil
}

// TypeNewHook creates classes for type(name, bases, dict); the VM installs
// its implementation (which builds slots from dunders).
var TypeNewHook func(t *Thread, meta *Type, args []Object, kw *Tuple) (Object, *Exception)

func typeNew(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
	// args ends with the values of the keywords (class X(B, tag=1) passes
	// tag on to __init_subclass__): only the positionals count.
	npos := len(args) - kw.Len()
	if typ == TypeType && npos == 1 && kw.Len() == 0 {
		return args[0].Type().Obj(), nil
	}
	if npos != 3 {
		return Object{}, TypeError("type() takes 1 or 3 arguments")
	}
	if TypeNewHook != nil {
		return TypeNewHook(t, typ, args, kw)
	}
	name, ok := AsStr(args[0])
	if !ok {
		return Object{}, TypeError("type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	bt, ok := AsTuple(args[1])
	if !ok {
		return Object{}, TypeError("type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	d, ok := AsDict(args[2])
	if !ok {
		return Object{}, TypeError("type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	var bases []*Type
	for _, b := range bt.items {
		bty := AsType(b)
		if bty == nil {
			return Object{}, TypeError("bases must be types")
		}
		bases = append(bases, bty)
	}
	nt, exc := NewType(name.s, bases, d.Copy())
	if exc != nil {
		return Object{}, exc
	}
	return nt.Obj(), nil
}

func typeInit(t *Thread, self Object, args []Object, kw *Tuple) *Exception { return nil }

func typeMembers(typ *Type) {
	addGetSet(typ, "__name__", func(t *Thread, o Object) (Object, *Exception) {
		return NewStr((*Type)(o.p).Name).Obj(), nil
	}, nil)
	addGetSet(typ, "__qualname__", func(t *Thread, o Object) (Object, *Exception) {
		return NewStr((*Type)(o.p).Qualname).Obj(), nil
	}, nil)
	addGetSet(typ, "__module__", func(t *Thread, o Object) (Object, *Exception) {
		ty := (*Type)(o.p)
		if v := ty.Dict.GetStr(Intern("__module__")); v.p != nil {
			return v, nil
		}
		return NewStr(ty.Module).Obj(), nil
	}, nil)
	addGetSet(typ, "__mro__", func(t *Thread, o Object) (Object, *Exception) {
		mro := (*Type)(o.p).MRO()
		items := make([]Object, len(mro))
		for i, m := range mro {
			items[i] = m.Obj()
		}
		return NewTupleNoCopy(items).Obj(), nil
	}, nil)
	addGetSet(typ, "__bases__", func(t *Thread, o Object) (Object, *Exception) {
		bs := (*Type)(o.p).Bases()
		items := make([]Object, len(bs))
		for i, m := range bs {
			items[i] = m.Obj()
		}
		return NewTupleNoCopy(items).Obj(), nil
	}, nil)
	addGetSet(typ, "__base__", func(t *Thread, o Object) (Object, *Exception) {
		if b := (*Type)(o.p).Base; b != nil {
			return b.Obj(), nil
		}
		return None, nil
	}, nil)
	addGetSet(typ, "__dict__", func(t *Thread, o Object) (Object, *Exception) {
		return (*Type)(o.p).Dict.Copy().Obj(), nil // a read-only mappingproxy in CPython
	}, nil)
	addGetSet(typ, "__doc__", func(t *Thread, o Object) (Object, *Exception) {
		ty := (*Type)(o.p)
		if v := ty.Dict.GetStr(Intern("__doc__")); v.p != nil {
			return v, nil
		}
		if ty.Doc == "" {
			return None, nil
		}
		return NewStr(ty.Doc).Obj(), nil
	}, nil)
	addMethod(typ, "mro", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		mro := (*Type)(self.p).MRO()
		items := make([]Object, len(mro))
		for i, m := range mro {
			items[i] = m.Obj()
		}
		return NewList(items).Obj(), nil
	})
	addMethod(typ, "__subclasses__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		subs := (*Type)(self.p).Subclasses()
		items := make([]Object, len(subs))
		for i, m := range subs {
			items[i] = m.Obj()
		}
		return NewList(items).Obj(), nil
	})
}

func objectMembers(typ *Type) {
	addGetSet(typ, "__class__", func(t *Thread, o Object) (Object, *Exception) {
		return o.Type().Obj(), nil
	}, nil)
	addMethod(typ, "__repr__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return objectRepr(t, self)
	})
	addMethod(typ, "__format__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("object.__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.n > 0 {
			return Object{}, TypeError("unsupported format string passed to %s.__format__", TypeName(self))
		}
		return ToStr(t, self)
	})
}
