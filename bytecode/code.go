package bytecode

import (
	"math/big"
	"math/bits"

	"github.com/pygo/pygo/syntax/ast"
)

// kind is the meaning of one operand field.
type kind uint8

const (
	kNone  kind = iota
	kR          // register, read
	kW          // register, written
	kRW         // register, read and written
	kK          // constant index
	kN          // name index
	kI          // immediate
	kT          // jump target (this field and X)
	kCache      // inline-cache slot (X only)
	kFlags      // operand flags (X only): FreshB, FreshC
)

// Operand flags of the binary operators (in X). FreshB says that register B
// holds the result of the instruction just before, a binary operator whose
// value is read by this instruction only: when that instruction made a new
// float box there (the VM tracks which box it last made, and where), this
// one may store its own float result into the same box instead of
// allocating. FreshC says the same of register C.
const (
	FreshB = 1 << iota
	FreshC
)

// String returns the op's name as the disassembler prints it.
func (o Op) String() string {
	if o < NumOps {
		return opNames[o]
	}
	return "OP_?"
}

// IsJump reports whether the op has a jump target in C|X.
func (o Op) IsJump() bool { return o < NumOps && opKinds[o][2] == kT }

// HasCache reports whether X is an inline-cache slot.
func (o Op) HasCache() bool { return o < NumOps && opKinds[o][3] == kCache }

// Binary operator opcodes in ast.Operator order, plain and in-place.
var (
	BinaryOps  = [...]Op{Add, Sub, Mul, Matmul, Truediv, Mod, Pow, Lshift, Rshift, Or, Xor, And, Floordiv}
	InplaceOps = [...]Op{InplaceAdd, InplaceSub, InplaceMul, InplaceMatmul, InplaceTruediv, InplaceMod, InplacePow,
		InplaceLshift, InplaceRshift, InplaceOr, InplaceXor, InplaceAnd, InplaceFloordiv}
)

// Comparison opcodes in ast.CmpOp order: value-producing and fused
// compare-and-branch ("jump unless").
var (
	CompareOps    = [...]Op{Eq, Ne, Lt, Le, Gt, Ge, Is, IsNot, In, NotIn}
	CompareJumpOp = [...]Op{JumpUnlessEq, JumpUnlessNe, JumpUnlessLt, JumpUnlessLe, JumpUnlessGt, JumpUnlessGe,
		JumpUnlessIs, JumpUnlessIsNot, JumpUnlessIn, JumpUnlessNotIn}
)

// Intrinsic1 numbers the one-argument intrinsics of CALL_INTRINSIC1.
const (
	// IntrinsicPrint: interactive mode's expression statement: if the
	// argument is not None, sys.displayhook(arg). Result None.
	IntrinsicPrint = iota + 1
	// IntrinsicImportStar: from M import *: copies M's public names (its
	// __all__, else names not starting with "_") into the frame's locals
	// mapping. Result None.
	IntrinsicImportStar
	// IntrinsicListToTuple: tuple(list).
	IntrinsicListToTuple
	// IntrinsicTypeVar: typing.TypeVar(name) for the str argument.
	IntrinsicTypeVar
	// IntrinsicParamSpec: typing.ParamSpec(name).
	IntrinsicParamSpec
	// IntrinsicTypeVarTuple: typing.TypeVarTuple(name).
	IntrinsicTypeVarTuple
	// IntrinsicSubscriptGeneric: typing.Generic[*params] for the tuple
	// argument of type parameters (the implicit base of a generic class).
	IntrinsicSubscriptGeneric
	// IntrinsicTypeAlias: typing.TypeAliasType from the 3-tuple (name,
	// type_params tuple or None, function evaluating the value lazily).
	IntrinsicTypeAlias
)

// Intrinsic2 numbers the two-argument intrinsics of CALL_INTRINSIC2.
const (
	// IntrinsicPrepReraiseStar: (original exception group, list of
	// exceptions raised or re-raised by the except* handlers) -> the
	// exception group to raise at the end of try-except*, or None.
	IntrinsicPrepReraiseStar = iota + 1
	// IntrinsicTypeVarWithBound: (name, bound-evaluating function) ->
	// TypeVar with a lazily evaluated bound.
	IntrinsicTypeVarWithBound
	// IntrinsicTypeVarWithConstraints: (name, constraints-evaluating
	// function) -> TypeVar with lazily evaluated constraints.
	IntrinsicTypeVarWithConstraints
	// IntrinsicSetFunctionTypeParams: (function, tuple of type params) ->
	// the function, with __type_params__ set.
	IntrinsicSetFunctionTypeParams
	// IntrinsicSetTypeParamDefault: (type param, default-evaluating
	// function) -> the type param with its lazy default set.
	IntrinsicSetTypeParamDefault
)

// MakeFunction flags (the X operand of MAKE_FUNCTION), in the order their
// registers follow C.
const (
	FnDefaults    = 1 << 0
	FnKwDefaults  = 1 << 1
	FnAnnotations = 1 << 2
	FnClosure     = 1 << 3
	FnAnnotate    = 1 << 4
)

// Flags are CPython's co_flags bits, with CPython's values.
type Flags uint32

const (
	Optimized         Flags = 0x0001
	NewLocals         Flags = 0x0002
	Varargs           Flags = 0x0004
	Varkeywords       Flags = 0x0008
	Nested            Flags = 0x0010
	Generator         Flags = 0x0020
	NoFree            Flags = 0x0040 // not set by CPython 3.14 (kept for completeness)
	Coroutine         Flags = 0x0080
	IterableCoroutine Flags = 0x0100
	AsyncGenerator    Flags = 0x0200
	// The __future__ features in effect (compile()'s PyCF_ flags).
	FutureDivision        Flags = 0x20000
	FutureAbsoluteImport  Flags = 0x40000
	FutureWithStatement   Flags = 0x80000
	FuturePrintFunction   Flags = 0x100000
	FutureUnicodeLiterals Flags = 0x200000
	FutureBarryAsBDFL     Flags = 0x400000
	FutureGeneratorStop   Flags = 0x800000
	FutureAnnotations     Flags = 0x1000000
	HasDocstring          Flags = 0x4000000
	Method                Flags = 0x8000000
)

// Tuple is a constant tuple; its items are constants.
type Tuple []any

// FrozenSet is a constant frozenset (from `x in {1, 2}`); its items are
// hashable constants, without duplicates, in source order.
type FrozenSet []any

// Loc is the source span of an instruction: 1-based lines, 0-based UTF-8
// byte columns, end exclusive (co_positions(); the VM converts columns to
// characters for tracebacks).
type Loc struct {
	Line, EndLine, Col, EndCol int32
}

// ExcEntry is one exception-table entry: an exception raised by an
// instruction in [Start, End) is stored in register Reg and execution
// continues at Handler. Entries are sorted innermost first within
// overlapping ranges: the VM uses the first entry that covers the pc.
type ExcEntry struct {
	Start, End, Handler int32
	Reg                 uint16
}

// Code is one compiled unit: a module, class body, function, lambda,
// generator expression, annotation or type-parameter scope.
type Code struct {
	Instrs []Instr
	Locs   []Loc // one per instruction
	// Consts holds None (ast.None), Ellipsis (ast.Ellipsis), bool, int64,
	// *big.Int, float64, complex128, string, ast.Bytes, Tuple, FrozenSet and
	// *Code values.
	Consts   []any
	Names    []string // attribute, global and module-level names
	ExcTable []ExcEntry

	NRegs     int // registers of a frame
	FreeStart int // first free-variable register
	TempStart int // first temporary register
	// CellRegs[i] is the register of CellVars[i].
	CellRegs []int
	NCaches  int // inline-cache slots used by X operands

	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	Flags                                     Flags

	Name, QualName, Filename string
	FirstLineNo              int

	// VarNames: parameters in order, then the other fast locals in the
	// order the compiler first met them; registers 0.. hold them.
	VarNames []string
	// CellVars in CPython's order (cell parameters first, then the other
	// cells sorted, then __class__, __classdict__ and
	// __conditional_annotations__ as needed).
	CellVars []string
	// FreeVars: sorted, as in CPython; they are FreeStart.. and the
	// function's closure tuple is in this order.
	FreeVars []string

	Doc    string // the docstring when Flags&HasDocstring (also Consts[0])
	Nested []*Code
}

// ConstsEqual reports whether two constants are the same constant: same
// type and value (0.0 and -0.0 differ, NaNs equal themselves bitwise), as
// the compiler's constant table deduplicates them.
func ConstsEqual(a, b any) bool {
	switch x := a.(type) {
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && x.Cmp(y) == 0
	case float64:
		y, ok := b.(float64)
		return ok && float64bits(x) == float64bits(y)
	case complex128:
		y, ok := b.(complex128)
		return ok && float64bits(real(x)) == float64bits(real(y)) && float64bits(imag(x)) == float64bits(imag(y))
	case Tuple:
		y, ok := b.(Tuple)
		return ok && sliceEq(x, y)
	case FrozenSet:
		y, ok := b.(FrozenSet)
		return ok && sliceEq(x, y)
	case *Code:
		return a == b
	case ast.NoneType, ast.EllipsisType, bool, int64, string, ast.Bytes:
		return a == b
	}
	return false
}

func sliceEq(x, y []any) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if !ConstsEqual(x[i], y[i]) {
			return false
		}
	}
	return true
}

// RegOperands calls f(base, n) for every register range the instruction
// reads or writes (n registers from base). NoReg operands are skipped.
func (i Instr) RegOperands(f func(base, n int)) {
	op := i.Op()
	if op >= NumOps {
		return
	}
	k := opKinds[op]
	a, b, c, x := i.A(), i.B(), i.C(), i.X()
	one := func(kd kind, v int) {
		if (kd == kR || kd == kW || kd == kRW) && v != NoReg {
			f(v, 1)
		}
	}
	switch op {
	case LoadMethod, BeforeWith, BeforeAsyncWith:
		f(a, 2)
		one(k[1], b)
		one(k[2], c)
		return
	case BuildTuple, BuildList, BuildSet, BuildString:
		f(a, 1)
		f(b, c)
		return
	case BuildMap:
		f(a, 1)
		f(b, 2*c)
		return
	case BuildSlice:
		f(a, 1)
		f(b, c)
		return
	case UnpackSequence:
		f(a, c)
		f(b, 1)
		return
	case UnpackEx:
		f(a, c&0xFF+1+c>>8)
		f(b, 1)
		return
	case Call, CallKw:
		f(a, b+1)
		return
	case CallMethod, CallMethodKw:
		f(a, b+2)
		return
	case MakeFunction:
		f(a, 1)
		if x != 0 {
			f(c, bits.OnesCount8(uint8(x)))
		}
		return
	case BuildInterpolation:
		f(a, 1)
		if x&4 != 0 {
			f(b, 2)
		} else {
			f(b, 1)
		}
		return
	}
	one(k[0], a)
	one(k[1], b)
	if k[2] != kT {
		one(k[2], c)
	}
}

func float64bits(f float64) uint64 { return mathFloat64bits(f) }

// MapRegs returns the instruction with every register field (A, B or C
// of register kind; NoReg excepted) replaced by f of its value. Register
// ranges stay ranges as long as f maps them contiguously.
func (i Instr) MapRegs(f func(int) int) Instr {
	op := i.Op()
	if op >= NumOps {
		return i
	}
	k := opKinds[op]
	fields := [3]int{i.A(), i.B(), i.C()}
	for j := 0; j < 3; j++ {
		switch k[j] {
		case kR, kW, kRW:
			if fields[j] != NoReg {
				fields[j] = f(fields[j])
			}
		case kT:
			return Make(op, fields[0], fields[1], i.C(), uint8(i.X()))
		}
	}
	return Make(op, fields[0], fields[1], fields[2], uint8(i.X()))
}
