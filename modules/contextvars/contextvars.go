// Package contextvars implements the _contextvars module (re-exported by
// the contextvars module of the embedded library).
//
// Each VM thread has a current Context (vm.Thread.Context). A Context's
// contents are an immutable table replaced on every ContextVar.set
// (copy-on-write), so Context.copy and copy_context are O(1) snapshots
// and a Context can be read by any thread without a lock; only the thread
// that has entered a Context changes it, and a Context can be entered by
// one thread at a time.
package contextvars

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

// table is a Context's contents in insertion order; never mutated once
// published.
type table struct {
	vars []*ctxVar
	vals []Object
}

func (t *table) find(v *ctxVar) int {
	if t == nil {
		return -1
	}
	for i, x := range t.vars {
		if x == v {
			return i
		}
	}
	return -1
}

// with returns a copy of t with v set to val (val nil: v removed).
func (t *table) with(v *ctxVar, val Object) *table {
	n := &table{}
	if t != nil {
		n.vars = make([]*ctxVar, 0, len(t.vars)+1)
		n.vals = make([]Object, 0, len(t.vars)+1)
		for i, x := range t.vars {
			if x == v {
				continue
			}
			n.vars = append(n.vars, x)
			n.vals = append(n.vals, t.vals[i])
		}
	}
	if !val.IsNil() {
		if i := t.find(v); i >= 0 {
			// Keep the variable's position.
			n.vars = append(n.vars[:i], append([]*ctxVar{v}, n.vars[i:]...)...)
			n.vals = append(n.vals[:i], append([]Object{val}, n.vals[i:]...)...)
		} else {
			n.vars = append(n.vars, v)
			n.vals = append(n.vals, val)
		}
	}
	return n
}

type context struct {
	py.Head
	tab     atomic.Pointer[table]
	entered atomic.Bool
}

type ctxVar struct {
	py.Head
	name Object
	def  Object // nil: no default
}

type token struct {
	py.Head
	ctx  *context
	v    *ctxVar
	old  Object // nil: MISSING
	used atomic.Bool
}

func (c *context) Obj() Object { return py.FromPtr(unsafe.Pointer(c)) }
func (v *ctxVar) Obj() Object  { return py.FromPtr(unsafe.Pointer(v)) }
func (k *token) Obj() Object   { return py.FromPtr(unsafe.Pointer(k)) }

var (
	typesOnce                                    sync.Once
	contextType, varType, tokenType, missingType *py.Type
	missing                                      Object
)

func init() { vm.RegisterModule("_contextvars", initModule) }

func newType(name string, s *py.Slots) *py.Type {
	t, exc := py.NewType(name, []*py.Type{py.ObjectType}, nil)
	if exc != nil {
		panic(exc)
	}
	t.Flags &^= py.FlagBaseType | py.FlagHeapType
	t.Flags |= py.FlagImmutable
	t.Module = "_contextvars"
	cur := *t.Slots()
	merge(&cur, s)
	t.SetSlots(&cur)
	return t
}

func merge(d, s *py.Slots) {
	if s.New != nil {
		d.New = s.New
	}
	if s.Repr != nil {
		d.Repr = s.Repr
	}
	if s.Hash != nil {
		d.Hash = s.Hash
	}
	if s.Compare != nil {
		d.Compare = s.Compare
	}
	if s.Len != nil {
		d.Len = s.Len
	}
	if s.Iter != nil {
		d.Iter = s.Iter
	}
	if s.GetItem != nil {
		d.GetItem = s.GetItem
	}
	if s.Contains != nil {
		d.Contains = s.Contains
	}
}

func addr(o Object) string { return fmt.Sprintf("%#x", uintptr(o.Ptr())) }

func newContext(tab *table) *context {
	c := &context{Head: py.MakeHead(contextType)}
	c.tab.Store(tab)
	return c
}

// current returns the thread's current context, creating an empty one.
func current(t *vm.Thread) *context {
	if c := t.Context(); !c.IsNil() {
		return (*context)(c.Ptr())
	}
	c := newContext(nil)
	c.entered.Store(true)
	t.SetContext(c.Obj())
	return c
}

func asVar(o Object) (*ctxVar, *py.Exception) {
	if o.Type() != varType {
		r, _ := py.ReprS(nil, o)
		return nil, py.TypeError("a ContextVar key was expected, got %s", r)
	}
	return (*ctxVar)(o.Ptr()), nil
}

func (c *context) lookup(v *ctxVar) Object {
	tab := c.tab.Load()
	if i := tab.find(v); i >= 0 {
		return tab.vals[i]
	}
	return Object{}
}

func initTypes() {
	contextType = newType("Context", &py.Slots{
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) > 0 {
				return Object{}, py.TypeError("Context() does not accept any arguments")
			}
			return newContext(nil).Obj(), nil
		},
		Hash: func(p *py.Thread, o Object) (int64, *py.Exception) {
			return 0, py.TypeError("unhashable type: '_contextvars.Context'")
		},
		Len: func(p *py.Thread, o Object) (int, *py.Exception) {
			tab := (*context)(o.Ptr()).tab.Load()
			if tab == nil {
				return 0, nil
			}
			return len(tab.vars), nil
		},
		GetItem: func(p *py.Thread, o, k Object) (Object, *py.Exception) {
			v, exc := asVar(k)
			if exc != nil {
				return Object{}, exc
			}
			if val := (*context)(o.Ptr()).lookup(v); !val.IsNil() {
				return val, nil
			}
			return Object{}, py.KeyError(k)
		},
		Contains: func(p *py.Thread, o, k Object) (bool, *py.Exception) {
			v, exc := asVar(k)
			if exc != nil {
				return false, exc
			}
			return !(*context)(o.Ptr()).lookup(v).IsNil(), nil
		},
		Iter: func(p *py.Thread, o Object) (Object, *py.Exception) {
			return py.GetIter(p, keysList((*context)(o.Ptr())))
		},
		Compare: func(p *py.Thread, a, b Object, op py.CmpOp) (Object, *py.Exception) {
			if (op != py.Eq && op != py.Ne) || b.Type() != contextType {
				return py.NotImplemented, nil
			}
			ta, tb := (*context)(a.Ptr()).tab.Load(), (*context)(b.Ptr()).tab.Load()
			eq, exc := tablesEqual(p, ta, tb)
			if exc != nil {
				return Object{}, exc
			}
			return py.Bool(eq == (op == py.Eq)), nil
		},
	})
	py.AddMethod(contextType, "run", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args)-kw.Len() < 1 {
			return Object{}, py.TypeError("run() missing 1 required positional argument")
		}
		c := (*context)(self.Ptr())
		if !c.entered.CompareAndSwap(false, true) {
			return Object{}, py.RuntimeError("cannot enter context: <_contextvars.Context object at %s> is already entered", addr(self))
		}
		t := vm.ThreadOf(p)
		prev := t.Context()
		t.SetContext(self)
		v, exc := t.Call(args[0], args[1:], kw)
		t.SetContext(prev)
		c.entered.Store(false)
		return v, exc
	})
	py.AddMethod(contextType, "copy", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("copy", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return newContext((*context)(self.Ptr()).tab.Load()).Obj(), nil
	})
	py.AddMethod(contextType, "get", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("get", args, kw, 1, 2); exc != nil {
			return Object{}, exc
		}
		v, exc := asVar(args[0])
		if exc != nil {
			return Object{}, exc
		}
		if val := (*context)(self.Ptr()).lookup(v); !val.IsNil() {
			return val, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	py.AddMethod(contextType, "keys", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return keysList((*context)(self.Ptr())), nil
	})
	py.AddMethod(contextType, "values", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		tab := (*context)(self.Ptr()).tab.Load()
		var out []Object
		if tab != nil {
			out = append(out, tab.vals...)
		}
		return py.NewList(out).Obj(), nil
	})
	py.AddMethod(contextType, "items", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		tab := (*context)(self.Ptr()).tab.Load()
		var out []Object
		if tab != nil {
			for i, v := range tab.vars {
				out = append(out, py.NewTuple(v.Obj(), tab.vals[i]).Obj())
			}
		}
		return py.NewList(out).Obj(), nil
	})

	varType = newType("ContextVar", &py.Slots{
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			var name, def Object
			if exc := arg.Parse("ContextVar", args, kw, []string{"name", "$default"}, 1, 0, &name, &def); exc != nil {
				return Object{}, exc
			}
			if _, ok := py.AsStr(name); !ok {
				return Object{}, py.TypeError("context variable name must be a str")
			}
			return (&ctxVar{Head: py.MakeHead(varType), name: name, def: def}).Obj(), nil
		},
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			v := (*ctxVar)(o.Ptr())
			n, exc := py.ReprS(p, v.name)
			if exc != nil {
				return Object{}, exc
			}
			s := "<ContextVar name=" + n
			if !v.def.IsNil() {
				d, exc := py.ReprS(p, v.def)
				if exc != nil {
					return Object{}, exc
				}
				s += " default=" + d
			}
			return py.NewStrObj(s + " at " + addr(o) + ">"), nil
		},
	})
	py.AddGetSet(varType, "name", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return (*ctxVar)(o.Ptr()).name, nil
	}, nil)
	py.AddMethod(varType, "get", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("get", args, kw, 0, 1); exc != nil {
			return Object{}, exc
		}
		v := (*ctxVar)(self.Ptr())
		if c := vm.ThreadOf(p).Context(); !c.IsNil() {
			if val := (*context)(c.Ptr()).lookup(v); !val.IsNil() {
				return val, nil
			}
		}
		if len(args) == 1 {
			return args[0], nil
		}
		if !v.def.IsNil() {
			return v.def, nil
		}
		return Object{}, py.NewException(py.LookupErrorType, self)
	})
	py.AddMethod(varType, "set", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("set", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		v := (*ctxVar)(self.Ptr())
		c := current(vm.ThreadOf(p))
		tab := c.tab.Load()
		old := Object{}
		if i := tab.find(v); i >= 0 {
			old = tab.vals[i]
		}
		c.tab.Store(tab.with(v, args[0]))
		return (&token{Head: py.MakeHead(tokenType), ctx: c, v: v, old: old}).Obj(), nil
	})
	py.AddMethod(varType, "reset", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("reset", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		return reset(p, (*ctxVar)(self.Ptr()), args[0])
	})
	py.AddClassMethod(varType, "__class_getitem__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return py.GenericAlias(p, self, args[0])
	})

	tokenType = newType("Token", &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			k := (*token)(o.Ptr())
			vr, exc := py.ReprS(p, k.v.Obj())
			if exc != nil {
				return Object{}, exc
			}
			used := "False"
			if k.used.Load() {
				used = "True"
			}
			return py.NewStrObj("<Token used=" + used + " var=" + vr + " at " + addr(o) + ">"), nil
		},
	})
	py.AddGetSet(tokenType, "var", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return (*token)(o.Ptr()).v.Obj(), nil
	}, nil)
	py.AddGetSet(tokenType, "old_value", func(p *py.Thread, o Object) (Object, *py.Exception) {
		if old := (*token)(o.Ptr()).old; !old.IsNil() {
			return old, nil
		}
		return missing, nil
	}, nil)
	py.AddMethod(tokenType, "__enter__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return self, nil
	})
	py.AddMethod(tokenType, "__exit__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		k := (*token)(self.Ptr())
		if _, exc := reset(p, k.v, self); exc != nil {
			return Object{}, exc
		}
		return py.None, nil
	})
	missingType = newType("Token.MISSING", &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) { return py.NewStrObj("<Token.MISSING>"), nil },
	})
	missingType.Name = "Token.MISSING"
	missing = py.FromPtr(unsafe.Pointer(&struct{ py.Head }{py.MakeHead(missingType)}))
	tokenType.Dict.SetStr(py.Intern("MISSING"), missing)
}

func reset(p *py.Thread, v *ctxVar, to Object) (Object, *py.Exception) {
	if to.Type() != tokenType {
		r, exc := py.ReprS(p, to)
		if exc != nil {
			return Object{}, exc
		}
		return Object{}, py.TypeError("expected an instance of Token, got %s", r)
	}
	k := (*token)(to.Ptr())
	r, _ := py.ReprS(p, to)
	if k.used.Load() {
		return Object{}, py.RuntimeError("%s has already been used once", r)
	}
	if k.v != v {
		return Object{}, py.ValueError("%s was created by a different ContextVar", r)
	}
	c := current(vm.ThreadOf(p))
	if k.ctx != c {
		return Object{}, py.ValueError("%s was created in a different Context", r)
	}
	k.used.Store(true)
	c.tab.Store(c.tab.Load().with(v, k.old))
	return py.None, nil
}

func keysList(c *context) Object {
	tab := c.tab.Load()
	var out []Object
	if tab != nil {
		for _, v := range tab.vars {
			out = append(out, v.Obj())
		}
	}
	return py.NewList(out).Obj()
}

func tablesEqual(p *py.Thread, a, b *table) (bool, *py.Exception) {
	la, lb := 0, 0
	if a != nil {
		la = len(a.vars)
	}
	if b != nil {
		lb = len(b.vars)
	}
	if la != lb {
		return false, nil
	}
	for i := 0; i < la; i++ {
		j := b.find(a.vars[i])
		if j < 0 {
			return false, nil
		}
		eq, exc := py.Equal(p, a.vals[i], b.vals[j])
		if exc != nil || !eq {
			return false, exc
		}
	}
	return true, nil
}

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	typesOnce.Do(initTypes)
	d := m.Dict
	d.SetStr(py.Intern("Context"), contextType.Obj())
	d.SetStr(py.Intern("ContextVar"), varType.Obj())
	d.SetStr(py.Intern("Token"), tokenType.Obj())
	d.SetStr(py.Intern("copy_context"), arg.Func("copy_context", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if exc := arg.Exact("copy_context", args, kw, 0, 0); exc != nil {
			return Object{}, exc
		}
		return newContext(current(vm.ThreadOf(p)).tab.Load()).Obj(), nil
	}))
	return nil
}
