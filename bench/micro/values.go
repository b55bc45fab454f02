package micro

import "unsafe"

// A minimal stack-machine bytecode, shared by the value-representation
// benchmarks: one uint32 per instruction, opcode in the low byte, argument in
// the upper 24 bits.
const (
	opLoadFast = iota
	opLoadConst
	opStoreFast
	opAdd
	opMul
	opLt
	opJumpIfFalse
	opJump
	opReturn
	// Quickened (PEP 659 style) forms, used by the dispatch benchmarks.
	opAddInt       // BINARY_ADD specialised for two small ints, deopts otherwise
	opLtIntJump    // COMPARE_LT fused with POP_JUMP_IF_FALSE, small ints
	opLoadFastPair // LOAD_FAST a; LOAD_FAST b (arg = a | b<<12)
	opCall         // arg = argc; callee below the args
	opSub
	opMulFloat    // quickened float*float; records its fresh result in fr.fresh
	opAddFloatTmp // quickened float+float reusing a fresh left temporary in place
)

func ins(op, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// constant descriptors, turned into each representation's values.
type konst struct {
	float bool
	i     int64
	f     float64
}

// intLoop: locals i=0 n=1 s=2; consts [1]
//
//	while i < n: s = s + i; i = i + 1
//	return s
var intLoop = []uint32{
	ins(opLoadFast, 0), ins(opLoadFast, 1), ins(opLt, 0), ins(opJumpIfFalse, 13),
	ins(opLoadFast, 2), ins(opLoadFast, 0), ins(opAdd, 0), ins(opStoreFast, 2),
	ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opAdd, 0), ins(opStoreFast, 0),
	ins(opJump, 0),
	ins(opLoadFast, 2), ins(opReturn, 0),
}
var intLoopConsts = []konst{{i: 1}}

// floatLoop: locals i=0 n=1 x=2; consts [1, 0.5, 1.0]
//
//	while i < n: x = x * 0.5 + 1.0; i = i + 1
//	return x
var floatLoop = []uint32{
	ins(opLoadFast, 0), ins(opLoadFast, 1), ins(opLt, 0), ins(opJumpIfFalse, 15),
	ins(opLoadFast, 2), ins(opLoadConst, 1), ins(opMul, 0), ins(opLoadConst, 2), ins(opAdd, 0), ins(opStoreFast, 2),
	ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opAdd, 0), ins(opStoreFast, 0),
	ins(opJump, 0),
	ins(opLoadFast, 2), ins(opReturn, 0),
}

// floatLoopQuick is floatLoop after quickening: the add consumes the mul's
// fresh temporary in place.
var floatLoopQuick = []uint32{
	ins(opLoadFast, 0), ins(opLoadFast, 1), ins(opLt, 0), ins(opJumpIfFalse, 15),
	ins(opLoadFast, 2), ins(opLoadConst, 1), ins(opMulFloat, 0), ins(opLoadConst, 2), ins(opAddFloatTmp, 0), ins(opStoreFast, 2),
	ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opAdd, 0), ins(opStoreFast, 0),
	ins(opJump, 0),
	ins(opLoadFast, 2), ins(opReturn, 0),
}

var floatLoopConsts = []konst{{i: 1}, {float: true, f: 0.5}, {float: true, f: 1.0}}

// ---------------------------------------------------------------- single word

type wordFrame struct {
	locals, stack, consts []Object
	slab                  *floatSlab // nil: plain new() per float
}

func newWordFrame(ks []konst) *wordFrame {
	fr := &wordFrame{locals: make([]Object, 4), stack: make([]Object, 8)}
	for _, k := range ks {
		if k.float {
			fr.consts = append(fr.consts, MakeFloat(k.f))
		} else {
			fr.consts = append(fr.consts, MakeInt(k.i))
		}
	}
	return fr
}

//go:noinline
func runWord(code []uint32, fr *wordFrame) Object {
	stack, locals, consts := fr.stack, fr.locals, fr.consts
	sp := 0
	var fresh unsafe.Pointer
	for pc := 0; ; {
		in := code[pc]
		pc++
		switch in & 0xff {
		case opLoadFast:
			stack[sp] = locals[in>>8]
			sp++
		case opLoadConst:
			stack[sp] = consts[in>>8]
			sp++
		case opStoreFast:
			sp--
			locals[in>>8] = stack[sp]
		case opAdd:
			sp--
			if fr.slab != nil {
				if x, ok := stack[sp-1].Float(); ok {
					if y, ok := stack[sp].Float(); ok {
						stack[sp-1] = fr.slab.make(x + y)
						continue
					}
				}
			}
			stack[sp-1] = addWord(stack[sp-1], stack[sp])
		case opMul:
			sp--
			if fr.slab != nil {
				if x, ok := stack[sp-1].Float(); ok {
					if y, ok := stack[sp].Float(); ok {
						stack[sp-1] = fr.slab.make(x * y)
						continue
					}
				}
			}
			stack[sp-1] = mulWord(stack[sp-1], stack[sp])
		case opMulFloat:
			sp--
			if x, ok := stack[sp-1].Float(); ok {
				if y, ok := stack[sp].Float(); ok {
					var r Object
					if fr.slab != nil {
						r = fr.slab.make(x * y)
					} else {
						r = MakeFloat(x * y)
					}
					fresh = r.p
					stack[sp-1] = r
					continue
				}
			}
			stack[sp-1] = mulWord(stack[sp-1], stack[sp])
		case opAddFloatTmp:
			sp--
			l := stack[sp-1]
			if l.p == fresh {
				if y, ok := stack[sp].Float(); ok {
					// The left operand is the box the previous instruction
					// just allocated and nothing else can reference: reuse.
					// FloatBox and FloatNoscan share the float's offset.
					(*FloatBox)(l.p).v += y
					fresh = nil
					continue
				}
			}
			fresh = nil
			stack[sp-1] = addWord(l, stack[sp])
		case opLt:
			sp--
			stack[sp-1] = MakeBool(ltWord(stack[sp-1], stack[sp]))
		case opJumpIfFalse:
			sp--
			if stack[sp] != True {
				pc = int(in >> 8)
			}
		case opJump:
			pc = int(in >> 8)
		case opReturn:
			return stack[sp-1]
		case opAddInt:
			sp--
			if x, ok := stack[sp-1].Small(); ok {
				if y, ok := stack[sp].Small(); ok {
					stack[sp-1] = MakeInt(x + y)
					continue
				}
			}
			stack[sp-1] = addWord(stack[sp-1], stack[sp]) // deopt path
		case opLtIntJump:
			sp -= 2
			if x, ok := stack[sp].Small(); ok {
				if y, ok := stack[sp+1].Small(); ok {
					if !(x < y) {
						pc = int(in >> 8)
					}
					continue
				}
			}
			if !ltWord(stack[sp], stack[sp+1]) {
				pc = int(in >> 8)
			}
		case opLoadFastPair:
			stack[sp] = locals[in>>8&0xfff]
			stack[sp+1] = locals[in>>20]
			sp += 2
		}
	}
}

// ------------------------------------------------------------ Go interfaces

type IObject interface{ Type() *Type }
type IInt int64
type IFloat float64
type IBool bool

func (IInt) Type() *Type   { return IntType }
func (IFloat) Type() *Type { return FloatType }
func (IBool) Type() *Type  { return BoolType }

var iTrue IObject = IBool(true)
var iFalse IObject = IBool(false)

type ifaceFrame struct {
	locals, stack, consts []IObject
	cached                bool // use the small-int cache
}

var iSmallCache = func() []IObject {
	c := make([]IObject, 1029) // -5..1023, as a CPython-like cache
	for i := range c {
		c[i] = IInt(i - 5)
	}
	return c
}()

func newIfaceFrame(ks []konst, cached bool) *ifaceFrame {
	fr := &ifaceFrame{locals: make([]IObject, 4), stack: make([]IObject, 8), cached: cached}
	for _, k := range ks {
		if k.float {
			fr.consts = append(fr.consts, IFloat(k.f))
		} else {
			fr.consts = append(fr.consts, IInt(k.i))
		}
	}
	return fr
}

func mkIntI(v int64, cached bool) IObject {
	if cached && uint64(v+5) < 1029 {
		return iSmallCache[v+5]
	}
	return IInt(v)
}

func addIface(a, b IObject, cached bool) IObject {
	switch x := a.(type) {
	case IInt:
		if y, ok := b.(IInt); ok {
			s := x + y
			if (s > x) != (y > 0) && y != 0 {
				panic("overflow")
			}
			return mkIntI(int64(s), cached)
		}
	case IFloat:
		if y, ok := b.(IFloat); ok {
			return x + y
		}
	}
	panic("unsupported add")
}

func mulIface(a, b IObject) IObject {
	if x, ok := a.(IFloat); ok {
		if y, ok := b.(IFloat); ok {
			return x * y
		}
	}
	panic("unsupported mul")
}

func ltIface(a, b IObject) bool {
	switch x := a.(type) {
	case IInt:
		if y, ok := b.(IInt); ok {
			return x < y
		}
	case IFloat:
		if y, ok := b.(IFloat); ok {
			return x < y
		}
	}
	panic("unsupported lt")
}

//go:noinline
func runIface(code []uint32, fr *ifaceFrame) IObject {
	stack, locals, consts, cached := fr.stack, fr.locals, fr.consts, fr.cached
	sp := 0
	for pc := 0; ; {
		in := code[pc]
		pc++
		switch in & 0xff {
		case opLoadFast:
			stack[sp] = locals[in>>8]
			sp++
		case opLoadConst:
			stack[sp] = consts[in>>8]
			sp++
		case opStoreFast:
			sp--
			locals[in>>8] = stack[sp]
		case opAdd:
			sp--
			stack[sp-1] = addIface(stack[sp-1], stack[sp], cached)
		case opMul:
			sp--
			stack[sp-1] = mulIface(stack[sp-1], stack[sp])
		case opLt:
			sp--
			if ltIface(stack[sp-1], stack[sp]) {
				stack[sp-1] = iTrue
			} else {
				stack[sp-1] = iFalse
			}
		case opJumpIfFalse:
			sp--
			if stack[sp] != iTrue {
				pc = int(in >> 8)
			}
		case opJump:
			pc = int(in >> 8)
		case opReturn:
			return stack[sp-1]
		}
	}
}

// --------------------------------------------------------- two-word tagged

// TV is a two-word tagged value: p is a heap object, or one of the tag
// sentinels, in which case n holds the int or the float's bits.
type TV struct {
	p unsafe.Pointer
	n uint64
}

var tagInt, tagFloat, tagBool [1]byte

var (
	tInt   = unsafe.Pointer(&tagInt)
	tFloat = unsafe.Pointer(&tagFloat)
	tBool  = unsafe.Pointer(&tagBool)
	tvTrue = TV{tBool, 1}
)

type tagFrame struct {
	locals, stack, consts []TV
}

func newTagFrame(ks []konst) *tagFrame {
	fr := &tagFrame{locals: make([]TV, 4), stack: make([]TV, 8)}
	for _, k := range ks {
		if k.float {
			fr.consts = append(fr.consts, TV{tFloat, f64bits(k.f)})
		} else {
			fr.consts = append(fr.consts, TV{tInt, uint64(k.i)})
		}
	}
	return fr
}

func addTag(a, b TV) TV {
	if a.p == tInt && b.p == tInt {
		x, y := int64(a.n), int64(b.n)
		s := x + y
		if (s > x) != (y > 0) && y != 0 {
			panic("overflow")
		}
		return TV{tInt, uint64(s)}
	}
	if a.p == tFloat && b.p == tFloat {
		return TV{tFloat, f64bits(f64frombits(a.n) + f64frombits(b.n))}
	}
	panic("unsupported add")
}

func mulTag(a, b TV) TV {
	if a.p == tFloat && b.p == tFloat {
		return TV{tFloat, f64bits(f64frombits(a.n) * f64frombits(b.n))}
	}
	panic("unsupported mul")
}

func ltTag(a, b TV) bool {
	if a.p == tInt && b.p == tInt {
		return int64(a.n) < int64(b.n)
	}
	if a.p == tFloat && b.p == tFloat {
		return f64frombits(a.n) < f64frombits(b.n)
	}
	panic("unsupported lt")
}

//go:noinline
func runTag(code []uint32, fr *tagFrame) TV {
	stack, locals, consts := fr.stack, fr.locals, fr.consts
	sp := 0
	for pc := 0; ; {
		in := code[pc]
		pc++
		switch in & 0xff {
		case opLoadFast:
			stack[sp] = locals[in>>8]
			sp++
		case opLoadConst:
			stack[sp] = consts[in>>8]
			sp++
		case opStoreFast:
			sp--
			locals[in>>8] = stack[sp]
		case opAdd:
			sp--
			stack[sp-1] = addTag(stack[sp-1], stack[sp])
		case opMul:
			sp--
			stack[sp-1] = mulTag(stack[sp-1], stack[sp])
		case opLt:
			sp--
			if ltTag(stack[sp-1], stack[sp]) {
				stack[sp-1] = tvTrue
			} else {
				stack[sp-1] = TV{tBool, 0}
			}
		case opJumpIfFalse:
			sp--
			if stack[sp] != tvTrue {
				pc = int(in >> 8)
			}
		case opJump:
			pc = int(in >> 8)
		case opReturn:
			return stack[sp-1]
		}
	}
}
