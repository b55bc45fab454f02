package vm

// Struct sequences are CPython's named tuples of C modules
// (time.struct_time, os.stat_result, sys.flags, ...): tuples of their
// visible fields whose every field, including the extra fields beyond the
// tuple part, is also a named read-only attribute.

import (
	"strings"
	"unsafe"

	"github.com/pygo/pygo/py"
)

// structSeq is a struct sequence instance: a tuple plus the fields that are
// attributes only.
type structSeq struct {
	py.Tuple
	extra []Object
}

// StructSeqType describes one struct-sequence type.
type StructSeqType struct {
	*py.Type
	fields  []string // all field names; the first nVisible form the tuple
	visible int
}

// NewStructSeq creates a struct-sequence type module.name with the given fields,
// of which the first visible are the tuple's items.
func NewStructSeq(module, name string, fields []string, visible int) *StructSeqType {
	typ, exc := py.NewType(name, []*py.Type{py.TupleType}, nil)
	if exc != nil {
		panic(exc) // tuple is always an acceptable base
	}
	typ.Flags &^= py.FlagBaseType | py.FlagHeapType
	typ.Flags |= py.FlagImmutable
	typ.Module = module
	st := &StructSeqType{Type: typ, fields: fields, visible: visible}
	s := *typ.Slots()
	s.Repr = st.repr
	s.New = st.new
	typ.SetSlots(&s)
	for i, f := range fields {
		i := i
		py.AddGetSet(typ, f, func(t *py.Thread, o Object) (Object, *py.Exception) {
			return st.field(o, i), nil
		}, py.ReadonlyMember)
	}
	typ.Dict.SetStr(py.Intern("n_fields"), py.MakeInt(int64(len(fields))))
	typ.Dict.SetStr(py.Intern("n_sequence_fields"), py.MakeInt(int64(visible)))
	typ.Dict.SetStr(py.Intern("n_unnamed_fields"), py.MakeInt(0))
	fl := make([]Object, visible)
	for i := range fl {
		fl[i] = py.NewStrObj(fields[i])
	}
	typ.Dict.SetStr(py.Intern("__match_args__"), py.NewTuple(fl...).Obj())
	typ.Modified()
	return st
}

// Make builds an instance from all its fields (len(fields) values;
// missing trailing extras are None).
func (st *StructSeqType) Make(vals ...Object) Object {
	items := append([]Object(nil), vals[:st.visible]...)
	tu := py.NewTupleNoCopy(items)
	s := &structSeq{Tuple: *tu}
	s.Tuple.SetType(st.Type)
	s.extra = make([]Object, len(st.fields)-st.visible)
	for i := range s.extra {
		if st.visible+i < len(vals) {
			s.extra[i] = vals[st.visible+i]
		} else {
			s.extra[i] = py.None
		}
	}
	return py.FromPtr(unsafe.Pointer(s))
}

func (st *StructSeqType) field(o Object, i int) Object {
	s := (*structSeq)(o.Ptr())
	if i < st.visible {
		return s.Tuple.Items()[i]
	}
	return s.extra[i-st.visible]
}

func (st *StructSeqType) repr(t *py.Thread, o Object) (Object, *py.Exception) {
	var b strings.Builder
	b.WriteString(st.Type.FullName())
	b.WriteByte('(')
	items := (*structSeq)(o.Ptr()).Tuple.Items()
	for i := 0; i < st.visible; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, e := py.ReprS(t, items[i])
		if e != nil {
			return Object{}, e
		}
		b.WriteString(st.fields[i])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return py.NewStrObj(b.String()), nil
}

func (st *StructSeqType) new(t *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	name := st.Type.FullName()
	var seqArg, dict Object
	nkw := kw.Len()
	pos := args[:len(args)-nkw]
	for i, k := range kw.Items() {
		ks, _ := py.AsStr(k)
		switch ks.String() {
		case "sequence":
			seqArg = args[len(pos)+i]
		case "dict":
			dict = args[len(pos)+i]
		default:
			return Object{}, py.TypeError("%s() got an unexpected keyword argument '%s'", name, ks.String())
		}
	}
	if len(pos) > 0 {
		seqArg = pos[0]
	}
	if len(pos) > 1 {
		dict = pos[1]
	}
	if seqArg.IsNil() {
		return Object{}, py.TypeError("%s() missing required argument 'sequence' (pos 1)", name)
	}
	items, e := py.SequenceItems(t, seqArg)
	if e != nil {
		return Object{}, py.TypeError("constructor requires a sequence")
	}
	n := len(items)
	if n < st.visible {
		if st.visible == len(st.fields) {
			return Object{}, py.TypeError("%s() takes a %d-sequence (%d-sequence given)", name, st.visible, n)
		}
		return Object{}, py.TypeError("%s() takes an at least %d-sequence (%d-sequence given)", name, st.visible, n)
	}
	if n > len(st.fields) {
		if st.visible == len(st.fields) {
			return Object{}, py.TypeError("%s() takes a %d-sequence (%d-sequence given)", name, st.visible, n)
		}
		return Object{}, py.TypeError("%s() takes an at most %d-sequence (%d-sequence given)", name, len(st.fields), n)
	}
	vals := append([]Object(nil), items...)
	if d, ok := py.AsDict(dict); ok {
		for i := n; i < len(st.fields); i++ {
			v, e := d.Get(t, py.NewStrObj(st.fields[i]))
			if e != nil {
				return Object{}, e
			}
			if v.IsNil() {
				v = py.None
			}
			vals = append(vals, v)
		}
	}
	return st.Make(vals...), nil
}
