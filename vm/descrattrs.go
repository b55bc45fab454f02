package vm

import "github.com/pygo/pygo/py"

// Attributes of staticmethod, classmethod, property and super that
// Python code introspects (__name__, __doc__, __isabstractmethod__,
// __thisclass__...).

// abstractAttr reports whether o has a true __isabstractmethod__.
func abstractAttr(p *py.Thread, o Object) (bool, *py.Exception) {
	if o.IsNil() || o.IsNone() {
		return false, nil
	}
	v, e := py.GetAttrOpt(p, o, "__isabstractmethod__")
	if e != nil || v.IsNil() {
		return false, e
	}
	return py.Truthy(p, v)
}

func initDescrAttrs() {
	for _, n := range []string{"__init__", "__setattr__", "__delattr__", "__getattribute__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__", "__str__", "__repr__"} {
		py.ToSlotWrapper(py.ObjectType, n)
	}
	// Subclasses of property are properties (their instances keep the
	// property layout and constructor).
	PropertyType.Layout = PropertyType
	py.ToSlotWrapper(py.TypeType, "__init__")
	py.ToSlotWrapper(py.TypeType, "__call__")
	for _, ty := range []*py.Type{StaticMethodType, ClassMethodType} {
		name := ty.Name
		s := *ty.Slots()
		s.Repr = func(p *py.Thread, o Object) (Object, *py.Exception) {
			r, e := py.ReprS(p, (*wrapper)(o.Ptr()).f)
			if e != nil {
				return nilObj, e
			}
			return py.NewStrObj("<" + name + "(" + r + ")>"), nil
		}
		ty.SetSlots(&s)
	}
	for _, ty := range []*py.Type{StaticMethodType, ClassMethodType} {
		for _, n := range []string{"__name__", "__qualname__", "__module__"} {
			n := n
			py.AddGetSet(ty, n, func(p *py.Thread, o Object) (Object, *py.Exception) {
				return py.GetAttrS(p, (*wrapper)(o.Ptr()).f, n)
			}, nil)
		}
		py.AddGetSet(ty, "__doc__", func(p *py.Thread, o Object) (Object, *py.Exception) {
			v, e := py.GetAttrOpt(p, (*wrapper)(o.Ptr()).f, "__doc__")
			if e != nil || v.IsNil() {
				return py.None, e
			}
			return v, nil
		}, nil)
		py.AddGetSet(ty, "__isabstractmethod__", func(p *py.Thread, o Object) (Object, *py.Exception) {
			b, e := abstractAttr(p, (*wrapper)(o.Ptr()).f)
			return py.Bool(b), e
		}, nil)
	}
	py.AddGetSet(PropertyType, "__isabstractmethod__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		pr := (*property)(o.Ptr())
		for _, f := range []Object{pr.get, pr.set, pr.del} {
			b, e := abstractAttr(p, f)
			if e != nil || b {
				return py.Bool(b), e
			}
		}
		return py.False, nil
	}, nil)
	py.AddGetSet(PropertyType, "__name__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		pr := (*property)(o.Ptr())
		if !pr.name.IsNil() && !pr.name.IsNone() {
			return pr.name, nil
		}
		if !pr.get.IsNil() && !pr.get.IsNone() {
			if v, e := py.GetAttrOpt(p, pr.get, "__name__"); e != nil || !v.IsNil() {
				return v, e
			}
		}
		return nilObj, py.AttributeError(o, "__name__", "'property' object has no attribute '__name__'")
	}, nil)
	py.AddGetSet(SuperType, "__thisclass__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return (*superObj)(o.Ptr()).typ.Obj(), nil
	}, nil)
	py.AddGetSet(SuperType, "__self__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		if s := (*superObj)(o.Ptr()); !s.obj.IsNil() {
			return s.obj, nil
		}
		return py.None, nil
	}, nil)
	py.AddGetSet(SuperType, "__self_class__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		if s := (*superObj)(o.Ptr()); s.objType != nil {
			return s.objType.Obj(), nil
		}
		return py.None, nil
	}, nil)
}
