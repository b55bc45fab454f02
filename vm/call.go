package vm

import (
	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// callObject calls any callable from Go.
func (t *Thread) callObject(f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if f.IsNil() {
		return py.Call(t.P, f, args, kw)
	}
	// The common callees directly, without the Call slot's indirections
	// (each branch does exactly what that type's Call slot does).
	switch f.Type() {
	case FunctionType:
		return t.callFunction((*Function)(f.Ptr()), args, kw)
	case py.BuiltinFunctionType:
		b := (*py.BuiltinFunction)(f.Ptr())
		if b.Meth != nil {
			return b.Meth(t.P, b.Self, args, kw)
		}
		return b.Fn(t.P, args, kw)
	case py.MethodDescrType:
		// list.append(l, x) and the unbound methods LOAD_METHOD returns.
		if d := (*py.MethodDescr)(f.Ptr()); !d.Class && len(args) > kw.Len() && args[0].Type() == d.Owner {
			return d.Fn(t.P, args[0], args[1:], kw)
		}
	case py.TypeType:
		if f.Is(py.StrType.Obj()) && len(args) == 1 && kw == nil {
			return py.ToStr(t.P, args[0]) // str(x), as strNew does it
		}
	}
	if m, ok := asMethodObj(f); ok {
		buf := make([]Object, 0, len(args)+1)
		buf = append(buf, m.Self)
		buf = append(buf, args...)
		return t.callObject(m.Fn, buf, kw)
	}
	return py.Call(t.P, f, args, kw)
}

// callEx is f(*args, **kwargs) with kwargs in regs[c] (c = NoReg: none).
func (t *Thread) callEx(f Object, args *py.Tuple, regs []Object, c int) (Object, *py.Exception) {
	pos := args.Items()
	if c == bytecode.NoReg || regs[c].IsNil() {
		return t.callObject(f, pos, nil)
	}
	d, ok := py.AsDict(regs[c])
	if !ok {
		return nilObj, py.TypeError("%s argument after ** must be a mapping, not %s", funcDesc(f), py.TypeName(regs[c]))
	}
	keys, vals := d.Items()
	if len(keys) == 0 {
		return t.callObject(f, pos, nil)
	}
	all := make([]Object, 0, len(pos)+len(keys))
	all = append(all, pos...)
	all = append(all, vals...)
	for _, k := range keys {
		if _, ok := py.AsStr(k); !ok {
			return nilObj, py.TypeError("keywords must be strings")
		}
	}
	return t.callObject(f, all, py.NewTuple(keys...))
}

// callMethod calls o.name().
func (t *Thread) callMethod(o Object, name string, args ...Object) (Object, *py.Exception) {
	m, e := py.GetAttrS(t.P, o, name)
	if e != nil {
		return nilObj, e
	}
	return t.callObject(m, args, nil)
}

// lookupSpecial finds a dunder on the type and binds it to o (nil if absent).
func (t *Thread) lookupSpecial(o Object, name string) (Object, *py.Exception) {
	attr := o.Type().Lookup(py.Intern(name))
	if attr.IsNil() {
		return nilObj, nil
	}
	if get := attr.Type().Slots().DescrGet; get != nil {
		return get(t.P, attr, o, o.Type())
	}
	return attr, nil
}

// loadMethod implements LOAD_METHOD: a plain function found on the type is
// returned unbound with self.
func (t *Thread) loadMethod(obj Object, name *py.Str) (Object, Object, *py.Exception) {
	typ := obj.Type()
	ga := typ.Slots().GetAttr
	if ga == nil || isGenericGetAttr(typ) {
		attr := typ.Lookup(name)
		if !attr.IsNil() {
			at := attr.Type()
			if at == FunctionType || at == py.MethodDescrType {
				// Not shadowed by the instance dict?
				shadow := false
				if df := typ.Slots().Dict; df != nil {
					if d := df(obj); d != nil && !d.GetStr(name).IsNil() {
						shadow = true
					}
				}
				if !shadow {
					// A builtin method descriptor is returned unbound too:
					// calling it with self first (methodDescrCall) checks
					// self's type and saves allocating a bound method.
					return attr, obj, nil
				}
			}
		}
	}
	v, e := py.GetAttr(t.P, obj, name)
	return v, nilObj, e
}

func isGenericGetAttr(typ *py.Type) bool {
	// Types whose GetAttr is the generic one: instances of Python classes
	// without __getattr__/__getattribute__ overrides.
	if v, ok := typ.VM.(*classInfo); ok {
		return !v.customGetAttr
	}
	// Builtin types (list, str, dict...) that inherit object.__getattribute__.
	return typ.Flags&py.FlagHeapType == 0 && py.IsGenericGetAttr(typ.Slots().GetAttr)
}

// ---------------------------------------------------------------- functions

func functionCall(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	return vt(p).callFunction((*Function)(f.Ptr()), args, kw)
}

func functionGet(p *py.Thread, descr, obj Object, typ *py.Type) (Object, *py.Exception) {
	if obj.IsNil() || obj.IsNone() && typ == py.NoneType && false {
		return descr, nil
	}
	return newMethod(descr, obj), nil
}

func methodCall(p *py.Thread, f Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	return vt(p).callObject(f, args, kw)
}

func (t *Thread) makeFunction(fr *Frame, code *Code, regs []Object, c, flags int) Object {
	fn := &Function{Head: py.MakeHead(FunctionType), Code: code, Globals: fr.globals, Builtins: fr.builtins}
	fn.Name = code.Name.Obj()
	fn.QualName = code.QualName.Obj()
	if code.B.Flags&bytecode.HasDocstring != 0 && len(code.Consts) > 0 {
		fn.Doc = code.Consts[0]
	} else {
		fn.Doc = py.None
	}
	fn.Module = fr.globals.GetStr(py.Intern("__name__"))
	if fn.Module.IsNil() {
		fn.Module = py.None
	}
	r := c
	if flags&bytecode.FnDefaults != 0 {
		fn.Defaults, _ = py.AsTuple(regs[r])
		r++
	}
	if flags&bytecode.FnKwDefaults != 0 {
		fn.KwDefaults, _ = py.AsDict(regs[r])
		r++
	}
	if flags&bytecode.FnAnnotations != 0 {
		if tu, ok := py.AsTuple(regs[r]); ok {
			d := py.NewDict()
			items := tu.Items()
			for i := 0; i+1 < len(items); i += 2 {
				d.Set(t.P, items[i], items[i+1])
			}
			fn.Annotations = d.Obj()
		}
		r++
	}
	if flags&bytecode.FnClosure != 0 {
		fn.Closure, _ = py.AsTuple(regs[r])
		r++
	}
	if flags&bytecode.FnAnnotate != 0 {
		fn.Annotate = regs[r]
	}
	return fn.Obj()
}

func initFunctionType() {
	FunctionType = newTypeS("function", py.ObjectType, &py.Slots{
		Call: functionCall, DescrGet: functionGet,
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			f := (*Function)(o.Ptr())
			return py.NewStrObj("<function " + f.qual() + " at " + addr(o) + ">"), nil
		},
		Dict: func(o Object) *py.Dict { return (*Function)(o.Ptr()).Dict() },
	})
	FunctionType.Flags &^= py.FlagImmutable
	fget := func(name string, get func(f *Function) Object, set func(f *Function, v Object) *py.Exception) {
		var s func(p *py.Thread, o, v Object) *py.Exception
		if set != nil {
			s = func(p *py.Thread, o, v Object) *py.Exception { return set((*Function)(o.Ptr()), v) }
		}
		py.AddGetSet(FunctionType, name, func(p *py.Thread, o Object) (Object, *py.Exception) {
			v := get((*Function)(o.Ptr()))
			if v.IsNil() {
				return py.None, nil
			}
			return v, nil
		}, s)
	}
	fget("__name__", func(f *Function) Object { return f.Name }, func(f *Function, v Object) *py.Exception {
		if _, ok := py.AsStr(v); !ok {
			return py.TypeError("__name__ must be set to a string object")
		}
		f.Name = v
		return nil
	})
	fget("__qualname__", func(f *Function) Object { return f.QualName }, func(f *Function, v Object) *py.Exception {
		if _, ok := py.AsStr(v); !ok {
			return py.TypeError("__qualname__ must be set to a string object")
		}
		f.QualName = v
		return nil
	})
	fget("__doc__", func(f *Function) Object { return f.Doc }, func(f *Function, v Object) *py.Exception { f.Doc = v; return nil })
	fget("__module__", func(f *Function) Object { return f.Module }, func(f *Function, v Object) *py.Exception { f.Module = v; return nil })
	fget("__code__", func(f *Function) Object { return f.Code.Obj() }, nil)
	fget("__globals__", func(f *Function) Object { return f.Globals.Obj() }, nil)
	fget("__builtins__", func(f *Function) Object { return f.Builtins.Obj() }, nil)
	fget("__dict__", func(f *Function) Object { return f.Dict().Obj() }, nil)
	fget("__closure__", func(f *Function) Object {
		if f.Closure == nil {
			return py.None
		}
		return f.Closure.Obj()
	}, nil)
	fget("__defaults__", func(f *Function) Object {
		if f.Defaults == nil {
			return py.None
		}
		return f.Defaults.Obj()
	}, func(f *Function, v Object) *py.Exception {
		if v.IsNil() || v.IsNone() {
			f.Defaults = nil
			return nil
		}
		tu, ok := py.AsTuple(v)
		if !ok {
			return py.TypeError("__defaults__ must be set to a tuple object")
		}
		f.Defaults = tu
		return nil
	})
	fget("__kwdefaults__", func(f *Function) Object {
		if f.KwDefaults == nil {
			return py.None
		}
		return f.KwDefaults.Obj()
	}, func(f *Function, v Object) *py.Exception {
		if v.IsNil() || v.IsNone() {
			f.KwDefaults = nil
			return nil
		}
		d, ok := py.AsDict(v)
		if !ok {
			return py.TypeError("__kwdefaults__ must be set to a dict object")
		}
		f.KwDefaults = d
		return nil
	})
	// __annotations__ calls __annotate__(1) once (PEP 649); its errors
	// (a NameError for a name not defined yet) reach the caller and
	// nothing is cached.
	py.AddGetSet(FunctionType, "__annotations__", func(p *py.Thread, o Object) (Object, *py.Exception) {
		f := (*Function)(o.Ptr())
		if f.Annotations.IsNil() {
			if !f.Annotate.IsNil() && !f.Annotate.IsNone() {
				v, e := vt(p).callObject(f.Annotate, []Object{py.MakeInt(1)}, nil)
				if e != nil {
					return nilObj, e
				}
				f.Annotations = v
				return v, nil
			}
			f.Annotations = py.NewDict().Obj()
		}
		return f.Annotations, nil
	}, func(p *py.Thread, o, v Object) *py.Exception { (*Function)(o.Ptr()).Annotations = v; return nil })
	fget("__annotate__", func(f *Function) Object { return f.Annotate }, func(f *Function, v Object) *py.Exception { f.Annotate = v; return nil })
	fget("__type_params__", func(f *Function) Object {
		if f.TypeParams.IsNil() {
			return py.NewTuple().Obj()
		}
		return f.TypeParams
	}, func(f *Function, v Object) *py.Exception { f.TypeParams = v; return nil })

	MethodType = newTypeS("method", py.ObjectType, &py.Slots{
		Call: methodCall,
		// types.MethodType(function, instance)
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if kw.Len() > 0 {
				return nilObj, py.TypeError("method() takes no keyword arguments")
			}
			if len(args) != 2 {
				return nilObj, py.TypeError("method expected 2 arguments, got %d", len(args))
			}
			if args[0].Type().Slots().Call == nil {
				return nilObj, py.TypeError("first argument must be callable")
			}
			if args[1].IsNone() {
				return nilObj, py.TypeError("instance must not be None")
			}
			return newMethod(args[0], args[1]), nil
		},
		GetAttr: func(p *py.Thread, o Object, name *py.Str) (Object, *py.Exception) {
			v, e := py.GenericGetAttr(p, o, name)
			if e != nil && e.Matches(py.AttributeErrorType) {
				return py.GetAttr(p, (*Method)(o.Ptr()).Fn, name)
			}
			return v, e
		},
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			m := (*Method)(o.Ptr())
			q := "?"
			if qn, e := py.GetAttrS(p, m.Fn, "__qualname__"); e == nil {
				q, _ = py.StrS(p, qn)
			} else if n, e := py.GetAttrS(p, m.Fn, "__name__"); e == nil {
				q, _ = py.StrS(p, n) // e.g. a property wrapped in classmethod
			}
			r, e := py.ReprS(p, m.Self)
			if e != nil {
				return nilObj, e
			}
			return py.NewStrObj("<bound method " + q + " of " + r + ">"), nil
		},
		Compare: func(p *py.Thread, a, b Object, op py.CmpOp) (Object, *py.Exception) {
			if b.Type() != MethodType || (op != py.Eq && op != py.Ne) {
				return py.NotImplemented, nil
			}
			x, y := (*Method)(a.Ptr()), (*Method)(b.Ptr())
			eq := x.Fn.Is(y.Fn) && x.Self.Is(y.Self)
			return py.Bool(eq == (op == py.Eq)), nil
		},
		Hash: func(p *py.Thread, o Object) (int64, *py.Exception) {
			m := (*Method)(o.Ptr())
			h1, _ := py.Hash(p, m.Fn)
			return h1 ^ int64(uintptr(m.Self.Ptr())>>4), nil
		},
	})
	py.AddGetSet(MethodType, "__func__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*Method)(o.Ptr()).Fn, nil }, nil)
	py.AddGetSet(MethodType, "__self__", func(p *py.Thread, o Object) (Object, *py.Exception) { return (*Method)(o.Ptr()).Self, nil }, nil)

	CellType = newTypeS("cell", py.ObjectType, &py.Slots{
		// types.CellType([contents])
		New: func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if kw.Len() > 0 {
				return nilObj, py.TypeError("cell() takes no keyword arguments")
			}
			if len(args) > 1 {
				return nilObj, py.TypeError("cell expected at most 1 argument, got %d", len(args))
			}
			c := newCell(nilObj)
			if len(args) == 1 {
				c.Set(args[0])
			}
			return c.Obj(), nil
		},
	})
	py.AddGetSet(CellType, "cell_contents", func(p *py.Thread, o Object) (Object, *py.Exception) {
		v := asCell(o).Get()
		if v.IsNil() {
			return nilObj, py.ValueError("Cell is empty")
		}
		return v, nil
	}, func(p *py.Thread, o, v Object) *py.Exception { asCell(o).Set(v); return nil })

	CodeType = newTypeS("code", py.ObjectType, &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			c := (*Code)(o.Ptr())
			return py.NewStrObj("<code object " + c.B.Name + " at " + addr(o) + ", file \"" + c.B.Filename + "\", line " + itoa(c.B.FirstLineNo) + ">"), nil
		},
	})
	cget := func(name string, get func(c *Code) Object) {
		py.AddGetSet(CodeType, name, func(p *py.Thread, o Object) (Object, *py.Exception) { return get((*Code)(o.Ptr())), nil }, nil)
	}
	strs := func(ss []string) Object {
		items := make([]Object, len(ss))
		for i, s := range ss {
			items[i] = py.NewStrObj(s)
		}
		return py.NewTupleNoCopy(items).Obj()
	}
	cget("co_name", func(c *Code) Object { return c.Name.Obj() })
	cget("co_qualname", func(c *Code) Object { return c.QualName.Obj() })
	cget("co_filename", func(c *Code) Object { return py.NewStrObj(c.B.Filename) })
	cget("co_firstlineno", func(c *Code) Object { return py.MakeInt(int64(c.B.FirstLineNo)) })
	cget("co_argcount", func(c *Code) Object { return py.MakeInt(int64(c.B.ArgCount)) })
	cget("co_posonlyargcount", func(c *Code) Object { return py.MakeInt(int64(c.B.PosOnlyArgCount)) })
	cget("co_kwonlyargcount", func(c *Code) Object { return py.MakeInt(int64(c.B.KwOnlyArgCount)) })
	cget("co_flags", func(c *Code) Object { return py.MakeInt(int64(c.B.Flags)) })
	cget("co_varnames", func(c *Code) Object { return strs(c.B.VarNames) })
	cget("co_cellvars", func(c *Code) Object { return strs(c.B.CellVars) })
	cget("co_freevars", func(c *Code) Object { return strs(c.B.FreeVars) })
	cget("co_names", func(c *Code) Object { return strs(c.B.Names) })
	cget("co_nlocals", func(c *Code) Object { return py.MakeInt(int64(len(c.B.VarNames))) })
	cget("co_consts", func(c *Code) Object { return py.NewTuple(c.Consts...).Obj() })
	py.AddMethod(CodeType, "replace", codeReplace)
	py.AddMethod(CodeType, "__replace__", codeReplace)
}

// codeReplace is code.replace(**changes): a copy with new co_name,
// co_qualname, co_filename, co_firstlineno or co_consts (same length);
// other co_* fields may only be "changed" to their current value.
func codeReplace(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	c := (*Code)(self.Ptr())
	if n := len(args) - kw.Len(); n > 0 {
		return nilObj, py.TypeError("replace() takes no positional arguments")
	}
	b := *c.B
	var consts []Object
	str := func(k string, v Object) (string, *py.Exception) {
		s, ok := py.AsStr(v)
		if !ok {
			return "", py.TypeError("replace() argument '%s' must be str, not %s", k, py.TypeName(v))
		}
		return s.String(), nil
	}
	for i := 0; i < kw.Len(); i++ {
		ks, _ := py.AsStr(kw.Items()[i])
		k, v := ks.String(), args[i]
		var e *py.Exception
		switch k {
		case "co_name":
			b.Name, e = str(k, v)
		case "co_qualname":
			b.QualName, e = str(k, v)
		case "co_filename":
			b.Filename, e = str(k, v)
		case "co_firstlineno":
			n, ok := py.AsInt64(v)
			if !ok || !py.IsInt(v) {
				return nilObj, py.TypeError("replace() argument 'co_firstlineno' must be int, not %s", py.TypeName(v))
			}
			b.FirstLineNo = int(n)
		case "co_consts":
			t, ok := py.AsTuple(v)
			if !ok {
				return nilObj, py.TypeError("replace() argument 'co_consts' must be tuple, not %s", py.TypeName(v))
			}
			if t.Len() != len(c.Consts) {
				return nilObj, py.ValueError("code.replace(): co_consts must keep its length in this implementation")
			}
			consts = t.Items()
		default:
			if len(k) < 3 || k[:3] != "co_" || CodeType.Lookup(py.Intern(k)).IsNil() {
				return nilObj, py.TypeError("replace() got an unexpected keyword argument '%s'", k)
			}
			cur, e := py.GetAttr(p, self, py.Intern(k))
			if e != nil {
				return nilObj, e
			}
			eq, e := py.Equal(p, cur, v)
			if e != nil {
				return nilObj, e
			}
			if !eq {
				return nilObj, py.ValueError("code.replace(): changing %s is not supported", k)
			}
		}
		if e != nil {
			return nilObj, e
		}
	}
	nc := NewCode(&b)
	if consts != nil {
		copy(nc.Consts, consts)
	}
	return nc.Obj(), nil
}
