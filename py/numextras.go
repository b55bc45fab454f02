package py

import "unsafe"

// Small numeric and object methods: __getnewargs__ (pickling support),
// __sizeof__, and 3.14's float.from_number / complex.from_number.

func numExtras() {
	dictReversedMethod()
	// Pickling support of the builtin exceptions, slices and singletons.
	addMethod(BaseExceptionType, "__reduce__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		e := (*Exception)(self.p)
		st := e.Args().Obj()
		// OSError pickles its filenames too.
		if e.typ.Layout == OSErrorType && len(e.ext) > 3 && e.Args().Len() == 2 {
			if fn := slotLoad(&e.ext[2]); fn.p != nil && !fn.IsNone() {
				items := append([]Object(nil), e.Args().items...)
				items = append(items, fn)
				if fn2 := slotLoad(&e.ext[3]); fn2.p != nil && !fn2.IsNone() {
					items = append(items, None, fn2)
				}
				st = NewTuple(items...).Obj()
			}
		}
		if d := e.Dict(); d != nil && d.Len() > 0 {
			return NewTuple(self.Type().Obj(), st, d.Obj()).Obj(), nil
		}
		return NewTuple(self.Type().Obj(), st).Obj(), nil
	})
	addMethod(BaseExceptionType, "__setstate__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("__setstate__() takes exactly one argument (%d given)", len(args))
		}
		if args[0].IsNone() {
			return None, nil
		}
		d, ok := AsDict(args[0])
		if !ok {
			return Object{}, TypeError("state is not a dictionary")
		}
		keys, vals := d.Items()
		for i, k := range keys {
			n, ok := AsStr(k)
			if !ok {
				continue
			}
			if exc := SetAttr(t, self, Intern(n.s), vals[i]); exc != nil {
				return Object{}, exc
			}
		}
		return None, nil
	})
	addMethod(SliceType, "__reduce__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		s := (*Slice)(self.p)
		return NewTuple(SliceType.Obj(), NewTuple(s.Start, s.Stop, s.Step).Obj()).Obj(), nil
	})
	for _, ty := range []*Type{EllipsisType, NotImplementedType} {
		name := "Ellipsis"
		if ty == NotImplementedType {
			name = "NotImplemented"
		}
		addMethod(ty, "__reduce__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return NewStr(name).Obj(), nil
		})
	}
	addMethod(IntType, "__getnewargs__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return NewTuple(intExact(self)).Obj(), nil
	})
	addMethod(FloatType, "__getnewargs__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		f, _ := FloatValue(self)
		return NewTuple(NewFloat(f)).Obj(), nil
	})
	addMethod(ComplexType, "__getnewargs__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		c, _, exc := ComplexValue(self)
		if exc != nil {
			return Object{}, exc
		}
		return NewTuple(NewFloat(real(c)), NewFloat(imag(c))).Obj(), nil
	})
	// __sizeof__: the size of the object's header words (pygo's layouts
	// differ from CPython's; only "positive int" is meaningful).
	addMethod(ObjectType, "__sizeof__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return MakeInt(int64(unsafe.Sizeof(Head{})) * 2), nil
	})
	addClassMethod(FloatType, "from_number", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, TypeError("float.from_number() takes exactly one argument (%d given)", len(args))
		}
		x := args[0]
		if _, ok := AsStr(x); ok || x.Type().Slots().Float == nil && x.Type().Slots().Index == nil {
			return Object{}, TypeError("must be real number, not %s", TypeName(x))
		}
		var f float64
		if v, ok := FloatValue(x); ok {
			f = v
		} else {
			r, exc := Call(t, FloatType.Obj(), []Object{x}, nil)
			if exc != nil {
				return Object{}, exc
			}
			f, _ = FloatValue(r)
		}
		if ct := AsType(cls); ct != nil && ct != FloatType {
			return Call(t, cls, []Object{NewFloat(f)}, nil)
		}
		return NewFloat(f), nil
	})
	addClassMethod(ComplexType, "from_number", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, TypeError("complex.from_number() takes exactly one argument (%d given)", len(args))
		}
		x := args[0]
		if _, ok := AsStr(x); ok {
			return Object{}, TypeError("must be real number, not %s", TypeName(x))
		}
		return Call(t, cls, []Object{x}, nil)
	})
}

// parseIntBytes is int(b, base) for a bytes-like b: the error shows the
// bytes' repr, as CPython's does.
func parseIntBytes(b []byte, base int) (Object, *Exception) {
	r, exc := ParseInt(string(b), base)
	if exc != nil && exc.Matches(ValueErrorType) {
		return Object{}, ValueError("invalid literal for int() with base %d: %s", base, BytesRepr(b))
	}
	return r, exc
}
