package vm

import (
	"math"
	"math/big"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/pygo/pygo/py"
)

type bfn = func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception)

// kwArgs splits vectorcall arguments into positional ones and a name→value
// lookup of the keywords.
func kwArgs(args []Object, kw *py.Tuple) ([]Object, map[string]Object) {
	n := kw.Len()
	if n == 0 {
		return args, nil
	}
	pos := args[:len(args)-n]
	m := make(map[string]Object, n)
	for i, k := range kw.Items() {
		s, _ := py.AsStr(k)
		m[s.String()] = args[len(pos)+i]
	}
	return pos, m
}

func checkKw(fname string, m map[string]Object, allowed ...string) *py.Exception {
	for k := range m {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			return py.TypeError("%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return nil
}

func nargs(fname string, args []Object, lo, hi int) *py.Exception {
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == hi {
		if lo == 1 {
			return py.TypeError("%s() takes exactly one argument (%d given)", fname, n)
		}
		return py.TypeError("%s expected %d arguments, got %d", fname, lo, n)
	}
	if n < lo {
		s := "s"
		if lo == 1 {
			s = ""
		}
		return py.TypeError("%s expected at least %d argument%s, got %d", fname, lo, s, n)
	}
	s := "s"
	if hi == 1 {
		s = ""
	}
	return py.TypeError("%s expected at most %d argument%s, got %d", fname, hi, s, n)
}

// ---------------------------------------------------------------- iterator types

type goIter struct {
	py.Head
	next func(p *py.Thread) (Object, *py.Exception)
}

var enumerateType, zipType, mapType, filterType, reversedType, callIterType *py.Type

func newGoIter(typ *py.Type, next func(p *py.Thread) (Object, *py.Exception)) Object {
	return py.FromPtr(unsafe.Pointer(&goIter{Head: py.MakeHead(typ), next: next}))
}

func iterType(name string, ctor func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception)) *py.Type {
	t := newTypeS(name, py.ObjectType, &py.Slots{
		Iter: func(p *py.Thread, o Object) (Object, *py.Exception) { return o, nil },
		Next: func(p *py.Thread, o Object) (Object, *py.Exception) {
			return (*goIter)(o.Ptr()).next(p)
		},
		New: ctor,
	})
	if ctor != nil {
		t.Flags |= py.FlagBaseType
		// Instances are goIters: subclasses keep this layout (and ctor).
		t.Layout = t
	}
	return t
}

// next calls it's Next slot directly ((nil, nil) = exhausted).
func iterNext(p *py.Thread, it Object) (Object, *py.Exception) {
	if g := asGenerator(it); g != nil {
		return vt(p).genNext(g)
	}
	v, e := py.Next(p, it)
	if e != nil && e.Matches(py.StopIterationType) {
		return nilObj, nil
	}
	return v, e
}

func initIterTypes() {
	enumerateType = iterType("enumerate", func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if e := checkKw("enumerate", m, "iterable", "start"); e != nil {
			return nilObj, e
		}
		if v, ok := m["iterable"]; ok {
			pos = append([]Object{v}, pos...)
		}
		if v, ok := m["start"]; ok {
			pos = append(pos, v)
		}
		if len(pos) < 1 {
			return nilObj, py.TypeError("enumerate() missing required argument 'iterable'")
		}
		if len(pos) > 2 {
			return nilObj, py.TypeError("enumerate() takes at most 2 arguments (%d given)", len(pos))
		}
		it, e := py.GetIter(p, pos[0])
		if e != nil {
			return nilObj, e
		}
		n := py.MakeInt(0)
		if len(pos) == 2 {
			v, e := py.Index(p, pos[1])
			if e != nil {
				return nilObj, e
			}
			n = v
		}
		return newGoIter(typ, func(p *py.Thread) (Object, *py.Exception) {
			v, e := iterNext(p, it)
			if e != nil || v.IsNil() {
				return nilObj, e
			}
			r := py.NewTuple(n, v).Obj()
			n, e = py.BinaryOp(p, py.OpAdd, n, py.MakeInt(1))
			return r, e
		}), nil
	})
	zipType = iterType("zip", func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if len(m) > 1 {
			return nilObj, py.TypeError("zip() takes at most 1 keyword argument (%d given)", len(m))
		}
		if e := checkKw("zip", m, "strict"); e != nil {
			return nilObj, e
		}
		strict := false
		if v, ok := m["strict"]; ok {
			strict, _ = py.Truthy(p, v)
		}
		its := make([]Object, len(pos))
		for i, a := range pos {
			it, e := py.GetIter(p, a)
			if e != nil {
				if e.Matches(py.TypeErrorType) {
					return nilObj, py.TypeError("'%s' object is not iterable", py.TypeName(a))
				}
				return nilObj, e
			}
			its[i] = it
		}
		done := false
		return newGoIter(typ, func(p *py.Thread) (Object, *py.Exception) {
			if done || len(its) == 0 {
				return nilObj, nil
			}
			items := make([]Object, len(its))
			for i, it := range its {
				v, e := iterNext(p, it)
				if e != nil {
					return nilObj, e
				}
				if v.IsNil() {
					done = true
					if strict {
						if i > 0 {
							s := "s"
							if i == 1 {
								s = ""
							}
							return nilObj, py.ValueError("zip() argument %d is shorter than argument%s 1%s", i+1, s, rangeStr(i))
						}
						for j := 1; j < len(its); j++ {
							w, e := iterNext(p, its[j])
							if e != nil {
								return nilObj, e
							}
							if !w.IsNil() {
								s := "s"
								if j == 1 {
									s = ""
								}
								return nilObj, py.ValueError("zip() argument %d is longer than argument%s 1%s", j+1, s, rangeStr(j))
							}
						}
					}
					return nilObj, nil
				}
				items[i] = v
			}
			return py.NewTupleNoCopy(items).Obj(), nil
		}), nil
	})
	mapType = iterType("map", func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if len(m) > 1 {
			return nilObj, py.TypeError("map() takes at most 1 keyword argument (%d given)", len(m))
		}
		if e := checkKw("map", m, "strict"); e != nil {
			return nilObj, e
		}
		strict := false
		if v, ok := m["strict"]; ok {
			strict, _ = py.Truthy(p, v)
		}
		if len(pos) < 2 {
			return nilObj, py.TypeError("map() must have at least two arguments.")
		}
		f := pos[0]
		its := make([]Object, len(pos)-1)
		for i, a := range pos[1:] {
			it, e := py.GetIter(p, a)
			if e != nil {
				return nilObj, e
			}
			its[i] = it
		}
		done := false
		return newGoIter(typ, func(p *py.Thread) (Object, *py.Exception) {
			if done {
				return nilObj, nil
			}
			vals := make([]Object, len(its))
			for i, it := range its {
				v, e := iterNext(p, it)
				if e != nil {
					return nilObj, e
				}
				if v.IsNil() {
					done = true
					if !strict {
						return nilObj, nil
					}
					// map(strict=True) (3.14): all iterables must end together.
					if i > 0 {
						s := "s"
						if i == 1 {
							s = ""
						}
						return nilObj, py.ValueError("map() argument %d is shorter than argument%s 1%s", i+1, s, rangeStr(i))
					}
					for j := 1; j < len(its); j++ {
						w, e := iterNext(p, its[j])
						if e != nil {
							return nilObj, e
						}
						if !w.IsNil() {
							s := "s"
							if j == 1 {
								s = ""
							}
							return nilObj, py.ValueError("map() argument %d is longer than argument%s 1%s", j+1, s, rangeStr(j))
						}
					}
					return nilObj, nil
				}
				vals[i] = v
			}
			return vt(p).callObject(f, vals, nil)
		}), nil
	})
	filterType = iterType("filter", func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if kw.Len() > 0 {
			return nilObj, py.TypeError("filter() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nilObj, py.TypeError("filter expected 2 arguments, got %d", len(args))
		}
		f := args[0]
		it, e := py.GetIter(p, args[1])
		if e != nil {
			return nilObj, e
		}
		return newGoIter(typ, func(p *py.Thread) (Object, *py.Exception) {
			for {
				v, e := iterNext(p, it)
				if e != nil || v.IsNil() {
					return nilObj, e
				}
				r := v
				if !f.IsNone() {
					if r, e = vt(p).callObject(f, []Object{v}, nil); e != nil {
						return nilObj, e
					}
				}
				ok, e := py.Truthy(p, r)
				if e != nil {
					return nilObj, e
				}
				if ok {
					return v, nil
				}
			}
		}), nil
	})
	reversedType = iterType("reversed", func(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("reversed expected 1 argument, got %d", len(args))
		}
		seq := args[0]
		t := vt(p)
		if rm, e := t.lookupSpecial(seq, "__reversed__"); e != nil {
			return nilObj, e
		} else if seq.Type().Lookup(py.Intern("__reversed__")).IsNone() {
			return nilObj, py.TypeError("'%s' object is not reversible", py.TypeName(seq))
		} else if !rm.IsNil() {
			return t.callObject(rm, nil, nil)
		}
		if seq.Type().Slots().GetItem == nil || seq.Type().Flags&py.FlagDictSubclass != 0 {
			return nilObj, py.TypeError("'%s' object is not reversible", py.TypeName(seq))
		}
		if seq.Type().Slots().Len == nil {
			return nilObj, py.TypeError("object of type '%s' has no len()", py.TypeName(seq))
		}
		n, e := py.Len(p, seq)
		if e != nil {
			return nilObj, e
		}
		i := n - 1
		return newGoIter(typ, func(p *py.Thread) (Object, *py.Exception) {
			if i < 0 {
				return nilObj, nil
			}
			v, e := py.GetItem(p, seq, py.MakeInt(int64(i)))
			i--
			if e != nil && (e.Matches(py.IndexErrorType) || e.Matches(py.StopIterationType)) {
				i = -1
				return nilObj, nil
			}
			return v, e
		}), nil
	})
	callIterType = iterType("callable_iterator", nil)
	for _, ty := range []*py.Type{enumerateType, zipType, mapType, filterType, reversedType, callIterType} {
		py.AddSlotWrappers(ty)
	}
	py.AddClassGetItem(enumerateType)
}

func rangeStr(i int) string {
	if i == 1 {
		return ""
	}
	return "-" + itoa(i)
}

// ---------------------------------------------------------------- builtins

func initBuiltins(in *Interp, d *py.Dict) {
	if enumerateType == nil {
		initIterTypes()
	}
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	asyncBuiltins(set)
	fn := func(name string, f bfn) { set(name, py.NewBuiltin(name, f).Obj()) }
	for _, ty := range []*py.Type{py.TypeType, py.ObjectType, py.IntType, py.BoolType, py.FloatType, py.ComplexType,
		py.StrType, py.BytesType, py.ByteArrayType, py.MemoryViewType, py.TupleType, py.ListType, py.DictType, py.SetType, py.FrozenSetType,
		py.RangeType, py.SliceType, StaticMethodType, ClassMethodType, PropertyType, SuperType,
		enumerateType, zipType, mapType, filterType, reversedType} {
		set(ty.Name, ty.Obj())
	}
	set("None", py.None)
	set("Ellipsis", py.Ellipsis)
	set("NotImplemented", py.NotImplemented)
	set("True", py.True)
	set("False", py.False)
	set("__debug__", py.True)
	set("__name__", py.NewStrObj("builtins"))
	set("__doc__", py.None)
	set("__package__", py.NewStrObj(""))
	// Exceptions: every builtin type deriving from BaseException.
	var walk func(t *py.Type)
	walk = func(t *py.Type) {
		if t.Module == "builtins" {
			set(t.Name, t.Obj())
		}
		for _, s := range t.Subclasses() {
			walk(s)
		}
	}
	walk(py.BaseExceptionType)
	set("EnvironmentError", py.OSErrorType.Obj())
	set("IOError", py.OSErrorType.Obj())

	fn("__build_class__", buildClass)
	fn("print", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if e := checkKw("print", m, "sep", "end", "file", "flush"); e != nil {
			return nilObj, e
		}
		sep, end := " ", "\n"
		if v, ok := m["sep"]; ok && !v.IsNone() {
			s, ok := py.AsStr(v)
			if !ok {
				return nilObj, py.TypeError("sep must be None or a string, not %s", py.TypeName(v))
			}
			sep = s.String()
		}
		if v, ok := m["end"]; ok && !v.IsNone() {
			s, ok := py.AsStr(v)
			if !ok {
				return nilObj, py.TypeError("end must be None or a string, not %s", py.TypeName(v))
			}
			end = s.String()
		}
		file := in.Sys.Dict.GetStr(strStdout)
		if v, ok := m["file"]; ok && !v.IsNone() {
			file = v
		} else if file.IsNil() {
			return nilObj, py.RuntimeError("lost sys.stdout")
		} else if file.IsNone() {
			return py.None, nil
		}
		if textIO.Fast(file) {
			// A builtin text file takes the whole line in one write
			// (the same bytes as CPython's write per piece).
			var b strings.Builder
			for i, a := range pos {
				if i > 0 {
					b.WriteString(sep)
				}
				s, e := py.StrS(p, a)
				if e != nil {
					if b.Len() > 0 {
						textIO.Write(p, file, b.String())
					}
					return nilObj, e
				}
				b.WriteString(s)
			}
			b.WriteString(end)
			if _, e := textIO.Write(p, file, b.String()); e != nil {
				return nilObj, e
			}
		} else {
			// A Python file object sees one write() per piece, as in CPython.
			write := func(s string) *py.Exception {
				_, e := vt(p).callMethod(file, "write", py.NewStrObj(s))
				return e
			}
			for i, a := range pos {
				if i > 0 {
					if e := write(sep); e != nil {
						return nilObj, e
					}
				}
				s, e := py.StrS(p, a)
				if e != nil {
					return nilObj, e
				}
				if e := write(s); e != nil {
					return nilObj, e
				}
			}
			if e := write(end); e != nil {
				return nilObj, e
			}
		}
		if v, ok := m["flush"]; ok {
			if f, e := py.Truthy(p, v); e != nil {
				return nilObj, e
			} else if f {
				if e := flushText(p, file); e != nil {
					return nilObj, e
				}
			}
		}
		return py.None, nil
	})
	fn("len", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return nilObj, py.TypeError("len() takes exactly one argument (%d given)", len(args))
		}
		n, e := py.Len(p, args[0])
		if e != nil {
			return nilObj, e
		}
		return py.MakeInt(int64(n)), nil
	})
	fn("repr", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("repr() takes exactly one argument (%d given)", len(args))
		}
		return py.Repr(p, args[0])
	})
	fn("ascii", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("ascii() takes exactly one argument (%d given)", len(args))
		}
		return asciiOf(p, args[0])
	})
	fn("isinstance", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 2 {
			return nilObj, py.TypeError("isinstance expected 2 arguments, got %d", len(args))
		}
		r, e := isInstance(p, args[0], args[1])
		return py.Bool(r), e
	})
	fn("issubclass", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 2 {
			return nilObj, py.TypeError("issubclass expected 2 arguments, got %d", len(args))
		}
		st := py.AsType(args[0])
		if st == nil {
			return nilObj, py.TypeError("issubclass() arg 1 must be a class")
		}
		r, e := isSubclass(p, st, args[1])
		return py.Bool(r), e
	})
	fn("iter", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("iter", args, 1, 2); e != nil {
			return nilObj, e
		}
		if len(args) == 2 {
			f, sentinel := args[0], args[1]
			if f.Type().Slots().Call == nil {
				return nilObj, py.TypeError("iter(v, w): v must be callable")
			}
			done := false
			return newGoIter(callIterType, func(p *py.Thread) (Object, *py.Exception) {
				if done {
					return nilObj, nil
				}
				v, e := vt(p).callObject(f, nil, nil)
				if e != nil {
					if e.Matches(py.StopIterationType) {
						done = true
						return nilObj, nil
					}
					return nilObj, e
				}
				eq, e := py.Equal(p, v, sentinel)
				if e != nil {
					return nilObj, e
				}
				if eq {
					done = true
					return nilObj, nil
				}
				return v, nil
			}), nil
		}
		return py.GetIter(p, args[0])
	})
	fn("next", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if kw.Len() > 0 {
			return nilObj, py.TypeError("next() takes no keyword arguments")
		}
		if e := nargs("next", args, 1, 2); e != nil {
			return nilObj, e
		}
		it := args[0]
		if g := asGenerator(it); g != nil && g.kind == kindGenerator {
			v, done, e := vt(p).resume(g, py.None, nil)
			if e != nil {
				return nilObj, e
			}
			if done {
				if len(args) == 2 {
					return args[1], nil
				}
				if v.IsNone() {
					return nilObj, py.StopIteration(nilObj)
				}
				return nilObj, py.StopIteration(v)
			}
			return v, nil
		}
		// A Python-level __next__ is called directly: the Next slot
		// reports exhaustion without the StopIteration (and its value),
		// which next() without a default must re-raise as it was.
		if it.Type().Flags&py.FlagHeapType != 0 && asFunction(it.Type().Lookup(py.Intern("__next__"))) != nil {
			v, _, e := callDunder(p, it, "__next__")
			if e != nil && len(args) == 2 && e.Matches(py.StopIterationType) {
				return args[1], nil
			}
			return v, e
		}
		nx := it.Type().Slots().Next
		if nx == nil {
			return nilObj, py.TypeError("'%s' object is not an iterator", py.TypeName(it))
		}
		v, e := nx(p, it)
		if e != nil {
			if len(args) == 2 && e.Matches(py.StopIterationType) {
				return args[1], nil
			}
			return nilObj, e
		}
		if v.IsNil() {
			if len(args) == 2 {
				return args[1], nil
			}
			return nilObj, py.StopIteration(nilObj)
		}
		return v, nil
	})
	fn("sorted", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if len(pos) != 1 {
			return nilObj, py.TypeError("sorted expected 1 argument, got %d", len(pos))
		}
		if e := checkKw("sort", m, "key", "reverse"); e != nil {
			return nilObj, e
		}
		items, e := py.SequenceItems(p, pos[0])
		if e != nil {
			return nilObj, e
		}
		l := py.NewList(append([]Object(nil), items...))
		key := m["key"]
		if key.IsNil() {
			key = py.None
		}
		rev := false
		if v, ok := m["reverse"]; ok {
			rev, _ = py.Truthy(p, v)
		}
		if e := l.Sort(p, key, rev); e != nil {
			return nilObj, e
		}
		return l.Obj(), nil
	})
	minmax := func(name string, op py.CmpOp) bfn {
		return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			pos, m := kwArgs(args, kw)
			if len(m) > 2 {
				return nilObj, py.TypeError("%s() takes at most 2 keyword arguments (%d given)", name, len(m))
			}
			if e := checkKw(name, m, "key", "default"); e != nil {
				return nilObj, e
			}
			if len(pos) == 0 {
				return nilObj, py.TypeError("%s expected at least 1 argument, got 0", name)
			}
			var items []Object
			if len(pos) == 1 {
				var e *py.Exception
				if items, e = py.SequenceItems(p, pos[0]); e != nil {
					return nilObj, e
				}
			} else {
				if _, ok := m["default"]; ok {
					return nilObj, py.TypeError("Cannot specify a default for %s() with multiple positional arguments", name)
				}
				items = pos
			}
			if len(items) == 0 {
				if d, ok := m["default"]; ok {
					return d, nil
				}
				return nilObj, py.ValueError("%s() iterable argument is empty", name)
			}
			key := m["key"]
			if key.IsNone() {
				key = nilObj
			}
			best := items[0]
			bestK := best
			var e *py.Exception
			if !key.IsNil() {
				if bestK, e = vt(p).callObject(key, []Object{best}, nil); e != nil {
					return nilObj, e
				}
			}
			for _, it := range items[1:] {
				k := it
				if !key.IsNil() {
					if k, e = vt(p).callObject(key, []Object{it}, nil); e != nil {
						return nilObj, e
					}
				}
				r, e := py.RichCompare(p, k, bestK, op)
				if e != nil {
					return nilObj, e
				}
				if b, e := py.Truthy(p, r); e != nil {
					return nilObj, e
				} else if b {
					best, bestK = it, k
				}
			}
			return best, nil
		}
	}
	fn("min", minmax("min", py.Lt))
	fn("max", minmax("max", py.Gt))
	fn("sum", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if e := checkKw("sum", m, "start"); e != nil {
			return nilObj, e
		}
		if len(pos) == 0 {
			return nilObj, py.TypeError("sum() takes at least 1 positional argument (0 given)")
		}
		if len(pos)+len(m) > 2 {
			return nilObj, py.TypeError("sum() takes at most 2 arguments (%d given)", len(pos)+len(m))
		}
		acc := py.MakeInt(0)
		if len(pos) == 2 {
			acc = pos[1]
		} else if v, ok := m["start"]; ok {
			acc = v
		}
		if _, ok := py.AsStr(acc); ok {
			return nilObj, py.TypeError("sum() can't sum strings [use ''.join(seq) instead]")
		}
		if _, ok := py.AsBytes(acc); ok {
			return nilObj, py.TypeError("sum() can't sum bytes [use b''.join(seq) instead]")
		}
		if _, ok := py.AsByteArray(acc); ok {
			return nilObj, py.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]")
		}
		it, e := py.GetIter(p, pos[0])
		if e != nil {
			return nilObj, e
		}
		return sumIter(p, it, acc)
	})
	fn("abs", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("abs() takes exactly one argument (%d given)", len(args))
		}
		return py.Abs(p, args[0])
	})
	anyAll := func(name string, want bool) bfn {
		return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if kw.Len() > 0 {
				return nilObj, py.TypeError("%s() takes no keyword arguments", name)
			}
			if len(args) != 1 {
				return nilObj, py.TypeError("%s() takes exactly one argument (%d given)", name, len(args))
			}
			it, e := py.GetIter(p, args[0])
			if e != nil {
				return nilObj, e
			}
			for {
				v, e := iterNext(p, it)
				if e != nil {
					return nilObj, e
				}
				if v.IsNil() {
					return py.Bool(!want), nil
				}
				b, e := py.Truthy(p, v)
				if e != nil {
					return nilObj, e
				}
				if b == want {
					return py.Bool(want), nil
				}
			}
		}
	}
	fn("any", anyAll("any", true))
	fn("all", anyAll("all", false))
	fn("hash", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("hash() takes exactly one argument (%d given)", len(args))
		}
		h, e := py.Hash(p, args[0])
		if e != nil {
			return nilObj, e
		}
		return py.MakeInt(h), nil
	})
	fn("id", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("id() takes exactly one argument (%d given)", len(args))
		}
		return py.MakeInt(int64(uintptr(args[0].Ptr()))), nil
	})
	fn("getattr", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("getattr", args, 2, 3); e != nil {
			return nilObj, e
		}
		n, ok := py.AsStr(args[1])
		if !ok {
			return nilObj, py.TypeError("attribute name must be string, not '%s'", py.TypeName(args[1]))
		}
		v, e := py.GetAttr(p, args[0], py.Intern(n.String()))
		if e != nil && len(args) == 3 && e.Matches(py.AttributeErrorType) {
			return args[2], nil
		}
		return v, e
	})
	fn("setattr", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("setattr", args, 3, 3); e != nil {
			return nilObj, e
		}
		n, ok := py.AsStr(args[1])
		if !ok {
			return nilObj, py.TypeError("attribute name must be string, not '%s'", py.TypeName(args[1]))
		}
		return py.None, py.SetAttr(p, args[0], py.Intern(n.String()), args[2])
	})
	fn("delattr", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("delattr", args, 2, 2); e != nil {
			return nilObj, e
		}
		n, ok := py.AsStr(args[1])
		if !ok {
			return nilObj, py.TypeError("attribute name must be string, not '%s'", py.TypeName(args[1]))
		}
		return py.None, py.SetAttr(p, args[0], py.Intern(n.String()), nilObj)
	})
	fn("hasattr", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("hasattr", args, 2, 2); e != nil {
			return nilObj, e
		}
		n, ok := py.AsStr(args[1])
		if !ok {
			return nilObj, py.TypeError("attribute name must be string, not '%s'", py.TypeName(args[1]))
		}
		_, e := py.GetAttr(p, args[0], py.Intern(n.String()))
		if e != nil {
			if e.Matches(py.AttributeErrorType) {
				return py.False, nil
			}
			return nilObj, e
		}
		return py.True, nil
	})
	fn("callable", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("callable() takes exactly one argument (%d given)", len(args))
		}
		return py.Bool(args[0].Type().Slots().Call != nil), nil
	})
	fn("chr", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("chr() takes exactly one argument (%d given)", len(args))
		}
		iv, e := py.Index(p, args[0])
		if e != nil {
			return nilObj, e
		}
		v, ok := py.AsInt64(iv)
		if !ok || v < 0 || v > 0x10FFFF {
			return nilObj, py.ValueError("chr() arg not in range(0x110000)")
		}
		if v >= 0xD800 && v < 0xE000 {
			// Surrogates: generalised UTF-8.
			b := []byte{0xED, byte(0x80 | (v>>6)&0x3F), byte(0x80 | v&0x3F)}
			return py.NewStrObj(string(b)), nil
		}
		return py.NewStrObj(string(rune(v))), nil
	})
	fn("ord", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("ord() takes exactly one argument (%d given)", len(args))
		}
		if s, ok := py.AsStr(args[0]); ok {
			if s.Len() != 1 {
				return nilObj, py.TypeError("ord() expected a character, but string of length %d found", s.Len())
			}
			str := s.String()
			if len(str) == 3 && str[0] == 0xED && str[1] >= 0xA0 {
				return py.MakeInt(int64(rune(str[0]&0x0F)<<12 | rune(str[1]&0x3F)<<6 | rune(str[2]&0x3F))), nil
			}
			r, _ := utf8.DecodeRuneInString(str)
			return py.MakeInt(int64(r)), nil
		}
		if b, ok := py.BytesLike(args[0]); ok && py.TypeName(args[0]) != "memoryview" {
			if len(b) != 1 {
				return nilObj, py.TypeError("ord() expected a character, but string of length %d found", len(b))
			}
			return py.MakeInt(int64(b[0])), nil
		}
		return nilObj, py.TypeError("ord() expected string of length 1, but %s found", py.TypeName(args[0]))
	})
	fn("divmod", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("divmod", args, 2, 2); e != nil {
			return nilObj, e
		}
		return py.BinaryOp(p, py.OpDivmod, args[0], args[1])
	})
	fn("pow", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		_, hasBase := m["base"]
		hasBase = hasBase || len(pos) > 0
		if v, ok := m["base"]; ok {
			pos = append(pos, v)
		}
		if v, ok := m["exp"]; ok {
			pos = append(pos, v)
		}
		if v, ok := m["mod"]; ok {
			pos = append(pos, v)
		}
		// Argument Clinic names the first missing parameter.
		if !hasBase {
			return nilObj, py.TypeError("pow() missing required argument 'base' (pos 1)")
		}
		if len(pos) == 1 {
			return nilObj, py.TypeError("pow() missing required argument 'exp' (pos 2)")
		}
		if e := nargs("pow", pos, 2, 3); e != nil {
			return nilObj, e
		}
		if len(pos) == 3 && !pos[2].IsNone() {
			return py.Pow3(p, pos[0], pos[1], pos[2])
		}
		return py.BinaryOp(p, py.OpPow, pos[0], pos[1])
	})
	fn("round", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if v, ok := m["number"]; ok {
			pos = append([]Object{v}, pos...)
		}
		if v, ok := m["ndigits"]; ok {
			pos = append(pos, v)
		}
		if len(pos) == 0 {
			return nilObj, py.TypeError("round() missing required argument 'number' (pos 1)")
		}
		if e := nargs("round", pos, 1, 2); e != nil {
			return nilObj, e
		}
		t := vt(p)
		rm, e := t.lookupSpecial(pos[0], "__round__")
		if e != nil {
			return nilObj, e
		}
		if rm.IsNil() {
			return nilObj, py.TypeError("type %s doesn't define __round__ method", py.TypeName(pos[0]))
		}
		if len(pos) == 2 && !pos[1].IsNone() {
			return t.callObject(rm, pos[1:], nil)
		}
		return t.callObject(rm, nil, nil)
	})
	radix := func(name, prefix string, base int) bfn {
		return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if len(args) != 1 {
				return nilObj, py.TypeError("%s() takes exactly one argument (%d given)", name, len(args))
			}
			v, e := py.Index(p, args[0])
			if e != nil {
				return nilObj, e
			}
			i, b, _ := py.IntValue(v)
			if b == nil {
				b = big.NewInt(i)
			}
			s := b.Text(base)
			if strings.HasPrefix(s, "-") {
				return py.NewStrObj("-" + prefix + s[1:]), nil
			}
			return py.NewStrObj(prefix + s), nil
		}
	}
	fn("hex", radix("hex", "0x", 16))
	fn("oct", radix("oct", "0o", 8))
	fn("bin", radix("bin", "0b", 2))
	fn("format", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := nargs("format", args, 1, 2); e != nil {
			return nilObj, e
		}
		spec := ""
		if len(args) == 2 {
			s, ok := py.AsStr(args[1])
			if !ok {
				return nilObj, py.TypeError("format() argument 2 must be str, not %s", py.TypeName(args[1]))
			}
			spec = s.String()
		}
		return py.Format(p, args[0], spec)
	})
	fn("input", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if kw.Len() > 0 {
			return nilObj, py.TypeError("input() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nilObj, py.TypeError("input expected at most 1 argument, got %d", len(args))
		}
		return input(p, in, args)
	})
	fn("globals", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		fr := vt(p).top()
		if fr == nil {
			return py.NewDict().Obj(), nil
		}
		return fr.globals.Obj(), nil
	})
	fn("locals", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		return frameLocals(vt(p).top()), nil
	})
	fn("vars", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if kw.Len() > 0 {
			return nilObj, py.TypeError("vars() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nilObj, py.TypeError("vars expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return frameLocals(vt(p).top()), nil
		}
		v, e := py.GetAttrS(p, args[0], "__dict__")
		if e != nil && e.Matches(py.AttributeErrorType) {
			return nilObj, py.TypeError("vars() argument must have __dict__ attribute")
		}
		return v, e
	})
	fn("dir", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) > 1 {
			return nilObj, py.TypeError("dir expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			l, _ := py.SequenceItems(p, frameLocals(vt(p).top()))
			keys := make([]Object, len(l))
			copy(keys, l)
			out := py.NewList(keys)
			out.Sort(p, py.None, false)
			return out.Obj(), nil
		}
		t := vt(p)
		dm, e := t.lookupSpecial(args[0], "__dir__")
		if e != nil {
			return nilObj, e
		}
		if m := asModule(args[0]); m != nil {
			// module.__dir__: the module's own __dir__ (PEP 562), else
			// the names in its namespace.
			if f := m.Dict.GetStr(py.Intern("__dir__")); !f.IsNil() {
				dm = f
			} else {
				dm = nilObj
			}
		}
		var r Object
		if dm.IsNil() {
			r, e = dirOf(p, args[0])
		} else {
			r, e = t.callObject(dm, nil, nil)
		}
		if e != nil {
			return nilObj, e
		}
		items, e := py.SequenceItems(p, r)
		if e != nil {
			return nilObj, e
		}
		l := py.NewList(append([]Object(nil), items...))
		if e := l.Sort(p, py.None, false); e != nil {
			return nilObj, e
		}
		return l.Obj(), nil
	})
	execEval := func(name, mode string) bfn {
		return func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			pos, m := kwArgs(args, kw)
			if v, ok := m["globals"]; ok {
				pos = append(pos, v)
			}
			if v, ok := m["locals"]; ok {
				for len(pos) < 2 {
					pos = append(pos, py.None)
				}
				pos = append(pos, v)
			}
			if len(pos) == 0 && name == "exec" {
				return nilObj, py.TypeError("exec() takes at least 1 positional argument (0 given)")
			}
			if e := nargs(name, pos, 1, 3); e != nil {
				return nilObj, e
			}
			t := vt(p)
			fr := t.top()
			var globals *py.Dict
			var locals Object
			if len(pos) > 1 && !pos[1].IsNone() {
				g, ok := py.AsDict(pos[1])
				if !ok {
					if name == "eval" {
						if pos[1].Type().Slots().GetItem == nil {
							return nilObj, py.TypeError("globals must be a dict")
						}
						return nilObj, py.TypeError("globals must be a real dict; try eval(expr, {}, mapping)")
					}
					return nilObj, py.TypeError("%s() globals must be a dict, not %s", name, py.TypeName(pos[1]))
				}
				globals = g
				locals = pos[1]
			} else if fr != nil {
				globals = fr.globals
				locals = frameLocals(fr)
			} else {
				globals = py.NewDict()
				locals = globals.Obj()
			}
			if len(pos) > 2 && !pos[2].IsNone() {
				locals = pos[2]
				if locals.Type().Slots().GetItem == nil {
					if name == "eval" {
						return nilObj, py.TypeError("locals must be a mapping")
					}
					return nilObj, py.TypeError("locals must be a mapping or None, not %s", py.TypeName(locals))
				}
			}
			if globals.GetStr(py.Intern("__builtins__")).IsNil() {
				globals.SetStr(py.Intern("__builtins__"), in.Builtins.Obj())
			}
			var code *Code
			src := pos[0]
			if src.Type() == CodeType {
				code = (*Code)(src.Ptr())
			} else {
				var text []byte
				if s, ok := py.AsStr(src); ok {
					text = []byte(s.String())
				} else if b, ok := py.AsBytes(src); ok {
					text = b.Data()
				} else {
					return nilObj, py.TypeError("%s() arg 1 must be a string, bytes or code object", name)
				}
				if mode == "eval" {
					text = []byte(strings.TrimLeft(string(text), " \t"))
				}
				bc, e := compileSource(text, "<string>", mode, 0)
				if e != nil {
					return nilObj, e
				}
				code = NewCode(bc)
			}
			v, e := t.runCode(code, globals, locals)
			if e != nil {
				return nilObj, e
			}
			if mode == "exec" {
				return py.None, nil
			}
			return v, nil
		}
	}
	fn("exec", execEval("exec", "exec"))
	fn("eval", execEval("eval", "eval"))
	fn("compile", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		for _, k := range []string{"source", "filename", "mode"} {
			if v, ok := m[k]; ok {
				pos = append(pos, v)
			}
		}
		if len(pos) < 3 {
			return nilObj, py.TypeError("compile() missing required argument 'mode' (pos 3)")
		}
		var text []byte
		if s, ok := py.AsStr(pos[0]); ok {
			text = []byte(s.String())
		} else if b, ok := py.AsBytes(pos[0]); ok {
			text = b.Data()
		} else {
			return nilObj, py.TypeError("compile() arg 1 must be a string, bytes or AST object")
		}
		fnm, _ := py.StrS(p, pos[1])
		mode, _ := py.StrS(p, pos[2])
		if mode != "exec" && mode != "eval" && mode != "single" {
			return nilObj, py.ValueError("compile() mode must be 'exec', 'eval' or 'single'")
		}
		bc, e := compileSource(text, fnm, mode, 0)
		if e != nil {
			return nilObj, e
		}
		return NewCode(bc).Obj(), nil
	})
	fn("__import__", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		pos, m := kwArgs(args, kw)
		if len(pos) == 0 {
			if v, ok := m["name"]; ok {
				pos = append(pos, v)
			} else {
				return nilObj, py.TypeError("__import__() missing required argument 'name' (pos 1)")
			}
		}
		name, ok := py.AsStr(pos[0])
		if !ok {
			return nilObj, py.TypeError("module name must be a string")
		}
		var globals *py.Dict
		if len(pos) > 1 {
			globals, _ = py.AsDict(pos[1])
		} else if v, ok := m["globals"]; ok {
			globals, _ = py.AsDict(v)
		}
		fromlist := py.None
		if len(pos) > 3 {
			fromlist = pos[3]
		} else if v, ok := m["fromlist"]; ok {
			fromlist = v
		}
		level := int64(0)
		if len(pos) > 4 {
			level, _ = py.AsInt64(pos[4])
		} else if v, ok := m["level"]; ok {
			level, _ = py.AsInt64(v)
		}
		if level < 0 {
			return nilObj, py.ValueError("level must be >= 0")
		}
		if tu, ok := py.AsTuple(fromlist); !ok && !fromlist.IsNone() {
			items, e := py.SequenceItems(p, fromlist)
			if e != nil {
				return nilObj, e
			}
			fromlist = py.NewTuple(items...).Obj()
		} else if ok && tu.Len() == 0 {
			fromlist = py.None
		}
		return vt(p).importModule(name.String(), globals, fromlist, int(level))
	})
	fn("open", func(p *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		// open is _io.open (modules/io), fetched lazily so that vm does
		// not depend on the module package.
		m, e := vt(p).importModule("_io", nil, py.None, 0)
		if e != nil {
			return nilObj, e
		}
		f, e := py.GetAttrS(p, m, "open")
		if e != nil {
			return nilObj, e
		}
		return py.Call(p, f, args, kw)
	})
	_ = math.Inf
	_ = sort.Strings
}

func frameLocals(fr *Frame) Object {
	if fr == nil {
		return py.NewDict().Obj()
	}
	if !fr.locals.IsNil() {
		return fr.locals
	}
	return fastLocals(fr.code, fr.regs).Obj()
}

func isInstance(p *py.Thread, o, cls Object) (bool, *py.Exception) {
	if ty := py.AsType(cls); ty != nil {
		if o.Type().IsSubtype(ty) {
			return true, nil
		}
		if ty.Obj().Type() != py.TypeType {
			if ic := ty.Obj().Type().Lookup(py.Intern("__instancecheck__")); !ic.IsNil() && asFunction(ic) != nil {
				r, e := vt(p).callObject(ic, []Object{cls, o}, nil)
				if e != nil {
					return false, e
				}
				return py.Truthy(p, r)
			}
		}
		// __class__ may be overridden.
		if c, e := py.GetAttrOpt(p, o, "__class__"); e == nil && !c.IsNil() {
			if ct := py.AsType(c); ct != nil && ct != o.Type() {
				return ct.IsSubtype(ty), nil
			}
		}
		return false, nil
	}
	if tu, ok := py.AsTuple(cls); ok {
		for _, c := range tu.Items() {
			r, e := isInstance(p, o, c)
			if e != nil || r {
				return r, e
			}
		}
		return false, nil
	}
	if ua, ok := py.UnionArgs(cls); ok {
		return isInstance(p, o, ua.Obj())
	}
	if py.IsGenericAlias(cls) {
		return false, py.TypeError("isinstance() argument 2 cannot be a parameterized generic")
	}
	return false, py.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func isSubclass(p *py.Thread, st *py.Type, cls Object) (bool, *py.Exception) {
	if ty := py.AsType(cls); ty != nil {
		if ty.Obj().Type() != py.TypeType {
			if sc := ty.Obj().Type().Lookup(py.Intern("__subclasscheck__")); !sc.IsNil() && asFunction(sc) != nil {
				r, e := vt(p).callObject(sc, []Object{cls, st.Obj()}, nil)
				if e != nil {
					return false, e
				}
				return py.Truthy(p, r)
			}
		}
		return st.IsSubtype(ty), nil
	}
	if tu, ok := py.AsTuple(cls); ok {
		for _, c := range tu.Items() {
			r, e := isSubclass(p, st, c)
			if e != nil || r {
				return r, e
			}
		}
		return false, nil
	}
	if ua, ok := py.UnionArgs(cls); ok {
		return isSubclass(p, st, ua.Obj())
	}
	if py.IsGenericAlias(cls) {
		return false, py.TypeError("issubclass() argument 2 cannot be a parameterized generic")
	}
	return false, py.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

// dirOf is object.__dir__: instance dict keys plus the class attributes.
func dirOf(p *py.Thread, o Object) (Object, *py.Exception) {
	seen := py.NewDict()
	add := func(d *py.Dict) {
		keys, _ := d.Items()
		for _, k := range keys {
			seen.Set(p, k, py.None)
		}
	}
	if ty := py.AsType(o); ty != nil {
		for _, m := range ty.MRO() {
			add(m.Dict)
		}
	} else if m := asModule(o); m != nil {
		add(m.Dict)
	} else {
		if df := o.Type().Slots().Dict; df != nil {
			if d := df(o); d != nil {
				add(d)
			}
		}
		for _, m := range o.Type().MRO() {
			add(m.Dict)
		}
	}
	keys, _ := seen.Items()
	return py.NewList(append([]Object(nil), keys...)).Obj(), nil
}
