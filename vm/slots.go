package vm

import (
	"runtime"
	"sync"

	"github.com/pygo/pygo/py"
)

// Storage beside an object: the __dict__ of an instance of a Python class
// derived from a builtin type whose layout has no room for one (int, str,
// list...), and the values of __slots__ members. Entries are keyed by the
// object's address (Go's collector does not move objects) and removed by a
// cleanup when the object dies, so the tables never keep objects alive.
var (
	sideDicts sync.Map // uintptr -> *py.Dict
	sideSlots sync.Map // uintptr -> *py.Dict
)

func sideTable(m *sync.Map, o Object, create bool) *py.Dict {
	k := uintptr(o.Ptr())
	if d, ok := m.Load(k); ok {
		return d.(*py.Dict)
	}
	if !create {
		return nil
	}
	d := py.NewDict()
	if act, loaded := m.LoadOrStore(k, d); loaded {
		return act.(*py.Dict)
	}
	runtime.AddCleanup((*byte)(o.Ptr()), func(k uintptr) { m.Delete(k) }, k)
	return d
}

// subclassDict is the Dict slot of builtin-type subclasses.
func subclassDict(o Object) *py.Dict { return sideTable(&sideDicts, o, true) }

// slotValues holds o's __slots__ members (created on first store).
func slotValues(o Object, create bool) *py.Dict {
	return sideTable(&sideSlots, o, create)
}

var (
	memberDescrOnce sync.Once
	memberDescrType *py.Type
)

// memberType is member_descriptor: a getset descriptor under its own
// name, as CPython's __slots__ members are.
func memberType() *py.Type {
	memberDescrOnce.Do(func() {
		sl := *py.GetSetDescrType.Slots()
		sl.Repr = func(p *py.Thread, o Object) (Object, *py.Exception) {
			d := (*py.GetSetDescr)(o.Ptr())
			return py.NewStrObj("<member '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
		}
		memberDescrType = newTypeS("member_descriptor", py.ObjectType, &sl)
		py.AddGetSet(memberDescrType, "__name__", func(p *py.Thread, o Object) (Object, *py.Exception) {
			return py.NewStrObj((*py.GetSetDescr)(o.Ptr()).Name), nil
		}, nil)
		py.AddGetSet(memberDescrType, "__objclass__", func(p *py.Thread, o Object) (Object, *py.Exception) {
			return (*py.GetSetDescr)(o.Ptr()).Owner.Obj(), nil
		}, nil)
	})
	return memberDescrType
}

// memberDescr is the descriptor a __slots__ entry becomes.
func memberDescr(owner *py.Type, name string) Object {
	key := py.Intern(name)
	d := &py.GetSetDescr{Head: py.MakeHead(memberType()), Name: name, Owner: owner,
		Get: func(p *py.Thread, o Object) (Object, *py.Exception) {
			if vals := slotValues(o, false); vals != nil {
				if v := vals.GetStr(key); !v.IsNil() {
					return v, nil
				}
			}
			return nilObj, py.AttributeError(o, name, "'%s' object has no attribute '%s'", py.TypeName(o), name)
		},
		Set: func(p *py.Thread, o, v Object) *py.Exception {
			if v.IsNil() {
				vals := slotValues(o, false)
				if vals == nil || vals.GetStr(key).IsNil() {
					return py.AttributeError(o, name, "%s", name)
				}
				_, e := vals.Delete(p, key.Obj())
				return e
			}
			slotValues(o, true).SetStr(key, v)
			return nil
		},
	}
	return d.Obj()
}

// applySlots turns the class namespace's __slots__ into member
// descriptors; it reports whether instances get a __dict__ from this
// class (no __slots__, or "__dict__" among them).
func applySlots(p *py.Thread, typ *py.Type, d *py.Dict) (wantDict bool, e *py.Exception) {
	sl := d.GetStr(py.Intern("__slots__"))
	if sl.IsNil() {
		return true, nil
	}
	var names []Object
	if s, ok := py.AsStr(sl); ok {
		names = []Object{s.Obj()}
	} else {
		names, e = py.SequenceItems(p, sl)
		if e != nil {
			return false, e
		}
	}
	for _, n := range names {
		s, ok := py.AsStr(n)
		if !ok {
			return false, py.TypeError("__slots__ items must be strings, not '%s'", py.TypeName(n))
		}
		name := s.String()
		switch name {
		case "__dict__":
			wantDict = true
			continue
		case "__weakref__":
			// No weak references yet: the attribute exists and is None.
			d.SetStr(py.Intern("__weakref__"), (&py.GetSetDescr{Head: py.MakeHead(py.GetSetDescrType), Name: "__weakref__", Owner: typ,
				Get: func(p *py.Thread, o Object) (Object, *py.Exception) { return py.None, nil }}).Obj())
			continue
		}
		if len(name) > 2 && name[:2] == "__" && name[len(name)-2:] != "__" {
			cls := typ.Name
			for len(cls) > 0 && cls[0] == '_' {
				cls = cls[1:]
			}
			if cls != "" {
				name = "_" + cls + name
			}
		}
		if !d.GetStr(py.Intern(name)).IsNil() {
			return false, py.ValueError("'%s' in __slots__ conflicts with class variable", name)
		}
		d.SetStr(py.Intern(name), memberDescr(typ, name))
	}
	return wantDict, nil
}

// basesHaveDict reports whether an instance of a class with these bases
// already has a __dict__ through one of them.
func basesHaveDict(typ *py.Type) bool {
	for _, m := range typ.MRO()[1:] {
		if m.Flags&py.FlagHeapType == 0 {
			continue
		}
		if info, ok := m.VM.(*classInfo); ok && !info.noDict {
			return true
		}
	}
	return false
}

func init() {
	py.TypeDunderHook = func(p *py.Thread, typ *py.Type) { reinstallSlots(typ) }
	initTypeAnnotations()
}

// reinstallSlots re-derives the slots of a Python class and of its Python
// subclasses from their (possibly changed) dunders.
func reinstallSlots(typ *py.Type) {
	if typ.Flags&py.FlagHeapType == 0 {
		return
	}
	if _, ok := typ.VM.(*classInfo); !ok {
		return
	}
	installSlots(typ)
	for _, sub := range typ.Subclasses() {
		reinstallSlots(sub)
	}
}

// PEP 649: a class's __annotations__ is computed on first access by
// calling its __annotate__(1), then cached in the class namespace.
func initTypeAnnotations() {
	key := py.Intern("__annotations__")
	cache := py.Intern("__annotations_cache__")
	ann := py.Intern("__annotate__")
	d := &py.GetSetDescr{Head: py.MakeHead(py.GetSetDescrType), Name: "__annotations__", Owner: py.TypeType,
		Get: func(p *py.Thread, o Object) (Object, *py.Exception) {
			typ := py.AsType(o)
			if typ == nil || typ.Flags&py.FlagHeapType == 0 {
				name := "?"
				if typ != nil {
					name = typ.Name
				}
				return nilObj, py.AttributeError(o, "__annotations__", "type object '%s' has no attribute '__annotations__'", name)
			}
			if v := typ.Dict.GetStr(key); !v.IsNil() {
				if get := v.Type().Slots().DescrGet; get != nil {
					return get(p, v, nilObj, typ)
				}
				return v, nil
			}
			if v := typ.Dict.GetStr(cache); !v.IsNil() {
				return v, nil
			}
			var res Object
			if f := typ.Dict.GetStr(ann); !f.IsNil() && !f.IsNone() {
				v, e := vt(p).callObject(f, []Object{py.MakeInt(1)}, nil)
				if e != nil {
					return nilObj, e
				}
				if _, ok := py.AsDict(v); !ok {
					return nilObj, py.TypeError("__annotate__ returned non-dict of type '%s'", py.TypeName(v))
				}
				res = v
			} else {
				res = py.NewDict().Obj()
			}
			typ.Dict.SetStr(cache, res)
			return res, nil
		},
		Set: func(p *py.Thread, o, v Object) *py.Exception {
			typ := py.AsType(o)
			if typ == nil || typ.Flags&py.FlagHeapType == 0 {
				return py.TypeError("cannot set '__annotations__' attribute of immutable type")
			}
			if v.IsNil() {
				found, e := typ.Dict.Delete(p, key.Obj())
				if e == nil && !found {
					found, e = typ.Dict.Delete(p, cache.Obj())
				}
				if e == nil && !found {
					return py.AttributeError(o, "__annotations__", "__annotations__")
				}
				typ.Modified()
				return e
			}
			typ.Dict.SetStr(key, v)
			typ.Dict.Delete(p, cache.Obj())
			typ.Modified()
			return nil
		},
	}
	py.TypeType.Dict.SetStr(key, d.Obj())
	py.TypeType.Modified()
}

// moduleAnnotations is module.__annotations__ when the namespace has none
// yet: the module's __annotate__(1), cached in the namespace (PEP 649).
func moduleAnnotations(p *py.Thread, m *Module) (Object, bool, *py.Exception) {
	f := m.Dict.GetStr(py.Intern("__annotate__"))
	var res Object
	if !f.IsNil() && !f.IsNone() {
		v, e := vt(p).callObject(f, []Object{py.MakeInt(1)}, nil)
		if e != nil {
			return nilObj, true, e
		}
		res = v
	} else {
		res = py.NewDict().Obj()
	}
	m.Dict.SetStr(py.Intern("__annotations__"), res)
	return res, true, nil
}
