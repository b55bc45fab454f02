package vm

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/pygo/pygo/py"
)

// PEP 750 template strings: t"..." evaluates to a string.templatelib.Template
// holding the literal parts and the evaluated Interpolations. The types live
// here (the VM builds them directly) and the native module _templatelib
// exports them to the embedded string.templatelib.
//
// Both types are immutable once built, so concurrent readers need no locks.

// Template is string.templatelib.Template. len(strs) == len(interps)+1.
type Template struct {
	py.Head
	strs    *py.Tuple
	interps *py.Tuple
}

// Interpolation is string.templatelib.Interpolation.
type Interpolation struct {
	py.Head
	value, expr, conv, spec Object
}

// templateIter is string.templatelib.TemplateIter: the strings (empty ones
// skipped) and interpolations of a template, in source order.
type templateIter struct {
	py.Head
	t   *Template
	pos atomic.Int64 // next slot: 2i is strs[i], 2i+1 is interps[i]; -1 done
}

func (t *Template) Obj() Object      { return py.FromPtr(unsafe.Pointer(t)) }
func (i *Interpolation) Obj() Object { return py.FromPtr(unsafe.Pointer(i)) }
func (i *templateIter) Obj() Object  { return py.FromPtr(unsafe.Pointer(i)) }

var (
	templOnce                                      sync.Once
	TemplateType, InterpolationType, templIterType *py.Type
)

const (
	templateName = "string.templatelib.Template"
	interpName   = "string.templatelib.Interpolation"
)

func init() {
	RegisterModule("_templatelib", func(t *Thread, m *Module) *py.Exception {
		templOnce.Do(initTemplateTypes)
		m.Dict.SetStr(py.Intern("Template"), TemplateType.Obj())
		m.Dict.SetStr(py.Intern("Interpolation"), InterpolationType.Obj())
		return nil
	})
}

func newTemplate(strs, interps *py.Tuple) Object {
	return (&Template{Head: py.MakeHead(TemplateType), strs: strs, interps: interps}).Obj()
}

func initTemplateTypes() {
	mk := func(name, doc string, s *py.Slots) *py.Type {
		t := newTypeS(name, py.ObjectType, s)
		t.Module = "string.templatelib"
		t.Doc = doc
		return t
	}
	TemplateType = mk("Template", "Template object", &py.Slots{
		New:  templateNew,
		Repr: templateRepr,
		Iter: func(p *py.Thread, o Object) (Object, *py.Exception) {
			return (&templateIter{Head: py.MakeHead(templIterType), t: (*Template)(o.Ptr())}).Obj(), nil
		},
	})
	s := *TemplateType.Slots()
	s.Bin[py.OpAdd] = templateAdd
	TemplateType.SetSlots(&s)
	py.AddGetSet(TemplateType, "strings", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return (*Template)(o.Ptr()).strs.Obj(), nil
	}, nil)
	py.AddGetSet(TemplateType, "interpolations", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return (*Template)(o.Ptr()).interps.Obj(), nil
	}, nil)
	py.AddGetSet(TemplateType, "values", func(p *py.Thread, o Object) (Object, *py.Exception) {
		items := (*Template)(o.Ptr()).interps.Items()
		vals := make([]Object, len(items))
		for i, it := range items {
			vals[i] = (*Interpolation)(it.Ptr()).value
		}
		return py.NewTupleNoCopy(vals).Obj(), nil
	}, nil)

	InterpolationType = mk("Interpolation", "Interpolation object", &py.Slots{
		New:  interpolationNew,
		Repr: interpolationRepr,
	})
	for _, f := range []struct {
		name string
		get  func(*Interpolation) Object
	}{
		{"value", func(i *Interpolation) Object { return i.value }},
		{"expression", func(i *Interpolation) Object { return i.expr }},
		{"conversion", func(i *Interpolation) Object { return i.conv }},
		{"format_spec", func(i *Interpolation) Object { return i.spec }},
	} {
		get := f.get
		py.AddGetSet(InterpolationType, f.name, func(p *py.Thread, o Object) (Object, *py.Exception) {
			return get((*Interpolation)(o.Ptr())), nil
		}, nil)
	}
	InterpolationType.Dict.SetStr(py.Intern("__match_args__"), py.NewTuple(
		py.NewStrObj("value"), py.NewStrObj("expression"), py.NewStrObj("conversion"), py.NewStrObj("format_spec")).Obj())
	py.AddMethod(InterpolationType, "__reduce__", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		i := (*Interpolation)(self.Ptr())
		return py.NewTuple(InterpolationType.Obj(), py.NewTuple(i.value, i.expr, i.conv, i.spec).Obj()).Obj(), nil
	})

	templIterType = newTypeS("TemplateIter", py.ObjectType, &py.Slots{
		Iter: func(p *py.Thread, o Object) (Object, *py.Exception) { return o, nil },
		Next: templateIterNext,
	})
	templIterType.Module = "string.templatelib"

	py.AddClassGetItem(TemplateType, InterpolationType)
	for _, ty := range []*py.Type{TemplateType, InterpolationType, templIterType} {
		py.AddSlotWrappers(ty)
	}
}

// buildInterpolation is BUILD_INTERPOLATION: the value is regs[b], the
// format spec (when x&4) regs[b+1], the conversion x&3 (0 none, 1 s, 2 r,
// 3 a).
func (t *Thread) buildInterpolation(regs []Object, b int, expr Object, x int) (Object, *py.Exception) {
	templOnce.Do(initTemplateTypes)
	conv := py.None
	switch x & 3 {
	case 1:
		conv = py.NewStrObj("s")
	case 2:
		conv = py.NewStrObj("r")
	case 3:
		conv = py.NewStrObj("a")
	}
	spec := py.NewStrObj("")
	if x&4 != 0 {
		spec = regs[b+1]
	}
	return (&Interpolation{Head: py.MakeHead(InterpolationType), value: regs[b], expr: expr, conv: conv, spec: spec}).Obj(), nil
}

// buildTemplate is BUILD_TEMPLATE: the compiler guarantees strs is a tuple
// of str one longer than the tuple of Interpolations interps.
func (t *Thread) buildTemplate(strs, interps Object) (Object, *py.Exception) {
	templOnce.Do(initTemplateTypes)
	s, ok1 := py.AsTuple(strs)
	i, ok2 := py.AsTuple(interps)
	if !ok1 || !ok2 || s.Len() != i.Len()+1 {
		return nilObj, py.SystemError("BUILD_TEMPLATE: malformed operands")
	}
	return newTemplate(s, i), nil
}

// templateNew is Template(*args): consecutive strings are joined and an
// empty string separates consecutive interpolations.
func templateNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if kw.Len() > 0 {
		return nilObj, py.TypeError("Template.__new__ only accepts *args arguments")
	}
	var strs, interps []Object
	var cur strings.Builder
	for _, a := range args {
		if s, ok := py.AsStr(a); ok {
			cur.WriteString(s.String())
			continue
		}
		if a.Type() != InterpolationType {
			return nilObj, py.TypeError("Template.__new__ *args need to be of type 'str' or 'Interpolation', got %s", py.TypeName(a))
		}
		strs = append(strs, py.NewStrObj(cur.String()))
		cur.Reset()
		interps = append(interps, a)
	}
	strs = append(strs, py.NewStrObj(cur.String()))
	return newTemplate(py.NewTupleNoCopy(strs), py.NewTupleNoCopy(interps)), nil
}

func templateRepr(p *py.Thread, o Object) (Object, *py.Exception) {
	t := (*Template)(o.Ptr())
	s, e := py.ReprS(p, t.strs.Obj())
	if e != nil {
		return nilObj, e
	}
	i, e := py.ReprS(p, t.interps.Obj())
	if e != nil {
		return nilObj, e
	}
	return py.NewStrObj("Template(strings=" + s + ", interpolations=" + i + ")"), nil
}

// templateAdd is Template + Template; adding a str either way is refused
// (PEP 750 leaves the meaning of the str to the template's consumer).
func templateAdd(p *py.Thread, a, b Object) (Object, *py.Exception) {
	if a.Type() != TemplateType {
		return py.NotImplemented, nil
	}
	if b.Type() != TemplateType {
		return nilObj, py.TypeError("can only concatenate %s (not \"%s\") to %s", templateName, py.TypeName(b), templateName)
	}
	x, y := (*Template)(a.Ptr()), (*Template)(b.Ptr())
	xs, ys := x.strs.Items(), y.strs.Items()
	strs := make([]Object, 0, len(xs)+len(ys)-1)
	strs = append(strs, xs[:len(xs)-1]...)
	l, _ := py.AsStr(xs[len(xs)-1])
	r, _ := py.AsStr(ys[0])
	strs = append(strs, py.NewStrObj(l.String()+r.String()))
	strs = append(strs, ys[1:]...)
	xi, yi := x.interps.Items(), y.interps.Items()
	interps := make([]Object, 0, len(xi)+len(yi))
	interps = append(append(interps, xi...), yi...)
	return newTemplate(py.NewTupleNoCopy(strs), py.NewTupleNoCopy(interps)), nil
}

func templateIterNext(p *py.Thread, o Object) (Object, *py.Exception) {
	it := (*templateIter)(o.Ptr())
	strs, interps := it.t.strs.Items(), it.t.interps.Items()
	for {
		i := it.pos.Load()
		if i < 0 || int(i) >= len(strs)+len(interps) {
			it.pos.Store(-1)
			return nilObj, nil
		}
		if !it.pos.CompareAndSwap(i, i+1) {
			continue
		}
		if i&1 != 0 {
			return interps[i/2], nil
		}
		if s, _ := py.AsStr(strs[i/2]); s != nil && s.String() != "" {
			return strs[i/2], nil
		}
	}
}

var interpArgNames = [4]string{"value", "expression", "conversion", "format_spec"}

// interpolationNew is Interpolation(value, expression=”, conversion=None,
// format_spec=”).
func interpolationNew(p *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if len(args) > 4 {
		return nilObj, py.TypeError("Interpolation() takes at most 4 arguments (%d given)", len(args))
	}
	npos := len(args) - kw.Len()
	var v [4]Object
	copy(v[:], args[:npos])
	for k, n := range kw.Items() {
		name, _ := py.AsStr(n)
		idx := -1
		for j, want := range interpArgNames {
			if name.String() == want {
				idx = j
			}
		}
		if idx < 0 {
			return nilObj, py.TypeError("Interpolation() got an unexpected keyword argument '%s'", name.String())
		}
		if idx < npos {
			return nilObj, py.TypeError("argument for Interpolation() given by name ('%s') and position (%d)", name.String(), idx+1)
		}
		v[idx] = args[npos+k]
	}
	if v[0].IsNil() {
		return nilObj, py.TypeError("Interpolation() missing required argument 'value' (pos 1)")
	}
	for _, j := range []int{1, 3} {
		if v[j].IsNil() {
			v[j] = py.NewStrObj("")
		} else if _, ok := py.AsStr(v[j]); !ok {
			return nilObj, py.TypeError("Interpolation() argument '%s' must be str, not %s", interpArgNames[j], py.TypeName(v[j]))
		}
	}
	if v[2].IsNil() {
		v[2] = py.None
	} else if !v[2].IsNone() {
		s, ok := py.AsStr(v[2])
		if !ok {
			return nilObj, py.TypeError("Interpolation() argument 'conversion' must be str, not %s", py.TypeName(v[2]))
		}
		if c := s.String(); c != "s" && c != "r" && c != "a" {
			return nilObj, py.ValueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'")
		}
	}
	return (&Interpolation{Head: py.MakeHead(InterpolationType), value: v[0], expr: v[1], conv: v[2], spec: v[3]}).Obj(), nil
}

func interpolationRepr(p *py.Thread, o Object) (Object, *py.Exception) {
	i := (*Interpolation)(o.Ptr())
	var b strings.Builder
	b.WriteString("Interpolation(")
	for k, x := range [4]Object{i.value, i.expr, i.conv, i.spec} {
		if k > 0 {
			b.WriteString(", ")
		}
		s, e := py.ReprS(p, x)
		if e != nil {
			return nilObj, e
		}
		b.WriteString(s)
	}
	b.WriteString(")")
	return py.NewStrObj(b.String()), nil
}
