// The opcode table. Each doc comment is the specification of its op: the
// VM is written from them. Operand kinds are in opKinds at the end.

package bytecode

// The opcodes. Operand notation: regs[N] is register N, K[N] constant N,
// Names[N] name N, target the jump target (C | X<<16).
const (
	// Nop: Does nothing.
	Nop Op = iota
	// Move: regs[A] = regs[B] (raises UnboundLocalError if regs[B] is nil, as
	// every value read does).
	Move
	// MoveRaw: regs[A] = regs[B] without the unbound check: nil is copied as
	// nil, and a cell register copies the cell itself. Used to save and restore
	// locals around inlined comprehensions and to gather closure cells. Never
	// raises.
	MoveRaw
	// Clear: regs[A] = nil (the local becomes unbound). Never raises.
	Clear
	// LoadConst: regs[A] = K[B] (the constant as a Python object; tuples,
	// frozensets and code constants are built once per Code and shared).
	LoadConst
	// CheckLocal: Raises UnboundLocalError if regs[A] is nil: a bare local name
	// evaluated only for its effect (an expression statement). Every other op
	// performs the same check on the registers it reads as values.
	CheckLocal
	// DeleteFast: del of a local: raises UnboundLocalError as CHECK_LOCAL if
	// regs[A] is nil, else regs[A] = nil.
	DeleteFast
	// LoadName: regs[A] = the name Names[B] looked up in the frame's locals
	// mapping, then globals, then builtins; NameError("name 'NAME' is not
	// defined") if absent. Used in module and class bodies.
	LoadName
	// StoreName: locals[Names[B]] = regs[A] (the frame's locals mapping).
	StoreName
	// DeleteName: del locals[Names[B]]; NameError if absent.
	DeleteName
	// LoadGlobal: regs[A] = globals[Names[B]], else builtins[Names[B]];
	// NameError if absent. X: cache slot (keyed on the versions of the two
	// dicts).
	LoadGlobal
	// StoreGlobal: globals[Names[B]] = regs[A].
	StoreGlobal
	// DeleteGlobal: del globals[Names[B]]; NameError if absent.
	DeleteGlobal
	// LoadLocals: regs[A] = the frame's locals mapping (class bodies: the
	// namespace __build_class__ passed in). SystemError if the frame has none.
	LoadLocals
	// LoadFromDictOrGlobals: regs[A] = regs[C][Names[B]] if the mapping regs[C]
	// has the key, else as LOAD_GLOBAL. Used in annotation and type-parameter
	// scopes of a class, with the class dict (__classdict__).
	LoadFromDictOrGlobals
	// LoadFromDictOrDeref: regs[A] = regs[C][name] if the mapping regs[C] has
	// it, else the contents of the cell in register B (NameError "cannot access
	// free variable 'NAME' where it is not associated with a value in enclosing
	// scope" if empty). name is the name of register B's cell variable. Used in
	// class bodies for names free in the class.
	LoadFromDictOrDeref
	// MakeCell: regs[A] = a new cell holding regs[A] (nil: an empty cell).
	// Emitted in a function's prologue for every cell variable, so parameters
	// that are cells keep their value.
	MakeCell
	// CopyFreeVars: Copies the A cells of the running function's closure tuple
	// into registers FreeStart .. FreeStart+A-1. First instruction of every code
	// with free variables.
	CopyFreeVars
	// LoadDeref: regs[A] = contents of the cell in regs[B]. Empty cell:
	// UnboundLocalError (cell variable of this code) or NameError "cannot access
	// free variable 'NAME' where it is not associated with a value in enclosing
	// scope" (free variable).
	LoadDeref
	// StoreDeref: The cell in regs[B] is set to regs[A].
	StoreDeref
	// DeleteDeref: Empties the cell in regs[B]; raises as LOAD_DEREF if it is
	// already empty.
	DeleteDeref
	// LoadAttr: regs[A] = getattr(regs[B], Names[C]). X: cache slot.
	LoadAttr
	// LoadMethod: Method load for CALL_METHOD/CALL_METHOD_KW. If
	// getattr(regs[B], Names[C]) would bind a plain function found on the type
	// (an unbound method descriptor), regs[A] = that function and regs[A+1] =
	// regs[B] (self); otherwise regs[A] = the attribute and regs[A+1] = nil.
	// Writes A and A+1. X: cache slot.
	LoadMethod
	// StoreAttr: setattr(regs[B], Names[C], regs[A]). X: cache slot.
	StoreAttr
	// DeleteAttr: delattr(regs[B], Names[C]).
	DeleteAttr
	// BinarySubscr: regs[A] = regs[B][regs[C]]. X: cache slot.
	BinarySubscr
	// StoreSubscr: regs[B][regs[C]] = regs[A].
	StoreSubscr
	// DeleteSubscr: del regs[B][regs[C]].
	DeleteSubscr
	// BuildSlice: regs[A] = slice(regs[B], regs[B+1]) if C == 2, slice(regs[B],
	// regs[B+1], regs[B+2]) if C == 3.
	BuildSlice
	// Add: regs[A] = regs[B] + regs[C] (binary operator protocol: __add__, then
	// the reflected __radd__, TypeError "unsupported operand type(s) for +: 'T1'
	// and 'T2'"). X: operand flags, FreshB and FreshC. SUB .. FLOORDIV and the
	// INPLACE_ forms have the same operands.
	Add
	// Sub: regs[A] = regs[B] - regs[C].
	Sub
	// Mul: regs[A] = regs[B] * regs[C].
	Mul
	// Matmul: regs[A] = regs[B] @ regs[C].
	Matmul
	// Truediv: regs[A] = regs[B] / regs[C].
	Truediv
	// Mod: regs[A] = regs[B] % regs[C].
	Mod
	// Pow: regs[A] = regs[B] ** regs[C].
	Pow
	// Lshift: regs[A] = regs[B] << regs[C].
	Lshift
	// Rshift: regs[A] = regs[B] >> regs[C].
	Rshift
	// Or: regs[A] = regs[B] | regs[C].
	Or
	// Xor: regs[A] = regs[B] ^ regs[C].
	Xor
	// And: regs[A] = regs[B] & regs[C].
	And
	// Floordiv: regs[A] = regs[B] // regs[C].
	Floordiv
	// InplaceAdd: regs[A] = (regs[B] += regs[C]): __iadd__ first, then as ADD.
	// The result is stored back by the following store op.
	InplaceAdd
	// InplaceSub: In-place -=.
	InplaceSub
	// InplaceMul: In-place *=.
	InplaceMul
	// InplaceMatmul: In-place @=.
	InplaceMatmul
	// InplaceTruediv: In-place /=.
	InplaceTruediv
	// InplaceMod: In-place %=.
	InplaceMod
	// InplacePow: In-place **=.
	InplacePow
	// InplaceLshift: In-place <<=.
	InplaceLshift
	// InplaceRshift: In-place >>=.
	InplaceRshift
	// InplaceOr: In-place |=.
	InplaceOr
	// InplaceXor: In-place ^=.
	InplaceXor
	// InplaceAnd: In-place &=.
	InplaceAnd
	// InplaceFloordiv: In-place //=.
	InplaceFloordiv
	// AddK: regs[A] = regs[B] + K[C] (K[C] is an int or float constant). X:
	// cache slot.
	AddK
	// SubK: regs[A] = regs[B] - K[C] (K[C] is an int or float constant). X:
	// cache slot.
	SubK
	// Neg: regs[A] = -regs[B].
	Neg
	// Pos: regs[A] = +regs[B].
	Pos
	// Invert: regs[A] = ~regs[B].
	Invert
	// Not: regs[A] = not regs[B] (a bool; truth testing may raise).
	Not
	// Lt: regs[A] = regs[B] < regs[C] (rich comparison, reflected operand first
	// when its type is a subclass). X: cache slot. LE .. GE likewise.
	Lt
	// Le: regs[A] = regs[B] <= regs[C].
	Le
	// Eq: regs[A] = regs[B] == regs[C].
	Eq
	// Ne: regs[A] = regs[B] != regs[C].
	Ne
	// Gt: regs[A] = regs[B] > regs[C].
	Gt
	// Ge: regs[A] = regs[B] >= regs[C].
	Ge
	// Is: regs[A] = regs[B] is regs[C] (a bool; never raises).
	Is
	// IsNot: regs[A] = regs[B] is not regs[C].
	IsNot
	// In: regs[A] = regs[B] in regs[C] (__contains__, else iteration).
	In
	// NotIn: regs[A] = regs[B] not in regs[C].
	NotIn
	// Jump: pc = target. A backward jump is a loop back-edge: the VM checks for
	// pending signals/async exceptions there and may reload a quickened
	// instruction array.
	Jump
	// JumpIfFalse: If not bool(regs[A]) then pc = target (truth testing may
	// raise).
	JumpIfFalse
	// JumpIfTrue: If bool(regs[A]) then pc = target.
	JumpIfTrue
	// JumpIfNone: If regs[A] is None then pc = target. Never raises.
	JumpIfNone
	// JumpIfNotNone: If regs[A] is not None then pc = target. Never raises.
	JumpIfNotNone
	// JumpUnlessLt: Fused compare and branch: unless bool(regs[A] < regs[B]), pc
	// = target. The comparison and the truth test may raise. JUMP_UNLESS_LE ..
	// JUMP_UNLESS_NOT_IN likewise.
	JumpUnlessLt
	// JumpUnlessLe: Unless bool(regs[A] <= regs[B]), pc = target.
	JumpUnlessLe
	// JumpUnlessEq: Unless bool(regs[A] == regs[B]), pc = target.
	JumpUnlessEq
	// JumpUnlessNe: Unless bool(regs[A] != regs[B]), pc = target.
	JumpUnlessNe
	// JumpUnlessGt: Unless bool(regs[A] > regs[B]), pc = target.
	JumpUnlessGt
	// JumpUnlessGe: Unless bool(regs[A] >= regs[B]), pc = target.
	JumpUnlessGe
	// JumpUnlessIs: Unless regs[A] is regs[B], pc = target. Never raises.
	JumpUnlessIs
	// JumpUnlessIsNot: Unless regs[A] is not regs[B], pc = target. Never raises.
	JumpUnlessIsNot
	// JumpUnlessIn: Unless regs[A] in regs[B], pc = target.
	JumpUnlessIn
	// JumpUnlessNotIn: Unless regs[A] not in regs[B], pc = target.
	JumpUnlessNotIn
	// BuildTuple: regs[A] = tuple(regs[B:B+C]). Registers B.. are read before A
	// is written (A may equal B).
	BuildTuple
	// BuildList: regs[A] = list(regs[B:B+C]).
	BuildList
	// BuildSet: regs[A] = set(regs[B:B+C]), items added left to right (hashing
	// may raise).
	BuildSet
	// BuildMap: regs[A] = {regs[B]: regs[B+1], regs[B+2]: regs[B+3], ...}: C
	// pairs, inserted left to right.
	BuildMap
	// BuildString: regs[A] = "".join(regs[B:B+C]); the C registers hold str
	// objects.
	BuildString
	// ListAppend: regs[A].append(regs[B]) (regs[A] is a list the code built).
	ListAppend
	// SetAdd: regs[A].add(regs[B]) (regs[A] is a set the code built).
	SetAdd
	// MapAdd: regs[A][regs[B]] = regs[C] (regs[A] is a dict the code built).
	MapAdd
	// ListExtend: regs[A].extend(regs[B]); TypeError "Value after * must be an
	// iterable, not T" if regs[B] is not iterable.
	ListExtend
	// SetUpdate: regs[A].update(regs[B]).
	SetUpdate
	// DictUpdate: regs[A].update(regs[B]); TypeError "'T' object is not a
	// mapping" if regs[B] is not a mapping.
	DictUpdate
	// DictMerge: As DICT_UPDATE for **kwargs of a call: TypeError "F() got
	// multiple values for keyword argument 'K'" on a duplicate key and "F()
	// argument after ** must be a mapping, not T", where F names the callee in
	// regs[C].
	DictMerge
	// UnpackSequence: Unpacks the iterable regs[B] into exactly C values:
	// regs[A], regs[A+1], ..., regs[A+C-1] (in order). ValueError "not enough
	// values to unpack (expected C, got N)" / "too many values to unpack
	// (expected C)".
	UnpackSequence
	// UnpackEx: Starred unpacking: with before = C & 0xFF and after = C >> 8,
	// regs[A .. A+before-1] get the first values, regs[A+before] a list of the
	// middle ones, regs[A+before+1 .. A+before+after] the last ones. ValueError
	// "not enough values to unpack (expected at least N, got M)".
	UnpackEx
	// Call: Calls regs[A] with the B positional arguments regs[A+1 .. A+B]; the
	// result goes to regs[A]. A Python callee's frame starts at register A+1, so
	// its parameters land in place. X: cache slot.
	Call
	// CallMethod: Calls after LOAD_METHOD: callable regs[A], self-or-nil
	// regs[A+1], B arguments regs[A+2 .. A+B+1]. If regs[A+1] is not nil the
	// call receives B+1 arguments starting at A+1, else B starting at A+2.
	// Result to regs[A]. X: cache slot.
	CallMethod
	// CallKw: As CALL with B arguments regs[A+1 .. A+B] of which the last
	// len(K[C]) are keyword arguments named by the const tuple of str K[C].
	// Result to regs[A].
	CallKw
	// CallMethodKw: As CALL_METHOD with B arguments (not counting self) of which
	// the last len(K[C]) are keyword arguments named by K[C]. Result to regs[A].
	CallMethodKw
	// CallEx: regs[A] = regs[A](*regs[B], **regs[C]): regs[B] is a tuple,
	// regs[C] a dict or C == NoReg for none.
	CallEx
	// CallIntrinsic1: regs[A] = intrinsic X (regs[B]); see Intrinsic1.
	CallIntrinsic1
	// CallIntrinsic2: regs[A] = intrinsic X (regs[B], regs[C]); see Intrinsic2.
	CallIntrinsic2
	// MakeFunction: regs[A] = a new function of code K[B] with the frame's
	// globals; its __qualname__, __name__ come from the code. X is a set of
	// MakeFunction flags saying which attributes follow, taken from consecutive
	// registers starting at C in this order: FnDefaults (tuple), FnKwDefaults
	// (dict), FnAnnotations (tuple of alternating names and strings, `from
	// __future__ import annotations`), FnClosure (tuple of cells, in the code's
	// FreeVars order), FnAnnotate (the __annotate__ function). C is NoReg when X
	// is 0.
	MakeFunction
	// LoadBuildClass: regs[A] = builtins.__build_class__ (NameError
	// "__build_class__ not found"). A class statement calls it as
	// __build_class__(body_function, name, *bases, **keywords).
	LoadBuildClass
	// Return: Returns regs[A] to the caller (its result register), ending the
	// frame. In a generator: StopIteration(regs[A]) to the consumer.
	Return
	// ReturnConst: Returns K[A].
	ReturnConst
	// GetIter: regs[A] = iter(regs[B]); TypeError "'T' object is not iterable".
	GetIter
	// ForIter: regs[A] = next(regs[B]); if the iterator is exhausted (its
	// __next__ raised StopIteration, which is cleared) pc = target and regs[A]
	// is left unchanged.
	ForIter
	// Raise: X == 0: re-raise the exception being handled (RuntimeError "No
	// active exception to reraise" if none). X == 1: raise regs[A]. X == 2:
	// raise regs[A] from regs[B]. A class is instantiated with no arguments;
	// non-exceptions give TypeError "exceptions must derive from BaseException".
	Raise
	// Reraise: Raises the exception object in regs[A] again, without adding a
	// traceback entry for this frame's current line (it is already there). Ends
	// handlers and cleanups.
	Reraise
	// PushExcInfo: Entering an except handler: regs[A] = the thread's exception
	// being handled (None if none), then the exception being handled = regs[B]
	// (sys.exception()).
	PushExcInfo
	// PopExcept: Leaving an except handler: the exception being handled =
	// regs[A] (None means none), the value saved by PUSH_EXC_INFO.
	PopExcept
	// JumpUnlessExcMatch: Unless the exception regs[A] is an instance of regs[B]
	// (a class or tuple of classes deriving from BaseException, else TypeError
	// "catching classes that do not inherit from BaseException is not allowed"),
	// pc = target.
	JumpUnlessExcMatch
	// CheckEgMatch: except* matching: splits the exception (group) regs[B] by
	// the type regs[C] (TypeError as JUMP_UNLESS_EXC_MATCH; also "catching
	// ExceptionGroup with except* is not allowed. Use except instead."). regs[A]
	// = the matching part (a naked exception is wrapped in an ExceptionGroup) or
	// None, regs[B] = the rest or None.
	CheckEgMatch
	// LoadCommonConstant: regs[A] = a builtin object that user code cannot
	// rebind: X = 0 AssertionError, 1 NotImplementedError, 2 the builtin tuple,
	// 3 the builtin all, 4 the builtin any, 5 the builtin list, 6 the builtin
	// set.
	LoadCommonConstant
	// BeforeWith: regs[B] is a context manager: looks up type(m).__enter__ and
	// __exit__ (TypeError "'T' object does not support the context manager
	// protocol"), regs[A] = bound __exit__, regs[A+1] = __enter__(). Writes A
	// and A+1.
	BeforeWith
	// BeforeAsyncWith: As BEFORE_WITH with __aenter__/__aexit__ (TypeError "...
	// asynchronous context manager protocol"): regs[A] = bound __aexit__,
	// regs[A+1] = the awaitable __aenter__() returned (awaited next).
	BeforeAsyncWith
	// WithExit: regs[A] = regs[B](None, None, None): the normal exit of a with
	// block (the result is discarded, or awaited for async with).
	WithExit
	// WithExceptStart: regs[A] = regs[B](type(e), e, e.__traceback__) with e =
	// regs[C]: the exceptional exit of a with block.
	WithExceptStart
	// ReturnGenerator: First instruction after the prologue of generator,
	// coroutine and async generator code: the frame (with its registers) moves
	// into a new generator/coroutine/async generator object, which is returned
	// to the caller. Execution resumes at the next instruction on the first
	// send/next. StopIteration escaping the body becomes RuntimeError (PEP 479);
	// async generators likewise for StopAsyncIteration; the VM does this when
	// the exception leaves the frame.
	ReturnGenerator
	// YieldValue: Suspends the frame yielding regs[B] (async generators: wrapped
	// so the consumer sees a yielded value, not an awaited one). When resumed by
	// send(v) / next(), regs[A] = v (None) and execution continues. X&1: the
	// yield is the inner step of yield from / await delegating to the iterator
	// in regs[C]: gen.throw() and close() are first passed to that iterator (C
	// is NoReg otherwise). Exceptions thrown in are raised at this instruction
	// (so the exception table applies).
	YieldValue
	// GetYieldFromIter: regs[A] = regs[B] if it is a generator or (in a
	// coroutine) a coroutine, else iter(regs[B]). TypeError "cannot 'yield from'
	// a coroutine object in a non-coroutine generator".
	GetYieldFromIter
	// Send: Delegation step: sends regs[B] into the iterator regs[A] (next()
	// when regs[B] is None and the iterator is not a generator/coroutine). If it
	// yields v: regs[B] = v and continue (a YIELD_VALUE follows). If it returns
	// r (StopIteration(r)): regs[B] = r and pc = target.
	Send
	// GetAwaitable: regs[A] = the iterator of the awaitable regs[B] (a coroutine
	// itself, or __await__()). TypeError "'T' object can't be awaited"; X = 1
	// after __aenter__, 2 after __aexit__ (for the error messages "'async with'
	// received an object from __aenter__ that does not implement __await__: T").
	GetAwaitable
	// GetAiter: regs[A] = regs[B].__aiter__() (TypeError "'async for' requires
	// an object with __aiter__ method, got T").
	GetAiter
	// GetAnext: regs[A] = awaitable of regs[B].__anext__() (awaited next).
	GetAnext
	// EndAsyncFor: Handler of async for: if regs[A] is a StopAsyncIteration, it
	// is cleared and pc = target (the loop's else/exit); otherwise it is re-
	// raised as by RERAISE.
	EndAsyncFor
	// CleanupThrow: Handler around a delegating SEND/YIELD_VALUE: if the
	// exception regs[A] is a StopIteration, regs[B] = its value and pc = target
	// (the yield from / await finished); otherwise it is re-raised as by
	// RERAISE.
	CleanupThrow
	// ImportName: regs[A] = __import__(Names[B], globals, locals,
	// fromlist=K[C+1], level=K[C]) (through builtins.__import__ if replaced,
	// else importlib directly). K[C] is the level (int) and K[C+1] the fromlist
	// (None or tuple of str).
	ImportName
	// ImportFrom: regs[A] = getattr(regs[B], Names[C]), falling back to
	// sys.modules[f"{regs[B].__name__}.{Names[C]}"]; ImportError "cannot import
	// name 'N' from 'M' (path)".
	ImportFrom
	// SetupAnnotations: If the frame's locals mapping has no "__annotations__",
	// sets it to {}. Module and class bodies under `from __future__ import
	// annotations`.
	SetupAnnotations
	// JumpUnlessMapping: Unless type(regs[A]) has the mapping flag
	// (collections.abc.Mapping registration), pc = target. Never raises.
	JumpUnlessMapping
	// JumpUnlessSequence: Unless type(regs[A]) has the sequence flag (str,
	// bytes, bytearray excluded), pc = target. Never raises.
	JumpUnlessSequence
	// GetLen: regs[A] = len(regs[B]) as an int.
	GetLen
	// MatchKeys: Mapping pattern: regs[C] is a tuple of keys; regs[A] = tuple of
	// regs[B].get(k) for each key using a private sentinel, or None if any key
	// is missing (ValueError "mapping pattern checks duplicate key (K)").
	MatchKeys
	// MatchClass: Class pattern against subject regs[B]: regs[A] holds the class
	// (TypeError "called match pattern must be a class"); X positional sub-
	// patterns (via __match_args__, TypeError on too many / non-tuple) and the
	// keyword attribute names in the const tuple K[C]. On success regs[A] =
	// tuple of the X + len(K[C]) attribute values, else None. Overwrites
	// regs[A].
	MatchClass
	// FormatSimple: regs[A] = format(regs[B], "") (str objects pass unchanged).
	FormatSimple
	// FormatWithSpec: regs[A] = format(regs[B], regs[C]).
	FormatWithSpec
	// ConvertValue: regs[A] = str(regs[B]) if X == 1, repr() if X == 2, ascii()
	// if X == 3.
	ConvertValue
	// BuildInterpolation: regs[A] = string.templatelib.Interpolation(regs[B],
	// K[C], conversion, format_spec): conversion is None if X&3 == 0 else "s",
	// "r", "a" for 1, 2, 3; format_spec is regs[B+1] if X&4, else "".
	BuildInterpolation
	// BuildTemplate: regs[A] = string.templatelib.Template from the tuple of
	// strings regs[B] and the tuple of interpolations regs[C] (len(strings) ==
	// len(interpolations)+1).
	BuildTemplate

	// NumOps is the number of opcodes.
	NumOps
)

var opNames = [NumOps]string{
	Nop:                   "NOP",
	Move:                  "MOVE",
	MoveRaw:               "MOVE_RAW",
	Clear:                 "CLEAR",
	LoadConst:             "LOAD_CONST",
	CheckLocal:            "CHECK_LOCAL",
	DeleteFast:            "DELETE_FAST",
	LoadName:              "LOAD_NAME",
	StoreName:             "STORE_NAME",
	DeleteName:            "DELETE_NAME",
	LoadGlobal:            "LOAD_GLOBAL",
	StoreGlobal:           "STORE_GLOBAL",
	DeleteGlobal:          "DELETE_GLOBAL",
	LoadLocals:            "LOAD_LOCALS",
	LoadFromDictOrGlobals: "LOAD_FROM_DICT_OR_GLOBALS",
	LoadFromDictOrDeref:   "LOAD_FROM_DICT_OR_DEREF",
	MakeCell:              "MAKE_CELL",
	CopyFreeVars:          "COPY_FREE_VARS",
	LoadDeref:             "LOAD_DEREF",
	StoreDeref:            "STORE_DEREF",
	DeleteDeref:           "DELETE_DEREF",
	LoadAttr:              "LOAD_ATTR",
	LoadMethod:            "LOAD_METHOD",
	StoreAttr:             "STORE_ATTR",
	DeleteAttr:            "DELETE_ATTR",
	BinarySubscr:          "BINARY_SUBSCR",
	StoreSubscr:           "STORE_SUBSCR",
	DeleteSubscr:          "DELETE_SUBSCR",
	BuildSlice:            "BUILD_SLICE",
	Add:                   "ADD",
	Sub:                   "SUB",
	Mul:                   "MUL",
	Matmul:                "MATMUL",
	Truediv:               "TRUEDIV",
	Mod:                   "MOD",
	Pow:                   "POW",
	Lshift:                "LSHIFT",
	Rshift:                "RSHIFT",
	Or:                    "OR",
	Xor:                   "XOR",
	And:                   "AND",
	Floordiv:              "FLOORDIV",
	InplaceAdd:            "INPLACE_ADD",
	InplaceSub:            "INPLACE_SUB",
	InplaceMul:            "INPLACE_MUL",
	InplaceMatmul:         "INPLACE_MATMUL",
	InplaceTruediv:        "INPLACE_TRUEDIV",
	InplaceMod:            "INPLACE_MOD",
	InplacePow:            "INPLACE_POW",
	InplaceLshift:         "INPLACE_LSHIFT",
	InplaceRshift:         "INPLACE_RSHIFT",
	InplaceOr:             "INPLACE_OR",
	InplaceXor:            "INPLACE_XOR",
	InplaceAnd:            "INPLACE_AND",
	InplaceFloordiv:       "INPLACE_FLOORDIV",
	AddK:                  "ADD_K",
	SubK:                  "SUB_K",
	Neg:                   "NEG",
	Pos:                   "POS",
	Invert:                "INVERT",
	Not:                   "NOT",
	Lt:                    "LT",
	Le:                    "LE",
	Eq:                    "EQ",
	Ne:                    "NE",
	Gt:                    "GT",
	Ge:                    "GE",
	Is:                    "IS",
	IsNot:                 "IS_NOT",
	In:                    "IN",
	NotIn:                 "NOT_IN",
	Jump:                  "JUMP",
	JumpIfFalse:           "JUMP_IF_FALSE",
	JumpIfTrue:            "JUMP_IF_TRUE",
	JumpIfNone:            "JUMP_IF_NONE",
	JumpIfNotNone:         "JUMP_IF_NOT_NONE",
	JumpUnlessLt:          "JUMP_UNLESS_LT",
	JumpUnlessLe:          "JUMP_UNLESS_LE",
	JumpUnlessEq:          "JUMP_UNLESS_EQ",
	JumpUnlessNe:          "JUMP_UNLESS_NE",
	JumpUnlessGt:          "JUMP_UNLESS_GT",
	JumpUnlessGe:          "JUMP_UNLESS_GE",
	JumpUnlessIs:          "JUMP_UNLESS_IS",
	JumpUnlessIsNot:       "JUMP_UNLESS_IS_NOT",
	JumpUnlessIn:          "JUMP_UNLESS_IN",
	JumpUnlessNotIn:       "JUMP_UNLESS_NOT_IN",
	BuildTuple:            "BUILD_TUPLE",
	BuildList:             "BUILD_LIST",
	BuildSet:              "BUILD_SET",
	BuildMap:              "BUILD_MAP",
	BuildString:           "BUILD_STRING",
	ListAppend:            "LIST_APPEND",
	SetAdd:                "SET_ADD",
	MapAdd:                "MAP_ADD",
	ListExtend:            "LIST_EXTEND",
	SetUpdate:             "SET_UPDATE",
	DictUpdate:            "DICT_UPDATE",
	DictMerge:             "DICT_MERGE",
	UnpackSequence:        "UNPACK_SEQUENCE",
	UnpackEx:              "UNPACK_EX",
	Call:                  "CALL",
	CallMethod:            "CALL_METHOD",
	CallKw:                "CALL_KW",
	CallMethodKw:          "CALL_METHOD_KW",
	CallEx:                "CALL_EX",
	CallIntrinsic1:        "CALL_INTRINSIC1",
	CallIntrinsic2:        "CALL_INTRINSIC2",
	MakeFunction:          "MAKE_FUNCTION",
	LoadBuildClass:        "LOAD_BUILD_CLASS",
	Return:                "RETURN",
	ReturnConst:           "RETURN_CONST",
	GetIter:               "GET_ITER",
	ForIter:               "FOR_ITER",
	Raise:                 "RAISE",
	Reraise:               "RERAISE",
	PushExcInfo:           "PUSH_EXC_INFO",
	PopExcept:             "POP_EXCEPT",
	JumpUnlessExcMatch:    "JUMP_UNLESS_EXC_MATCH",
	CheckEgMatch:          "CHECK_EG_MATCH",
	LoadCommonConstant:    "LOAD_COMMON_CONSTANT",
	BeforeWith:            "BEFORE_WITH",
	BeforeAsyncWith:       "BEFORE_ASYNC_WITH",
	WithExit:              "WITH_EXIT",
	WithExceptStart:       "WITH_EXCEPT_START",
	ReturnGenerator:       "RETURN_GENERATOR",
	YieldValue:            "YIELD_VALUE",
	GetYieldFromIter:      "GET_YIELD_FROM_ITER",
	Send:                  "SEND",
	GetAwaitable:          "GET_AWAITABLE",
	GetAiter:              "GET_AITER",
	GetAnext:              "GET_ANEXT",
	EndAsyncFor:           "END_ASYNC_FOR",
	CleanupThrow:          "CLEANUP_THROW",
	ImportName:            "IMPORT_NAME",
	ImportFrom:            "IMPORT_FROM",
	SetupAnnotations:      "SETUP_ANNOTATIONS",
	JumpUnlessMapping:     "JUMP_UNLESS_MAPPING",
	JumpUnlessSequence:    "JUMP_UNLESS_SEQUENCE",
	GetLen:                "GET_LEN",
	MatchKeys:             "MATCH_KEYS",
	MatchClass:            "MATCH_CLASS",
	FormatSimple:          "FORMAT_SIMPLE",
	FormatWithSpec:        "FORMAT_WITH_SPEC",
	ConvertValue:          "CONVERT_VALUE",
	BuildInterpolation:    "BUILD_INTERPOLATION",
	BuildTemplate:         "BUILD_TEMPLATE",
}

var opKinds = [NumOps][4]kind{
	Nop:                   {kNone, kNone, kNone, kNone},
	Move:                  {kW, kR, kNone, kNone},
	MoveRaw:               {kW, kR, kNone, kNone},
	Clear:                 {kW, kNone, kNone, kNone},
	LoadConst:             {kW, kK, kNone, kNone},
	CheckLocal:            {kR, kNone, kNone, kNone},
	DeleteFast:            {kR, kNone, kNone, kNone},
	LoadName:              {kW, kN, kNone, kNone},
	StoreName:             {kR, kN, kNone, kNone},
	DeleteName:            {kNone, kN, kNone, kNone},
	LoadGlobal:            {kW, kN, kNone, kCache},
	StoreGlobal:           {kR, kN, kNone, kNone},
	DeleteGlobal:          {kNone, kN, kNone, kNone},
	LoadLocals:            {kW, kNone, kNone, kNone},
	LoadFromDictOrGlobals: {kW, kN, kR, kNone},
	LoadFromDictOrDeref:   {kW, kR, kR, kNone},
	MakeCell:              {kRW, kNone, kNone, kNone},
	CopyFreeVars:          {kI, kNone, kNone, kNone},
	LoadDeref:             {kW, kR, kNone, kNone},
	StoreDeref:            {kR, kR, kNone, kNone},
	DeleteDeref:           {kNone, kR, kNone, kNone},
	LoadAttr:              {kW, kR, kN, kCache},
	LoadMethod:            {kW, kR, kN, kCache},
	StoreAttr:             {kR, kR, kN, kCache},
	DeleteAttr:            {kNone, kR, kN, kNone},
	BinarySubscr:          {kW, kR, kR, kCache},
	StoreSubscr:           {kR, kR, kR, kNone},
	DeleteSubscr:          {kNone, kR, kR, kNone},
	BuildSlice:            {kW, kR, kI, kNone},
	Add:                   {kW, kR, kR, kFlags},
	Sub:                   {kW, kR, kR, kFlags},
	Mul:                   {kW, kR, kR, kFlags},
	Matmul:                {kW, kR, kR, kFlags},
	Truediv:               {kW, kR, kR, kFlags},
	Mod:                   {kW, kR, kR, kFlags},
	Pow:                   {kW, kR, kR, kFlags},
	Lshift:                {kW, kR, kR, kFlags},
	Rshift:                {kW, kR, kR, kFlags},
	Or:                    {kW, kR, kR, kFlags},
	Xor:                   {kW, kR, kR, kFlags},
	And:                   {kW, kR, kR, kFlags},
	Floordiv:              {kW, kR, kR, kFlags},
	InplaceAdd:            {kW, kR, kR, kFlags},
	InplaceSub:            {kW, kR, kR, kFlags},
	InplaceMul:            {kW, kR, kR, kFlags},
	InplaceMatmul:         {kW, kR, kR, kFlags},
	InplaceTruediv:        {kW, kR, kR, kFlags},
	InplaceMod:            {kW, kR, kR, kFlags},
	InplacePow:            {kW, kR, kR, kFlags},
	InplaceLshift:         {kW, kR, kR, kFlags},
	InplaceRshift:         {kW, kR, kR, kFlags},
	InplaceOr:             {kW, kR, kR, kFlags},
	InplaceXor:            {kW, kR, kR, kFlags},
	InplaceAnd:            {kW, kR, kR, kFlags},
	InplaceFloordiv:       {kW, kR, kR, kFlags},
	AddK:                  {kW, kR, kK, kCache},
	SubK:                  {kW, kR, kK, kCache},
	Neg:                   {kW, kR, kNone, kNone},
	Pos:                   {kW, kR, kNone, kNone},
	Invert:                {kW, kR, kNone, kNone},
	Not:                   {kW, kR, kNone, kNone},
	Lt:                    {kW, kR, kR, kCache},
	Le:                    {kW, kR, kR, kCache},
	Eq:                    {kW, kR, kR, kCache},
	Ne:                    {kW, kR, kR, kCache},
	Gt:                    {kW, kR, kR, kCache},
	Ge:                    {kW, kR, kR, kCache},
	Is:                    {kW, kR, kR, kNone},
	IsNot:                 {kW, kR, kR, kNone},
	In:                    {kW, kR, kR, kNone},
	NotIn:                 {kW, kR, kR, kNone},
	Jump:                  {kNone, kNone, kT, kNone},
	JumpIfFalse:           {kR, kNone, kT, kNone},
	JumpIfTrue:            {kR, kNone, kT, kNone},
	JumpIfNone:            {kR, kNone, kT, kNone},
	JumpIfNotNone:         {kR, kNone, kT, kNone},
	JumpUnlessLt:          {kR, kR, kT, kNone},
	JumpUnlessLe:          {kR, kR, kT, kNone},
	JumpUnlessEq:          {kR, kR, kT, kNone},
	JumpUnlessNe:          {kR, kR, kT, kNone},
	JumpUnlessGt:          {kR, kR, kT, kNone},
	JumpUnlessGe:          {kR, kR, kT, kNone},
	JumpUnlessIs:          {kR, kR, kT, kNone},
	JumpUnlessIsNot:       {kR, kR, kT, kNone},
	JumpUnlessIn:          {kR, kR, kT, kNone},
	JumpUnlessNotIn:       {kR, kR, kT, kNone},
	BuildTuple:            {kW, kR, kI, kNone},
	BuildList:             {kW, kR, kI, kNone},
	BuildSet:              {kW, kR, kI, kNone},
	BuildMap:              {kW, kR, kI, kNone},
	BuildString:           {kW, kR, kI, kNone},
	ListAppend:            {kR, kR, kNone, kNone},
	SetAdd:                {kR, kR, kNone, kNone},
	MapAdd:                {kR, kR, kR, kNone},
	ListExtend:            {kR, kR, kNone, kNone},
	SetUpdate:             {kR, kR, kNone, kNone},
	DictUpdate:            {kR, kR, kNone, kNone},
	DictMerge:             {kR, kR, kR, kNone},
	UnpackSequence:        {kW, kR, kI, kNone},
	UnpackEx:              {kW, kR, kI, kNone},
	Call:                  {kRW, kI, kNone, kCache},
	CallMethod:            {kRW, kI, kNone, kCache},
	CallKw:                {kRW, kI, kK, kCache},
	CallMethodKw:          {kRW, kI, kK, kCache},
	CallEx:                {kRW, kR, kR, kNone},
	CallIntrinsic1:        {kW, kR, kNone, kI},
	CallIntrinsic2:        {kW, kR, kR, kI},
	MakeFunction:          {kW, kK, kR, kI},
	LoadBuildClass:        {kW, kNone, kNone, kNone},
	Return:                {kR, kNone, kNone, kNone},
	ReturnConst:           {kK, kNone, kNone, kNone},
	GetIter:               {kW, kR, kNone, kNone},
	ForIter:               {kW, kR, kT, kNone},
	Raise:                 {kR, kR, kNone, kI},
	Reraise:               {kR, kNone, kNone, kNone},
	PushExcInfo:           {kW, kR, kNone, kNone},
	PopExcept:             {kR, kNone, kNone, kNone},
	JumpUnlessExcMatch:    {kR, kR, kT, kNone},
	CheckEgMatch:          {kW, kRW, kR, kNone},
	LoadCommonConstant:    {kW, kNone, kNone, kI},
	BeforeWith:            {kW, kR, kNone, kNone},
	BeforeAsyncWith:       {kW, kR, kNone, kNone},
	WithExit:              {kW, kR, kNone, kNone},
	WithExceptStart:       {kW, kR, kR, kNone},
	ReturnGenerator:       {kNone, kNone, kNone, kNone},
	YieldValue:            {kW, kR, kR, kI},
	GetYieldFromIter:      {kW, kR, kNone, kNone},
	Send:                  {kR, kRW, kT, kNone},
	GetAwaitable:          {kW, kR, kNone, kI},
	GetAiter:              {kW, kR, kNone, kNone},
	GetAnext:              {kW, kR, kNone, kNone},
	EndAsyncFor:           {kR, kNone, kT, kNone},
	CleanupThrow:          {kR, kW, kT, kNone},
	ImportName:            {kW, kN, kK, kNone},
	ImportFrom:            {kW, kR, kN, kNone},
	SetupAnnotations:      {kNone, kNone, kNone, kNone},
	JumpUnlessMapping:     {kR, kNone, kT, kNone},
	JumpUnlessSequence:    {kR, kNone, kT, kNone},
	GetLen:                {kW, kR, kNone, kNone},
	MatchKeys:             {kW, kR, kR, kNone},
	MatchClass:            {kRW, kR, kK, kI},
	FormatSimple:          {kW, kR, kNone, kNone},
	FormatWithSpec:        {kW, kR, kR, kNone},
	ConvertValue:          {kW, kR, kNone, kI},
	BuildInterpolation:    {kW, kR, kK, kI},
	BuildTemplate:         {kW, kR, kR, kNone},
}
