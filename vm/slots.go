package vm

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unsafe"
	"weak"

	"github.com/pygo/pygo/py"
)

// Storage beside an object, for Python subclasses of builtin types whose
// Go layout has no room for it (int, str, list...): the instance __dict__
// and the values of __slots__ members. Instances of classes with object's
// layout keep both inline (Instance), exceptions in py.Exception.
//
// Entries are keyed by the object's address (Go's collector does not move
// objects) and carry a weak pointer to their object: an entry whose object
// died is stale even before its cleanup has run, so a new object that
// reuses the address never sees the dead one's attributes, and the cleanup
// only deletes the entry it was registered for.
type sideEntry struct {
	owner weak.Pointer[py.Head]
	dict  atomic.Pointer[py.Dict]
	slots []Object // fixed at creation: the nslots of the object's class
}

var sideTable sync.Map // uintptr -> *sideEntry

type sideKey struct {
	addr  uintptr
	entry *sideEntry
}

func sideOf(o Object) *sideEntry {
	h := (*py.Head)(o.Ptr())
	k := uintptr(o.Ptr())
	for {
		v, ok := sideTable.Load(k)
		if ok {
			if e := v.(*sideEntry); e.owner.Value() == h {
				return e
			}
		}
		e := &sideEntry{owner: weak.Make(h)}
		if n := classSlots(o.Type()); n > 0 {
			e.slots = make([]Object, n)
		}
		var stored bool
		if ok {
			stored = sideTable.CompareAndSwap(k, v, e)
		} else {
			_, loaded := sideTable.LoadOrStore(k, e)
			stored = !loaded
		}
		if stored {
			runtime.AddCleanup(h, func(sk sideKey) { sideTable.CompareAndDelete(sk.addr, sk.entry) }, sideKey{k, e})
			return e
		}
	}
}

// subclassDict is the Dict slot of builtin-type subclasses.
func subclassDict(o Object) *py.Dict {
	e := sideOf(o)
	if d := e.dict.Load(); d != nil {
		return d
	}
	e.dict.CompareAndSwap(nil, py.NewDict())
	return e.dict.Load()
}

// classSlots is the number of __slots__ members of typ's instances.
func classSlots(typ *py.Type) int {
	if ci, ok := typ.VM.(*classInfo); ok {
		return ci.nslots
	}
	return 0
}

// slotArray is the storage of o's __slots__ members.
func slotArray(o Object) []Object {
	typ := o.Type()
	switch {
	case typ.Layout == py.ObjectType:
		return (*Instance)(o.Ptr()).slots
	case typ.IsSubtype(py.BaseExceptionType):
		return (*py.Exception)(o.Ptr()).SlotArray(classSlots(typ))
	}
	return sideOf(o).slots
}

func slotPtr(s []Object, i int) *unsafe.Pointer { return (*unsafe.Pointer)(unsafe.Pointer(&s[i])) }

// newSlottedInstance makes an instance of a class with n __slots__
// members, the values in the same allocation for the common sizes.
func newSlottedInstance(typ *py.Type, n int) Object {
	switch {
	case n <= 1:
		return slottedN[[1]Object](typ, n)
	case n <= 2:
		return slottedN[[2]Object](typ, n)
	case n <= 3:
		return slottedN[[3]Object](typ, n)
	case n <= 4:
		return slottedN[[4]Object](typ, n)
	case n <= 6:
		return slottedN[[6]Object](typ, n)
	case n <= 8:
		return slottedN[[8]Object](typ, n)
	}
	o := &Instance{Head: py.MakeHead(typ), slots: make([]Object, n)}
	return py.FromPtr(unsafe.Pointer(o))
}

type slottedInstance[A any] struct {
	Instance
	vals A
}

func slottedN[A any](typ *py.Type, n int) Object {
	o := &slottedInstance[A]{}
	o.Head = py.MakeHead(typ)
	o.slots = unsafe.Slice((*Object)(unsafe.Pointer(&o.vals)), n)
	return py.FromPtr(unsafe.Pointer(&o.Instance))
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
		py.AddMethod(memberDescrType, "__get__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) < 1 || len(args) > 2 {
				return nilObj, py.TypeError("expected 1 or 2 arguments, got %d", len(args))
			}
			if args[0].IsNone() {
				return self, nil
			}
			return (*py.GetSetDescr)(self.Ptr()).Get(p, args[0])
		})
		py.AddMethod(memberDescrType, "__set__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 2 {
				return nilObj, py.TypeError("expected 2 arguments, got %d", len(args))
			}
			return py.None, (*py.GetSetDescr)(self.Ptr()).Set(p, args[0], args[1])
		})
		py.AddMethod(memberDescrType, "__delete__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 {
				return nilObj, py.TypeError("expected 1 argument, got %d", len(args))
			}
			return py.None, (*py.GetSetDescr)(self.Ptr()).Set(p, args[0], nilObj)
		})
	})
	return memberDescrType
}

// memberDescr is the descriptor a __slots__ entry becomes: member i of
// the instances of owner and its subclasses. Reads and writes are single
// atomic loads and stores of the value word (no lock, no torn values).
func memberDescr(owner *py.Type, name string, i int) Object {
	storage := func(o Object) ([]Object, *py.Exception) {
		typ := o.Type()
		if typ != owner && !typ.IsSubtype(owner) {
			return nil, py.TypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.Name, typ.Name)
		}
		var s []Object
		if typ.Layout == py.ObjectType {
			s = (*Instance)(o.Ptr()).slots
		} else {
			s = slotArray(o)
		}
		if i >= len(s) {
			return nil, py.SystemError("slot '%s' out of range for a '%s' object", name, typ.Name)
		}
		return s, nil
	}
	d := &py.GetSetDescr{Head: py.MakeHead(memberType()), Name: name, Owner: owner,
		Get: func(p *py.Thread, o Object) (Object, *py.Exception) {
			s, e := storage(o)
			if e != nil {
				return nilObj, e
			}
			if v := atomic.LoadPointer(slotPtr(s, i)); v != nil {
				return py.FromPtr(v), nil
			}
			return nilObj, py.AttributeError(o, name, "'%s' object has no attribute '%s'", py.TypeName(o), name)
		},
		Set: func(p *py.Thread, o, v Object) *py.Exception {
			s, e := storage(o)
			if e != nil {
				return e
			}
			if v.IsNil() {
				if atomic.SwapPointer(slotPtr(s, i), nil) == nil {
					return py.AttributeError(o, name, "%s", name)
				}
				return nil
			}
			atomic.StorePointer(slotPtr(s, i), v.Ptr())
			return nil
		},
	}
	return d.Obj()
}

// applySlots turns the class namespace's __slots__ into member
// descriptors and works out the instance layout (typ.VM's classInfo); it
// reports whether instances get a __dict__ from this class (no __slots__,
// or "__dict__" among them).
func applySlots(p *py.Thread, typ *py.Type, d *py.Dict) (info *classInfo, wantDict bool, e *py.Exception) {
	info = &classInfo{}
	// The bases' layouts: their solid bases (the class that last added
	// members, else the builtin layout) must lie on one chain.
	var solid *py.Type
	for _, b := range typ.Bases() {
		sb := b.Layout
		if ci, ok := b.VM.(*classInfo); ok && ci.slotBase != nil {
			sb = ci.slotBase
		}
		switch {
		case solid == nil || sb.IsSubtype(solid):
			solid = sb
		case solid.IsSubtype(sb):
		default:
			return nil, false, py.TypeError("multiple bases have instance lay-out conflict")
		}
	}
	if ci, ok := solid.VM.(*classInfo); ok && solid.Flags&py.FlagHeapType != 0 {
		info.slotBase, info.nslots, info.slotNames = ci.slotBase, ci.nslots, ci.slotNames
	}
	sl := d.GetStr(py.Intern("__slots__"))
	if sl.IsNil() {
		return info, true, nil
	}
	var names []Object
	if s, ok := py.AsStr(sl); ok {
		names = []Object{s.Obj()}
	} else {
		names, e = py.SequenceItems(p, sl)
		if e != nil {
			return nil, false, e
		}
	}
	hasDict := basesHaveDict(typ)
	var own []string
	for _, n := range names {
		s, ok := py.AsStr(n)
		if !ok {
			return nil, false, py.TypeError("__slots__ items must be strings, not '%s'", py.TypeName(n))
		}
		name := s.String()
		if !isIdentifier(name) {
			return nil, false, py.TypeError("__slots__ must be identifiers")
		}
		switch name {
		case "__dict__":
			if wantDict || hasDict || typ.Layout != py.ObjectType && typ.Layout.Slots().Dict != nil {
				return nil, false, py.TypeError("__dict__ slot disallowed: we already got one")
			}
			wantDict = true
			continue
		case "__weakref__":
			d.SetStr(py.Intern("__weakref__"), weakrefDescr(typ))
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
			return nil, false, py.ValueError("'%s' in __slots__ conflicts with class variable", name)
		}
		own = append(own, name)
	}
	if len(own) > 0 {
		switch typ.Layout {
		case py.IntType, py.BytesType, py.TupleType:
			return nil, false, py.TypeError("nonempty __slots__ not supported for subtype of '%s'", typ.Base.Name)
		}
		// Sorted, as CPython orders members: classes adding the same
		// names get the same indices (__class__ assignment between them).
		slices.Sort(own)
		names := make([]string, 0, info.nslots+len(own))
		info.slotNames = append(append(names, info.slotNames...), own...)
		for _, name := range own {
			d.SetStr(py.Intern(name), memberDescr(typ, name, info.nslots))
			info.nslots++
		}
		info.slotBase = typ
	}
	return info, wantDict, nil
}

// isIdentifier reports whether s is a Python identifier (str.isidentifier).
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
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
	py.AddGetSet(py.ObjectType, "__class__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return o.Type().Obj(), nil
	}, setClass)
	py.AddGetSet(py.TypeType, "__name__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return py.NewStrObj(py.AsType(o).Name), nil
	}, func(p *py.Thread, o, v Object) *py.Exception {
		typ, s, e := typeNameArg(o, v, "__name__")
		if e == nil {
			typ.Name = s
		}
		return e
	})
	py.AddGetSet(py.TypeType, "__qualname__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return py.NewStrObj(py.AsType(o).Qualname), nil
	}, func(p *py.Thread, o, v Object) *py.Exception {
		typ, s, e := typeNameArg(o, v, "__qualname__")
		if e == nil {
			typ.Qualname = s
		}
		return e
	})
}

// typeNameArg checks cls.__name__ = v (or __qualname__): heap types only,
// a str without NUL characters.
func typeNameArg(o, v Object, attr string) (*py.Type, string, *py.Exception) {
	typ := py.AsType(o)
	if typ.Flags&py.FlagImmutable != 0 {
		return nil, "", py.TypeError("cannot set '%s' attribute of immutable type '%s'", attr, typ.Name)
	}
	if v.IsNil() {
		return nil, "", py.TypeError("cannot delete '%s' attribute of immutable type '%s'", attr, typ.Name)
	}
	s, ok := py.AsStr(v)
	if !ok {
		return nil, "", py.TypeError("can only assign string to %s.%s, not '%s'", typ.Name, attr, py.TypeName(v))
	}
	if attr == "__name__" && strings.IndexByte(s.String(), 0) >= 0 {
		return nil, "", py.ValueError("type name must not contain null characters")
	}
	return typ, s.String(), nil
}

// setClass is obj.__class__ = v, allowed (as in CPython) between mutable
// classes, or module subclasses, whose instances have the same layout.
//
// The type word is replaced with a plain store: like CPython's free-threaded
// build before it stops the world, a thread reading the object's type
// concurrently may see either class, never a torn word.
func setClass(p *py.Thread, o, v Object) *py.Exception {
	if v.IsNil() {
		return py.TypeError("can't delete __class__ attribute")
	}
	newto := py.AsType(v)
	if newto == nil {
		return py.TypeError("__class__ must be set to a class, not '%s' object", py.TypeName(v))
	}
	oldto := o.Type()
	if !(newto.IsSubtype(ModuleType) && oldto.IsSubtype(ModuleType)) &&
		(newto.Flags&py.FlagImmutable != 0 || oldto.Flags&py.FlagImmutable != 0) {
		return py.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !sameLayout(oldto, newto) {
		return py.TypeError("__class__ assignment: '%s' object layout differs from '%s'", newto.Name, oldto.Name)
	}
	(*py.Head)(o.Ptr()).SetType(newto)
	return nil
}

// sameLayout reports whether an instance of a can become one of b: same
// builtin layout, same __dict__ presence, same __slots__ members.
func sameLayout(a, b *py.Type) bool {
	if a == b {
		return true
	}
	if a.Layout != b.Layout || (a.Slots().Dict == nil) != (b.Slots().Dict == nil) {
		return false
	}
	ai, _ := a.VM.(*classInfo)
	bi, _ := b.VM.(*classInfo)
	var an, bn []string
	if ai != nil {
		an = ai.slotNames
	}
	if bi != nil {
		bn = bi.slotNames
	}
	return slices.Equal(an, bn)
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
