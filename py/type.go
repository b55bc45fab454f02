package py

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"
)

// BinOp numbers the binary operators (and divmod) for Slots.Bin.
type BinOp uint8

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpDivmod // divmod(); no in-place form
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
	NumBinOps
)

var binOpSymbols = [NumBinOps]string{"+", "-", "*", "@", "/", "//", "%", "divmod()", "** or pow()", "<<", ">>", "&", "^", "|"}
var inplaceSymbols = [NumBinOps]string{"+=", "-=", "*=", "@=", "/=", "//=", "%=", "divmod()", "**=", "<<=", ">>=", "&=", "^=", "|="}

// Dunder names of the operators: forward and reflected.
var binOpNames = [NumBinOps][3]string{
	{"__add__", "__radd__", "__iadd__"}, {"__sub__", "__rsub__", "__isub__"},
	{"__mul__", "__rmul__", "__imul__"}, {"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__mod__", "__rmod__", "__imod__"}, {"__divmod__", "__rdivmod__", ""},
	{"__pow__", "__rpow__", "__ipow__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
	{"__rshift__", "__rrshift__", "__irshift__"}, {"__and__", "__rand__", "__iand__"},
	{"__xor__", "__rxor__", "__ixor__"}, {"__or__", "__ror__", "__ior__"},
}

// Symbol is the operator as CPython's error messages spell it.
func (op BinOp) Symbol() string { return binOpSymbols[op] }

// Dunder returns the forward (__add__), reflected (__radd__) and in-place
// (__iadd__) method names of op.
func (op BinOp) Dunder() (fwd, refl, inplace string) {
	n := binOpNames[op]
	return n[0], n[1], n[2]
}

// CmpOp numbers the rich comparisons in CPython's order (Py_LT ... Py_GE).
type CmpOp uint8

const (
	Lt CmpOp = iota
	Le
	Eq
	Ne
	Gt
	Ge
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpSwapped = [...]CmpOp{Gt, Ge, Eq, Ne, Lt, Le}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// Symbol is the comparison operator; Swapped the reflected operation
// (a < b ⇔ b > a); Dunder its method name.
func (op CmpOp) Symbol() string { return cmpSymbols[op] }
func (op CmpOp) Swapped() CmpOp { return cmpSwapped[op] }
func (op CmpOp) Dunder() string { return cmpDunders[op] }

// Slots is a type's table of operations: nil = absent. A table is immutable
// once published (Type.SetSlots republishes a copy), so readers load it with
// one atomic load and never see a half-updated table. Builtin types fill it
// with Go functions; the VM fills it for Python classes from their dunders.
//
// Conventions: a slot that cannot handle its operands returns NotImplemented
// (binary ops, Compare); Next returns (nil, nil) when the iterator is
// exhausted (no StopIteration allocated); SetAttr/SetItem with a nil value
// delete; Bin[op](t, a, b) is called with a of this type, RBin[op](t, b, a)
// computes a OP b where b is of this type (the reflected __rop__).
type Slots struct {
	Repr, Str func(t *Thread, o Object) (Object, *Exception)
	Hash      func(t *Thread, o Object) (int64, *Exception)
	Compare   func(t *Thread, a, b Object, op CmpOp) (Object, *Exception)
	Bool      func(t *Thread, o Object) (bool, *Exception)
	Len       func(t *Thread, o Object) (int, *Exception)

	Bin, RBin, IBin       [NumBinOps]func(t *Thread, a, b Object) (Object, *Exception)
	Pow3                  func(t *Thread, a, b, m Object) (Object, *Exception)
	Neg, Pos, Abs, Invert func(t *Thread, o Object) (Object, *Exception)
	// Index is __index__; Int and Float are __int__ and __float__.
	Index, Int, Float func(t *Thread, o Object) (Object, *Exception)

	GetAttr  func(t *Thread, o Object, name *Str) (Object, *Exception)
	SetAttr  func(t *Thread, o Object, name *Str, v Object) *Exception
	DescrGet func(t *Thread, descr, obj Object, typ *Type) (Object, *Exception) // obj nil: class access
	DescrSet func(t *Thread, descr, obj, v Object) *Exception                   // v nil: delete
	// Dict returns the instance __dict__ (nil: the instance has none).
	Dict func(o Object) *Dict

	Call func(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception)
	Iter func(t *Thread, o Object) (Object, *Exception)
	Next func(t *Thread, o Object) (Object, *Exception)

	GetItem  func(t *Thread, o, k Object) (Object, *Exception)
	SetItem  func(t *Thread, o, k, v Object) *Exception
	Contains func(t *Thread, o, k Object) (bool, *Exception)

	New  func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception)
	Init func(t *Thread, self Object, args []Object, kw *Tuple) *Exception
}

// inherit fills the nil slots of s from b.
func (s *Slots) inherit(b *Slots) {
	fill := func(dst *func(*Thread, Object) (Object, *Exception), src func(*Thread, Object) (Object, *Exception)) {
		if *dst == nil {
			*dst = src
		}
	}
	fill(&s.Repr, b.Repr)
	fill(&s.Str, b.Str)
	fill(&s.Neg, b.Neg)
	fill(&s.Pos, b.Pos)
	fill(&s.Abs, b.Abs)
	fill(&s.Invert, b.Invert)
	fill(&s.Index, b.Index)
	fill(&s.Int, b.Int)
	fill(&s.Float, b.Float)
	fill(&s.Iter, b.Iter)
	fill(&s.Next, b.Next)
	if s.Hash == nil {
		s.Hash = b.Hash
	}
	if s.Compare == nil {
		s.Compare = b.Compare
	}
	if s.Bool == nil {
		s.Bool = b.Bool
	}
	if s.Len == nil {
		s.Len = b.Len
	}
	for i := range s.Bin {
		if s.Bin[i] == nil {
			s.Bin[i] = b.Bin[i]
		}
		if s.RBin[i] == nil {
			s.RBin[i] = b.RBin[i]
		}
		if s.IBin[i] == nil {
			s.IBin[i] = b.IBin[i]
		}
	}
	if s.Pow3 == nil {
		s.Pow3 = b.Pow3
	}
	if s.GetAttr == nil {
		s.GetAttr = b.GetAttr
	}
	if s.SetAttr == nil {
		s.SetAttr = b.SetAttr
	}
	if s.DescrGet == nil {
		s.DescrGet = b.DescrGet
	}
	if s.DescrSet == nil {
		s.DescrSet = b.DescrSet
	}
	if s.Dict == nil {
		s.Dict = b.Dict
	}
	if s.Call == nil {
		s.Call = b.Call
	}
	if s.GetItem == nil {
		s.GetItem = b.GetItem
	}
	if s.SetItem == nil {
		s.SetItem = b.SetItem
	}
	if s.Contains == nil {
		s.Contains = b.Contains
	}
	if s.New == nil {
		s.New = b.New
	}
	if s.Init == nil {
		s.Init = b.Init
	}
}

// Type flags: fast base-kind checks and properties.
const (
	FlagIntSubclass uint32 = 1 << iota
	FlagFloatSubclass
	FlagStrSubclass
	FlagBytesSubclass
	FlagListSubclass
	FlagTupleSubclass
	FlagDictSubclass
	FlagSetSubclass // set or frozenset
	FlagTypeSubclass
	FlagExcSubclass // BaseException
	FlagBaseType    // may be subclassed
	FlagHeapType    // created by a class statement / type()
	FlagImmutable   // attributes cannot be set (builtin static types)

	kindFlags = FlagIntSubclass | FlagFloatSubclass | FlagStrSubclass | FlagBytesSubclass |
		FlagListSubclass | FlagTupleSubclass | FlagDictSubclass | FlagSetSubclass |
		FlagTypeSubclass | FlagExcSubclass
)

// Type is a Python type object.
type Type struct {
	Head
	Name     string // __name__
	Qualname string // __qualname__
	Module   string // __module__ ("builtins" for builtin types)
	Doc      string
	Flags    uint32
	// Version changes whenever the type's dict, bases or MRO or those of
	// an ancestor change; 0 means "do not cache". Inline caches key on it.
	Version atomic.Uint32
	// Base is the first base (__base__); Layout the builtin type whose
	// memory layout instances have.
	Base   *Type
	Layout *Type
	Dict   *Dict
	// VM is an opaque hook for the VM (instance shapes, class cell...).
	VM any

	bases atomic.Pointer[[]*Type]
	mro   atomic.Pointer[[]*Type]
	slots atomic.Pointer[Slots]

	mu         sync.Mutex // guards subclasses
	subclasses []weak.Pointer[Type]
}

var versionCounter atomic.Uint32

func nextVersion() uint32 {
	v := versionCounter.Add(1)
	if v == 0 { // wrapped: 0 means "don't cache"; give up caching for good
		versionCounter.Store(^uint32(0) - 1)
		return 0
	}
	return v
}

// Obj returns the type as an Object.
func (t *Type) Obj() Object { return Object{unsafe.Pointer(t)} }

// Slots returns the current (immutable) slot table.
func (t *Type) Slots() *Slots { return t.slots.Load() }

// SetSlots publishes a new slot table for t (copied) and propagates
// inherited slots to subclasses that did not define their own. Callers
// building Python classes pass the table derived from the class's dunders.
func (t *Type) SetSlots(s *Slots) {
	c := *s
	t.slots.Store(&c)
	t.Modified()
}

// Bases returns __bases__; MRO returns __mro__ (do not modify them).
func (t *Type) Bases() []*Type { return *t.bases.Load() }
func (t *Type) MRO() []*Type   { return *t.mro.Load() }

// Modified gives t and all its subclasses new version tags: every cache
// keyed on the old versions misses from now on.
func (t *Type) Modified() {
	t.Version.Store(nextVersion())
	t.mu.Lock()
	none := len(t.subclasses) == 0
	t.mu.Unlock()
	if none {
		return // the common case (every write to a leaf class's dict): no allocation
	}
	for _, s := range t.Subclasses() {
		s.Modified()
	}
}

// Subclasses returns the live direct subclasses of t.
func (t *Type) Subclasses() []*Type {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []*Type
	live := t.subclasses[:0]
	for _, w := range t.subclasses {
		if s := w.Value(); s != nil {
			out = append(out, s)
			live = append(live, w)
		}
	}
	clear(t.subclasses[len(live):])
	t.subclasses = live
	return out
}

func (t *Type) addSubclass(s *Type) {
	t.mu.Lock()
	t.subclasses = append(t.subclasses, weak.Make(s))
	t.mu.Unlock()
}

// IsSubtype reports whether t is b or a subclass of b (via the MRO).
func (t *Type) IsSubtype(b *Type) bool {
	if t == b {
		return true
	}
	for _, m := range *t.mro.Load() {
		if m == b {
			return true
		}
	}
	return false
}

// Lookup finds name in the dicts along t's MRO (no descriptor binding);
// nil if absent.
//
// Results are cached in typeCache keyed on (t's version tag, name): every
// type has its own version (a global counter), and the version changes on
// any change to the dicts, bases or MRO of t or an ancestor (Modified; the
// type dicts call it themselves on mutation), so an entry can only match
// while its result is current. The version is read before the MRO is
// walked: a concurrent change bumps it afterwards, so an entry computed from
// a half-old state is keyed on a version that no longer matches.
func (t *Type) Lookup(name *Str) Object {
	v := t.Version.Load()
	if v == 0 {
		return t.lookupMRO(name)
	}
	h := (uintptr(v)*0x9E3779B1 ^ uintptr(unsafe.Pointer(name))>>4) & (typeCacheSize - 1)
	slot := &typeCache[h]
	if e := slot.Load(); e != nil && e.version == v && e.name == name {
		return e.value
	}
	r := t.lookupMRO(name)
	slot.Store(&typeCacheEntry{version: v, name: name, value: r})
	return r
}

// typeCacheEntry is one immutable cached Lookup result (value nil: absent).
// Entries are published through one atomic pointer, so a reader never sees a
// torn (version, name, value) triple.
type typeCacheEntry struct {
	version uint32
	name    *Str
	value   Object
}

const typeCacheSize = 1 << 12

var typeCache [typeCacheSize]atomic.Pointer[typeCacheEntry]

func (t *Type) lookupMRO(name *Str) Object {
	for _, m := range *t.mro.Load() {
		if v := m.Dict.GetStr(name); v.p != nil {
			return v
		}
	}
	return Object{}
}

// FullName is module.qualname, or just the qualname for builtins.
func (t *Type) FullName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

// TypeName is the __name__ of o's type, for error messages.
func TypeName(o Object) string { return o.Type().Name }

// ---------------------------------------------------------------- MRO

// computeMRO is the C3 linearisation of t over its bases.
func computeMRO(t *Type, bases []*Type) ([]*Type, *Exception) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO()...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
				break
			}
		}
		if !nonEmpty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			// CPython lists the heads of the sequences still to merge.
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, TypeError("Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// NewType creates a class with the given bases (object if none) and
// namespace, as type(name, bases, dict) does for the layout part: MRO,
// flags, layout checks and inherited slots. The VM then installs slots
// derived from the class's dunders with SetSlots.
func NewType(name string, bases []*Type, dict *Dict) (*Type, *Exception) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for i, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, TypeError("type '%s' is not an acceptable base type", b.FullName())
		}
		for _, c := range bases[:i] {
			if c == b {
				return nil, TypeError("duplicate base class %s", b.Name)
			}
		}
	}
	// The layouts of all bases must lie on one chain.
	layout := ObjectType
	for _, b := range bases {
		l := b.Layout
		switch {
		case layout.IsSubtype(l):
		case l.IsSubtype(layout):
			layout = l
		default:
			return nil, TypeError("multiple bases have instance lay-out conflict")
		}
	}
	if dict == nil {
		dict = NewDict()
	}
	t := &Type{Head: Head{TypeType}, Name: name, Qualname: name, Base: bases[0], Layout: layout, Dict: dict}
	dict.owner.Store(t)
	for _, b := range bases {
		t.Flags |= b.Flags & kindFlags
	}
	t.Flags |= FlagBaseType | FlagHeapType
	bs := append([]*Type(nil), bases...)
	t.bases.Store(&bs)
	mro, exc := computeMRO(t, bs)
	if exc != nil {
		return nil, exc
	}
	t.mro.Store(&mro)
	s := &Slots{}
	for _, m := range mro[1:] {
		s.inherit(m.Slots())
	}
	t.slots.Store(s)
	t.Version.Store(nextVersion())
	for _, b := range bs {
		b.addSubclass(t)
	}
	return t, nil
}

// SetMRO replaces __mro__ with the one a metaclass's mro() returned.
func (t *Type) SetMRO(mro []*Type) {
	m := append([]*Type(nil), mro...)
	t.mro.Store(&m)
	t.Modified()
}

// SetBases replaces __bases__ (recomputing the MRO) and invalidates caches.
func (t *Type) SetBases(bases []*Type) *Exception {
	mro, exc := computeMRO(t, bases)
	if exc != nil {
		return exc
	}
	bs := append([]*Type(nil), bases...)
	t.bases.Store(&bs)
	t.mro.Store(&mro)
	t.Base = bs[0]
	for _, b := range bs {
		b.addSubclass(t)
	}
	t.Modified()
	return nil
}

// initBuiltin sets up a static builtin type.
func initBuiltin(t *Type, name string, base *Type, flags uint32, s *Slots) {
	t.typ = TypeType
	t.Name, t.Qualname, t.Module = name, name, "builtins"
	t.Flags = flags | FlagImmutable
	t.Dict = NewDict()
	t.Dict.owner.Store(t)
	t.Layout = t
	var bases, mro []*Type
	if base != nil {
		t.Base = base
		t.Flags |= base.Flags & kindFlags
		bases = []*Type{base}
		mro = append([]*Type{t}, base.MRO()...)
		base.addSubclass(t)
		if base != ObjectType {
			t.Layout = base.Layout // callers override for types with their own fields
		}
	} else {
		mro = []*Type{t}
	}
	t.bases.Store(&bases)
	t.mro.Store(&mro)
	if s == nil {
		s = &Slots{}
	}
	if base != nil {
		s.inherit(base.Slots())
	}
	t.slots.Store(s)
	t.Version.Store(nextVersion())
	builtinTypes = append(builtinTypes, t)
}
