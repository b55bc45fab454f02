package thread

import (
	"unsafe"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

// _thread._local (threading.local): each thread sees its own attributes.
//
// The per-thread dicts live in the reading thread's own vm.Thread
// (Thread.LocalDict, keyed by the local object), so no other thread can
// reach them and attribute access takes no lock: one map lookup finds the
// dict, then the lookup is object.__getattribute__'s with that dict as the
// instance dict. A subclass's __init__ runs again, with the constructor's
// arguments, the first time each other thread touches the object.

type local struct {
	py.Head
	args []Object  // constructor arguments, replayed to __init__ per thread
	kw   *py.Tuple // (nil: none)
}

var (
	localType  *py.Type
	strDict    = py.Intern("__dict__")
	strInit    = py.Intern("__init__")
	objectInit Object // object.__init__, set by initLocal
)

func initLocal() {
	localType = newType("_local", &py.Slots{New: localNew})
	localType.Layout = localType // subclasses' instances are *local too
	localType.Flags |= py.FlagBaseType
	localType.Doc = "Thread-local data"
	s := *localType.Slots()
	s.GetAttr = localGetAttr
	s.SetAttr = localSetAttr
	localType.SetSlots(&s)
	py.AddSlotWrappers(localType) // __getattribute__, __setattr__, __delattr__
	objectInit = py.ObjectType.Dict.GetStr(strInit)
}

// localTypeName is the name in messages: CPython's type is spelled
// "_thread._local"; subclasses use their own name.
func localTypeName(o Object) string {
	if t := o.Type(); t != localType {
		return t.Name
	}
	return "_thread._local"
}

func hasOwnInit(typ *py.Type) bool {
	f := typ.Lookup(strInit)
	return !f.IsNil() && !f.Is(objectInit)
}

func localNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if (len(args) > 0 || kw.Len() > 0) && !hasOwnInit(typ) {
		return Object{}, py.TypeError("Initialization arguments are not supported")
	}
	l := &local{Head: py.MakeHead(typ), kw: kw}
	if len(args) > 0 {
		l.args = append([]Object(nil), args...)
	}
	o := l.Obj()
	// The creating thread's dict exists from the start, so the __init__
	// the constructor runs is not run again on its first attribute access.
	vm.ThreadOf(p).LocalDict(o)
	return o, nil
}

func (l *local) Obj() Object { return py.FromPtr(unsafe.Pointer(l)) }

// threadDict returns the calling thread's dict for o, running the type's
// __init__ (with the constructor's arguments) when this thread has just
// got a new one. A failing __init__ leaves no dict behind, as CPython.
func threadDict(p *py.Thread, o Object) (*py.Dict, *py.Exception) {
	t := vm.ThreadOf(p)
	d, created := t.LocalDict(o)
	if created {
		if typ := o.Type(); hasOwnInit(typ) {
			l := (*local)(o.Ptr())
			args := make([]Object, 0, len(l.args)+1)
			args = append(append(args, o), l.args...)
			if _, exc := py.Call(p, typ.Lookup(strInit), args, l.kw); exc != nil {
				t.DropLocalDict(o)
				return nil, exc
			}
		}
	}
	return d, nil
}

// localGetAttr is object.__getattribute__ with the thread's dict as the
// instance dict: data descriptors of the type first, then the dict, then
// the type's other attributes.
func localGetAttr(p *py.Thread, o Object, name *py.Str) (Object, *py.Exception) {
	d, exc := threadDict(p, o)
	if exc != nil {
		return Object{}, exc
	}
	if name == strDict || name.String() == "__dict__" {
		return d.Obj(), nil
	}
	typ := o.Type()
	attr := typ.Lookup(name)
	var get func(*py.Thread, Object, Object, *py.Type) (Object, *py.Exception)
	if !attr.IsNil() {
		as := attr.Type().Slots()
		get = as.DescrGet
		if get != nil && as.DescrSet != nil {
			return get(p, attr, o, typ)
		}
	}
	v, exc := d.Get(p, name.Obj())
	if exc != nil {
		return Object{}, exc
	}
	if !v.IsNil() {
		return v, nil
	}
	if get != nil {
		return get(p, attr, o, typ)
	}
	if !attr.IsNil() {
		return attr, nil
	}
	return Object{}, py.AttributeError(o, name.String(), "'%s' object has no attribute '%s'", localTypeName(o), name.String())
}

// localSetAttr is object.__setattr__/__delattr__ (v nil) over the thread's
// dict; __dict__ itself cannot be replaced.
func localSetAttr(p *py.Thread, o Object, name *py.Str, v Object) *py.Exception {
	if name == strDict || name.String() == "__dict__" {
		return py.AttributeError(o, "__dict__", "'%s' object attribute '__dict__' is read-only", localTypeName(o))
	}
	d, exc := threadDict(p, o)
	if exc != nil {
		return exc
	}
	if attr := o.Type().Lookup(name); !attr.IsNil() {
		if set := attr.Type().Slots().DescrSet; set != nil {
			return set(p, attr, o, v)
		}
	}
	if v.IsNil() {
		found, exc := d.Delete(p, name.Obj())
		if exc != nil {
			return exc
		}
		if !found {
			return py.AttributeError(o, name.String(), "'%s' object has no attribute '%s'", localTypeName(o), name.String())
		}
		return nil
	}
	return d.Set(p, name.Obj(), v)
}
