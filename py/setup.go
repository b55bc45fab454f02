package py

import "unsafe"

// The builtin types. They are package variables set up by init (in a fixed
// order: type and object first), immortal, and immutable from Python.
var (
	TypeType, ObjectType, NoneType, NotImplementedType, EllipsisType *Type
	IntType, BoolType, FloatType, ComplexType, StrType, BytesType    *Type
	TupleType, ListType, DictType, SetType, FrozenSetType            *Type
	RangeType, SliceType                                             *Type
	BuiltinFunctionType, MethodDescrType, ClassMethodDescrType       *Type
	GetSetDescrType                                                  *Type
	StrIterType, TupleIterType, ListIterType, ListRevIterType        *Type
	SeqIterType, DictKeyIterType, DictValueIterType                  *Type
	DictItemIterType, SetIterType, RangeIterType, BytesIterType      *Type
	DictKeysType, DictValuesType, DictItemsType                      *Type
)

func swap(f func(t *Thread, a, b Object) (Object, *Exception)) func(t *Thread, a, b Object) (Object, *Exception) {
	return func(t *Thread, self, other Object) (Object, *Exception) { return f(t, other, self) }
}

func init() {
	TypeType, ObjectType = &Type{}, &Type{}
	// type and object refer to each other: build them by hand.
	initBuiltin(ObjectType, "object", nil, FlagBaseType, &Slots{
		Repr: objectRepr, Hash: objectHash, Compare: objectCompare,
		GetAttr: GenericGetAttr, SetAttr: GenericSetAttr, New: objectNew,
		Str: func(t *Thread, o Object) (Object, *Exception) { return Repr(t, o) },
	})
	initBuiltin(TypeType, "type", ObjectType, FlagBaseType|FlagTypeSubclass, &Slots{
		Repr: typeRepr, Call: typeCall, GetAttr: typeGetAttr, SetAttr: typeSetAttr,
		New: typeNew, Init: typeInit,
	})
	ObjectType.typ = TypeType
	TypeType.typ = TypeType
	ObjectType.Dict.typ = DictType // fixed below once DictType exists

	mk := func(name string, base *Type, flags uint32, s *Slots) *Type {
		t := &Type{}
		if base == nil {
			base = ObjectType
		}
		initBuiltin(t, name, base, flags, s)
		return t
	}
	// Descriptor types first: addMethod needs them.
	MethodDescrType = mk("method_descriptor", nil, 0, &Slots{DescrGet: methodDescrGet, Call: methodDescrCall, Repr: methodDescrRepr})
	ClassMethodDescrType = mk("classmethod_descriptor", nil, 0, &Slots{DescrGet: methodDescrGet, Call: methodDescrCall, Repr: methodDescrRepr})
	GetSetDescrType = mk("getset_descriptor", nil, 0, &Slots{DescrGet: getSetGet, DescrSet: getSetSet, Repr: getSetRepr})
	BuiltinFunctionType = mk("builtin_function_or_method", nil, 0, &Slots{Call: builtinCall, Repr: builtinRepr})

	DictType = mk("dict", nil, FlagBaseType|FlagDictSubclass, &Slots{
		Repr: dictRepr, Len: dictLen, GetItem: dictGetItem, SetItem: dictSetItem,
		Contains: dictContains, Compare: dictCompare, Iter: dictIter, New: dictNew, Init: dictInit,
	})
	DictType.Slots().Bin[OpOr] = dictOr
	DictType.Slots().RBin[OpOr] = dictROr
	DictType.Slots().IBin[OpOr] = dictIOr
	// Fix the dicts created before DictType existed.
	for _, t := range []*Type{ObjectType, TypeType, MethodDescrType, ClassMethodDescrType, GetSetDescrType, BuiltinFunctionType, DictType} {
		t.Dict.typ = DictType
	}

	singletonType := func(name string, o *singleton, repr string, truth bool) *Type {
		t := mk(name, nil, 0, &Slots{
			Repr: func(*Thread, Object) (Object, *Exception) { return NewStr(repr).Obj(), nil },
			Bool: func(*Thread, Object) (bool, *Exception) { return truth, nil },
			New: func(t *Thread, typ *Type, args []Object, kw *Tuple) (Object, *Exception) {
				if len(args) > 0 || kw.Len() > 0 {
					n := name
					if n == "ellipsis" {
						n = "EllipsisType"
					}
					return Object{}, TypeError("%s takes no arguments", n)
				}
				return Object{unsafe.Pointer(o)}, nil
			},
		})
		o.typ, o.name = t, repr
		return t
	}
	NoneType = singletonType("NoneType", &noneObj, "None", false)
	// hash(None) is a constant since CPython 3.12 (not the address).
	NoneType.Slots().Hash = func(*Thread, Object) (int64, *Exception) { return 0xFCA86420, nil }
	NotImplementedType = singletonType("NotImplementedType", &notImplObj, "NotImplemented", true)
	NotImplementedType.Slots().Bool = func(*Thread, Object) (bool, *Exception) {
		return false, TypeError("NotImplemented should not be used in a boolean context")
	}
	EllipsisType = singletonType("ellipsis", &ellipsisObj, "Ellipsis", true)

	StrType = mk("str", nil, FlagBaseType|FlagStrSubclass, &Slots{
		Repr: strReprSlot, Str: strStrSlot, Hash: strHash, Compare: strCompare, Len: strLen,
		Bool: strBool, Contains: strContains, GetItem: strGetItem, Iter: strIter, New: strNew,
	})
	emptyStr.typ = StrType
	for _, c := range asciiChars {
		c.typ = StrType
	}
	// Interning may have happened before StrType existed (none so far).
	s := StrType.Slots()
	s.Bin[OpAdd] = strAdd
	s.Bin[OpMul] = strMul
	s.RBin[OpMul] = strRMul
	s.Bin[OpMod] = strMod

	IntType = mk("int", nil, FlagBaseType|FlagIntSubclass, &Slots{
		Repr: intReprSlot, Hash: intHash, Compare: intCompare, Bool: intBool,
		Neg: intNeg, Pos: intPos, Abs: intAbs, Invert: intInvert, Index: intPos, Int: intPos,
		Float: func(t *Thread, o Object) (Object, *Exception) {
			f, exc := IntToFloat(o)
			if exc != nil {
				return Object{}, exc
			}
			return NewFloat(f), nil
		},
		Pow3: intPow3, New: intNew,
	})
	is := IntType.Slots()
	ops := map[BinOp]func(*Thread, Object, Object) (Object, *Exception){
		OpAdd: intAdd, OpSub: intSub, OpMul: intMul, OpTrueDiv: intTrueDiv, OpFloorDiv: intFloorDiv,
		OpMod: intMod, OpDivmod: intDivmod, OpPow: intPow, OpLShift: intLShift, OpRShift: intRShift,
		OpAnd: func(t *Thread, a, b Object) (Object, *Exception) { return intBitOp(a, b, OpAnd) },
		OpOr:  func(t *Thread, a, b Object) (Object, *Exception) { return intBitOp(a, b, OpOr) },
		OpXor: func(t *Thread, a, b Object) (Object, *Exception) { return intBitOp(a, b, OpXor) },
	}
	for op, f := range ops {
		is.Bin[op] = f
		is.RBin[op] = swap(f)
	}
	BoolType = mk("bool", IntType, 0, &Slots{Repr: boolRepr, New: boolNew, Invert: boolInvert})
	BoolType.Layout = IntType
	trueObj.typ, falseObj.typ = BoolType, BoolType

	FloatType = mk("float", nil, FlagBaseType|FlagFloatSubclass, &Slots{
		Repr: floatRepr, Hash: floatHash, Compare: floatCompare, Bool: floatBool,
		Neg: floatNeg, Pos: floatPos, Abs: floatAbs, Pow3: floatPow3, New: floatNew,
		Int: func(t *Thread, o Object) (Object, *Exception) {
			f, _ := FloatValue(o)
			return FloatToInt(f)
		},
		Float: floatPos,
	})
	floatTypeAddr = uintptr(unsafe.Pointer(FloatType))
	fs := FloatType.Slots()
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpDivmod, OpPow} {
		fs.Bin[op] = floatBinary(op)
		fs.RBin[op] = floatReflected(op)
	}

	ComplexType = mk("complex", nil, FlagBaseType, complexSlots())

	TupleType = mk("tuple", nil, FlagBaseType|FlagTupleSubclass, &Slots{
		Repr: tupleRepr, Hash: tupleHash, Compare: tupleCompare, Len: tupleLen,
		Contains: tupleContains, GetItem: tupleGetItem, Iter: tupleIter, New: tupleNew,
	})
	emptyTuple.typ = TupleType
	ts := TupleType.Slots()
	ts.Bin[OpAdd] = tupleAdd
	ts.Bin[OpMul] = tupleMul
	ts.RBin[OpMul] = tupleRMul

	ListType = mk("list", nil, FlagBaseType|FlagListSubclass, &Slots{
		Repr: listRepr, Compare: listCompare, Len: listLen, Contains: listContains,
		GetItem: listGetItem, SetItem: listSetItem, Iter: listIter, New: listNew, Init: listInit,
	})
	ls := ListType.Slots()
	ls.Bin[OpAdd] = listAdd
	ls.IBin[OpAdd] = listIAdd
	ls.Bin[OpMul] = listMul
	ls.RBin[OpMul] = listRMul
	ls.IBin[OpMul] = listIMul

	iterType := func(name string, next func(*Thread, Object) (Object, *Exception)) *Type {
		return mk(name, nil, 0, &Slots{Iter: func(t *Thread, o Object) (Object, *Exception) { return o, nil }, Next: next})
	}
	StrIterType = iterType("str_ascii_iterator", strIterNext)
	TupleIterType = iterType("tuple_iterator", tupleIterNext)
	ListIterType = iterType("list_iterator", listIterNext)
	ListRevIterType = iterType("list_reverseiterator", listReversedNext)
	SeqIterType = iterType("iterator", seqIterNext)
	DictKeyIterType = iterType("dict_keyiterator", dictIterNext)
	DictValueIterType = iterType("dict_valueiterator", dictIterNext)
	DictItemIterType = iterType("dict_itemiterator", dictIterNext)
	viewSlots := func() *Slots {
		return &Slots{Repr: viewRepr, Len: viewLen, Iter: viewIter, Contains: viewContains}
	}
	DictKeysType = mk("dict_keys", nil, 0, viewSlots())
	DictValuesType = mk("dict_values", nil, 0, viewSlots())
	DictItemsType = mk("dict_items", nil, 0, viewSlots())

	initSetTypes(mk)
	SetIterType = iterType("set_iterator", setIterNext)
	initRangeSlice(mk)
	RangeIterType = iterType("range_iterator", rangeIterNext)
	BytesType = mk("bytes", nil, FlagBaseType|FlagBytesSubclass, bytesSlots())
	BytesIterType = iterType("bytes_iterator", bytesIterNext)
	initByteArray(mk)
	initUnionType(mk)
	initGenericAlias(mk)
	initDictViews(mk)

	initExceptions()
	for _, t := range []*Type{ListType, DictType, SetType, DictKeysType, DictItemsType} {
		t.Slots().Hash = HashNotImplemented
		unhashableTypes.Store(t, true)
	}

	initSlotWrapperTypes()
	// Methods.
	objectMembers(ObjectType)
	typeMembers(TypeType)
	builtinFunctionMembers(BuiltinFunctionType)
	intMethods(IntType)
	floatMethods(FloatType)
	strMethods(StrType)
	seqIndexCount(TupleType, "tuple")
	listMethods(ListType)
	dictMethods(DictType)
	setMethods()
	rangeMethods()
	initByteArrayMethods()
	initGenericAliasHook()
	floatHexMethods(FloatType)
	strTransMethods(StrType)
	strCaseMethods(StrType)
	rangeIndexCount(RangeType)
	initLengthHints()
	numExtras()
	initMappingProxy(func(name string, base *Type, flags uint32, sl *Slots) *Type {
		t := &Type{}
		if base == nil {
			base = ObjectType
		}
		initBuiltin(t, name, base, flags, sl)
		return t
	})
	complexMethods(ComplexType)
	formatMethods()
	addAllSlotWrappers()
}
