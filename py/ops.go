package py

import (
	"math"
	"sync"
	"unsafe"
)

// The generic operations the VM calls. Each takes the current *Thread
// (needed whenever Python code may run: dunder slots of Python classes);
// fast paths for the common builtin cases come first.

// pointerHash is CPython's identity hash: the address rotated by 4 bits.
func pointerHash(o Object) int64 {
	y := uint64(uintptr(o.p))
	h := int64(y>>4 | y<<60)
	if h == -1 {
		h = -2
	}
	return h
}

// Hash is hash(o).
func Hash(t *Thread, o Object) (int64, *Exception) {
	if v, ok := o.Small(); ok {
		return hashIntValue(v, nil), nil
	}
	typ := (*Head)(o.p).typ
	if typ == StrType {
		return (*Str)(o.p).Hash(), nil
	}
	if uintptr(unsafe.Pointer(typ)) == floatTypeAddr {
		return floatHash(t, o)
	}
	sl := o.Type().Slots()
	if sl.Hash == nil {
		return 0, unhashable(o)
	}
	return sl.Hash(t, o)
}

func unhashable(o Object) *Exception { return TypeError("unhashable type: '%s'", o.Type().Name) }

// HashNotImplemented is the Hash slot of unhashable types (list, dict,
// set; Python classes defining __eq__ without __hash__): it stops the
// inheritance of object's identity hash.
func HashNotImplemented(t *Thread, o Object) (int64, *Exception) { return 0, unhashable(o) }

// keyHash hashes a dict key or set element, with 3.14's message for
// unhashable ones.
func keyHash(t *Thread, o Object, what string) (int64, *Exception) {
	h, exc := Hash(t, o)
	if exc != nil && exc.Matches(TypeErrorType) {
		if s := o.Type().Slots(); s.Hash == nil || isHashNotImpl(o.Type()) {
			return 0, TypeError("cannot use '%s' as a %s (unhashable type: '%s')", TypeName(o), what, TypeName(o))
		}
	}
	return h, exc
}

// Repr is repr(o) as a str object.
func Repr(t *Thread, o Object) (Object, *Exception) {
	sl := o.Type().Slots()
	if sl.Repr == nil {
		return objectRepr(t, o)
	}
	if t == nil {
		t = NewThread()
	}
	if exc := t.enter(" while getting the repr of an object"); exc != nil {
		return Object{}, exc
	}
	r, exc := sl.Repr(t, o)
	t.leave()
	if exc != nil {
		return Object{}, exc
	}
	if _, ok := AsStr(r); !ok {
		return Object{}, TypeError("__repr__ returned non-string (type %s)", TypeName(r))
	}
	return r, nil
}

// ReprS is repr(o) as Go text.
func ReprS(t *Thread, o Object) (string, *Exception) {
	if v, ok := o.Small(); ok {
		return intRepr(MakeInt(v)), nil
	}
	r, exc := Repr(t, o)
	if exc != nil {
		return "", exc
	}
	return (*Str)(r.p).s, nil
}

// ToStr is str(o).
func ToStr(t *Thread, o Object) (Object, *Exception) {
	if o.Type() == StrType {
		return o, nil
	}
	sl := o.Type().Slots()
	if sl.Str == nil {
		return Repr(t, o)
	}
	if t == nil {
		t = NewThread()
	}
	r, exc := sl.Str(t, o)
	if exc != nil {
		return Object{}, exc
	}
	if _, ok := AsStr(r); !ok {
		return Object{}, TypeError("__str__ returned non-string (type %s)", TypeName(r))
	}
	return r, nil
}

// StrS is str(o) as Go text.
func StrS(t *Thread, o Object) (string, *Exception) {
	r, exc := ToStr(t, o)
	if exc != nil {
		return "", exc
	}
	return (*Str)(r.p).s, nil
}

// Truthy is bool(o).
func Truthy(t *Thread, o Object) (bool, *Exception) {
	switch o.p {
	case True.p:
		return true, nil
	case False.p, None.p:
		return false, nil
	}
	if v, ok := o.Small(); ok {
		return v != 0, nil
	}
	sl := o.Type().Slots()
	if sl.Bool != nil {
		return sl.Bool(t, o)
	}
	if sl.Len != nil {
		n, exc := sl.Len(t, o)
		return n != 0, exc
	}
	return true, nil
}

// RichCompare is a OP b with CPython's protocol: the reflected operation
// of a right operand whose type is a proper subclass goes first; if both
// return NotImplemented, == and != fall back to identity and the ordering
// comparisons raise TypeError.
func RichCompare(t *Thread, a, b Object, op CmpOp) (Object, *Exception) {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return cmpResult(c, op), nil
		}
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) {
		if f := tb.Slots().Compare; f != nil {
			checkedReverse = true
			r, exc := f(t, b, a, op.Swapped())
			if exc != nil || r.p != NotImplemented.p {
				return r, exc
			}
		}
	}
	if f := ta.Slots().Compare; f != nil {
		r, exc := f(t, a, b, op)
		if exc != nil || r.p != NotImplemented.p {
			return r, exc
		}
	}
	if !checkedReverse {
		if f := tb.Slots().Compare; f != nil {
			r, exc := f(t, b, a, op.Swapped())
			if exc != nil || r.p != NotImplemented.p {
				return r, exc
			}
		}
	}
	switch op {
	case Eq:
		return Bool(a.p == b.p), nil
	case Ne:
		return Bool(a.p != b.p), nil
	}
	return Object{}, TypeError("'%s' not supported between instances of '%s' and '%s'", op.Symbol(), ta.Name, tb.Name)
}

// Equal is a == b as a Go bool (identity implies equality, as in
// containers).
func Equal(t *Thread, a, b Object) (bool, *Exception) {
	if a.p == b.p {
		return true, nil
	}
	if ta, tb := a.Type(), b.Type(); ta == StrType && tb == StrType {
		return strEqual((*Str)(a.p), (*Str)(b.p)), nil
	}
	if t != nil {
		if exc := t.enter(" in comparison"); exc != nil {
			return false, exc
		}
		defer t.leave()
	}
	r, exc := RichCompare(t, a, b, Eq)
	if exc != nil {
		return false, exc
	}
	if r.p == True.p {
		return true, nil
	}
	if r.p == False.p {
		return false, nil
	}
	return Truthy(t, r)
}

// BinaryOp is a OP b (op may be OpDivmod for divmod()).
func BinaryOp(t *Thread, op BinOp, a, b Object) (Object, *Exception) {
	if op == OpAdd {
		if x, ok := a.Small(); ok {
			if y, ok := b.Small(); ok {
				return MakeInt(x + y), nil
			}
		}
	}
	r, exc := binaryOp1(t, op, a, b)
	if exc != nil || r.p != NotImplemented.p {
		return r, exc
	}
	return Object{}, binOpError(op, a, b, false)
}

func binOpError(op BinOp, a, b Object, inplace bool) *Exception {
	sym := binOpSymbols[op]
	if inplace {
		sym = inplaceSymbols[op]
	}
	if op == OpAdd && a.Type().Flags&FlagStrSubclass != 0 {
		return TypeError("can only concatenate str (not \"%s\") to str", TypeName(b))
	}
	if op == OpMul && isSequence(a) {
		return TypeError("can't multiply sequence by non-int of type '%s'", TypeName(b))
	}
	if op == OpMul && isSequence(b) && !isSequence(a) {
		return TypeError("can't multiply sequence by non-int of type '%s'", TypeName(a))
	}
	if op == OpRShift && a.Type().Name == "builtin_function_or_method" && a.Type().Module == "builtins" {
		return TypeError("unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", sym, TypeName(a), TypeName(b))
	}
	return TypeError("unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(a), TypeName(b))
}

func isSequence(o Object) bool {
	return o.Type().Flags&(FlagStrSubclass|FlagListSubclass|FlagTupleSubclass|FlagBytesSubclass) != 0 ||
		ByteArrayType != nil && o.Type().IsSubtype(ByteArrayType)
}

// binaryOp1 tries a's forward slot and b's reflected slot in CPython's
// order; NotImplemented if neither applies.
func binaryOp1(t *Thread, op BinOp, a, b Object) (Object, *Exception) {
	ta, tb := a.Type(), b.Type()
	fa := ta.Slots().Bin[op]
	var fb func(*Thread, Object, Object) (Object, *Exception)
	if ta != tb {
		fb = tb.Slots().RBin[op]
	}
	if fb != nil && tb.IsSubtype(ta) && tb.Flags&FlagHeapType != 0 {
		r, exc := fb(t, b, a)
		if exc != nil || r.p != NotImplemented.p {
			return r, exc
		}
		fb = nil
	}
	if fa != nil {
		r, exc := fa(t, a, b)
		if exc != nil || r.p != NotImplemented.p {
			return r, exc
		}
	}
	if fb != nil {
		return fb(t, b, a)
	}
	return NotImplemented, nil
}

// InPlaceOp is a OP= b: __iop__ first, then the binary protocol.
func InPlaceOp(t *Thread, op BinOp, a, b Object) (Object, *Exception) {
	if f := a.Type().Slots().IBin[op]; f != nil {
		r, exc := f(t, a, b)
		if exc != nil || r.p != NotImplemented.p {
			return r, exc
		}
	}
	r, exc := binaryOp1(t, op, a, b)
	if exc != nil || r.p != NotImplemented.p {
		return r, exc
	}
	return Object{}, binOpError(op, a, b, true)
}

// Pow3 is pow(a, b, m).
func Pow3(t *Thread, a, b, m Object) (Object, *Exception) {
	if m.p == nil || m.IsNone() {
		return BinaryOp(t, OpPow, a, b)
	}
	if f := a.Type().Slots().Pow3; f != nil {
		r, exc := f(t, a, b, m)
		if exc != nil || r.p != NotImplemented.p {
			return r, exc
		}
	}
	// 3.14: the second operand's __rpow__ gets a chance too.
	if bt := b.Type(); bt != a.Type() {
		if f := bt.Slots().Pow3; f != nil {
			r, exc := f(t, a, b, m)
			if exc != nil || r.p != NotImplemented.p {
				return r, exc
			}
		}
	}
	if IsInt(a) && IsInt(b) && IsInt(m) {
		return intPow3(t, a, b, m)
	}
	// float's ternary pow (reached through any float operand, the
	// modulus included) gives the "3rd argument" error; otherwise no
	// operand supports the call.
	isFloat := func(o Object) bool { return o.Type().Flags&FlagFloatSubclass != 0 }
	if (IsInt(a) || isFloat(a)) && (IsInt(b) || isFloat(b)) && (isFloat(a) || isFloat(b) || isFloat(m)) {
		return Object{}, TypeError("pow() 3rd argument not allowed unless all arguments are integers")
	}
	return Object{}, TypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(a), TypeName(b), TypeName(m))
}

func unary(t *Thread, o Object, f func(*Thread, Object) (Object, *Exception), sym string) (Object, *Exception) {
	if f == nil {
		return Object{}, TypeError("bad operand type for %s: '%s'", sym, TypeName(o))
	}
	return f(t, o)
}

// Neg, Pos, Invert, Abs are -o, +o, ~o, abs(o).
func Neg(t *Thread, o Object) (Object, *Exception) {
	if v, ok := o.Small(); ok {
		return MakeInt(-v), nil
	}
	return unary(t, o, o.Type().Slots().Neg, "unary -")
}
func Pos(t *Thread, o Object) (Object, *Exception) {
	return unary(t, o, o.Type().Slots().Pos, "unary +")
}
func Invert(t *Thread, o Object) (Object, *Exception) {
	return unary(t, o, o.Type().Slots().Invert, "unary ~")
}
func Abs(t *Thread, o Object) (Object, *Exception) {
	return unary(t, o, o.Type().Slots().Abs, "abs()")
}

// Index is operator.index(o).
func Index(t *Thread, o Object) (Object, *Exception) {
	if IsInt(o) {
		return intExact(o), nil
	}
	f := o.Type().Slots().Index
	if f == nil {
		return Object{}, TypeError("'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	r, exc := f(t, o)
	if exc == nil && !IsInt(r) {
		return Object{}, TypeError("__index__ returned non-int (type %s)", TypeName(r))
	}
	return r, exc
}

// Len is len(o).
func Len(t *Thread, o Object) (int, *Exception) {
	f := o.Type().Slots().Len
	if f == nil {
		return 0, TypeError("object of type '%s' has no len()", TypeName(o))
	}
	return f(t, o)
}

// GetItem is o[k].
func GetItem(t *Thread, o, k Object) (Object, *Exception) {
	if o.p != nil && !isSmall(o) && (*Head)(o.p).typ == ListType {
		if i, ok := AsInt64(k); ok {
			l := (*List)(o.p)
			if i < 0 {
				i += l.n.Load()
			}
			if v, ok := l.Get(int(i)); ok {
				return v, nil
			}
			return Object{}, IndexError("list index out of range")
		}
	}
	typ := o.Type()
	if f := typ.Slots().GetItem; f != nil {
		return f(t, o, k)
	}
	if typ.Flags&FlagTypeSubclass != 0 {
		cls := AsType(o)
		if m := cls.Lookup(Intern("__class_getitem__")); m.p != nil {
			// __class_getitem__ is an implicit classmethod: bind it to
			// the class being subscripted, as CPython does.
			if get := m.Type().Slots().DescrGet; get != nil {
				b, exc := get(t, m, Object{}, cls)
				if exc != nil {
					return Object{}, exc
				}
				m = b
			}
			return Call(t, m, []Object{k}, nil)
		}
		// Builtin classes (list[int], type[int], ...) make generic aliases.
		if cls.Flags&FlagHeapType == 0 {
			return GenericAlias(t, o, k)
		}
		return Object{}, TypeError("type '%s' is not subscriptable", AsType(o).Name)
	}
	return Object{}, TypeError("'%s' object is not subscriptable", typ.Name)
}

// GenericAlias is a placeholder hook for list[int] etc.; the VM/typing
// layer replaces it.
var GenericAlias = func(t *Thread, o, k Object) (Object, *Exception) {
	return Object{}, TypeError("type '%s' is not subscriptable", AsType(o).Name)
}

func isSmall(o Object) bool { return uint64(uintptr(o.p)-uintptr(smallBase)) < smallSpan }

// SetItem is o[k] = v.
func SetItem(t *Thread, o, k, v Object) *Exception {
	f := o.Type().Slots().SetItem
	if f == nil {
		return TypeError("'%s' object does not support item assignment", TypeName(o))
	}
	return f(t, o, k, v)
}

// DelItem is del o[k].
func DelItem(t *Thread, o, k Object) *Exception {
	f := o.Type().Slots().SetItem
	if f == nil {
		return TypeError("'%s' object doesn't support item deletion", TypeName(o))
	}
	return f(t, o, k, Object{})
}

// Contains is k in o.
func Contains(t *Thread, o, k Object) (bool, *Exception) {
	if f := o.Type().Slots().Contains; f != nil {
		return f(t, o, k)
	}
	it, exc := GetIter(t, o)
	if exc != nil {
		if exc.Matches(TypeErrorType) {
			return false, TypeError("argument of type '%s' is not a container or iterable", TypeName(o))
		}
		return false, exc
	}
	for {
		v, exc := Next(t, it)
		if exc != nil || v.p == nil {
			return false, exc
		}
		eq := v.p == k.p
		if !eq {
			if eq, exc = Equal(t, v, k); exc != nil {
				return false, exc
			}
		}
		if eq {
			return true, nil
		}
	}
}

// GetIter is iter(o).
func GetIter(t *Thread, o Object) (Object, *Exception) {
	sl := o.Type().Slots()
	if sl.Iter != nil {
		it, exc := sl.Iter(t, o)
		if exc != nil {
			return Object{}, exc
		}
		if it.Type().Slots().Next == nil {
			return Object{}, TypeError("iter() returned non-iterator of type '%s'", TypeName(it))
		}
		return it, nil
	}
	if sl.GetItem != nil {
		return (&seqIterator{Head: Head{SeqIterType}, seq: o}).Obj(), nil
	}
	return Object{}, TypeError("'%s' object is not iterable", TypeName(o))
}

// Next advances an iterator: (nil, nil) when exhausted.
func Next(t *Thread, it Object) (Object, *Exception) {
	f := it.Type().Slots().Next
	if f == nil {
		return Object{}, TypeError("'%s' object is not an iterator", TypeName(it))
	}
	return f(t, it)
}

// seqIterNext iterates an object with only __getitem__.
func seqIterNext(t *Thread, o Object) (Object, *Exception) {
	it := (*seqIterator)(o.p)
	i := it.pos.Load()
	if i < 0 {
		return Object{}, nil
	}
	v, exc := GetItem(t, it.seq, MakeInt(i))
	if exc != nil {
		if exc.Matches(IndexErrorType) || exc.Matches(StopIterationType) {
			it.pos.Store(-1)
			return Object{}, nil
		}
		return Object{}, exc
	}
	it.pos.Store(i + 1)
	return v, nil
}

// SequenceItems returns the items of any iterable (a snapshot; for tuples
// the tuple's own array — do not modify).
func SequenceItems(t *Thread, o Object) ([]Object, *Exception) {
	if tu, ok := AsTuple(o); ok && tu.typ == TupleType {
		return tu.items, nil
	}
	if l, ok := AsList(o); ok && l.typ == ListType {
		return l.Items(), nil
	}
	it, exc := GetIter(t, o)
	if exc != nil {
		return nil, exc
	}
	var out []Object
	for {
		v, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		if v.p == nil {
			return out, nil
		}
		out = append(out, v)
	}
}

// Call calls f(*args, **kw): kw holds the keyword names, whose values are
// the last kw.Len() elements of args (CPython's vectorcall convention).
func Call(t *Thread, f Object, args []Object, kw *Tuple) (Object, *Exception) {
	sl := f.Type().Slots()
	if sl.Call == nil {
		return Object{}, TypeError("'%s' object is not callable", TypeName(f))
	}
	if t == nil {
		t = NewThread()
	}
	return sl.Call(t, f, args, kw)
}

// AsType returns o as a *Type, or nil.
func AsType(o Object) *Type {
	if o.p == nil || isSmall(o) {
		return nil
	}
	if o.Type().Flags&FlagTypeSubclass == 0 {
		return nil
	}
	return (*Type)(o.p)
}

// IsInstance is isinstance(o, typ) for a single type (no __instancecheck__).
func IsInstance(o Object, typ *Type) bool { return o.Type().IsSubtype(typ) }

// FloatIsIntegral reports whether f is finite and integral.
func FloatIsIntegral(f float64) bool { return !math.IsInf(f, 0) && f == math.Trunc(f) }

var unhashableTypes sync.Map // *Type -> true: types whose Hash is HashNotImplemented

func isHashNotImpl(t *Type) bool {
	for _, m := range t.MRO() {
		if _, ok := unhashableTypes.Load(m); ok {
			return true
		}
	}
	return false
}
