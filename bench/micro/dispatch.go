package micro

import "unsafe"

// countLoop: locals i=0 n=1; consts [1]
//
//	while i < n: i = i + 1
var countLoop = []uint32{
	ins(opLoadFast, 0), ins(opLoadFast, 1), ins(opLt, 0), ins(opJumpIfFalse, 9),
	ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opAdd, 0), ins(opStoreFast, 0),
	ins(opJump, 0),
	ins(opLoadFast, 0), ins(opReturn, 0),
}

// countLoopQuick is countLoop after quickening (fused compare+branch,
// int-specialised add, paired loads).
var countLoopQuick = []uint32{
	ins(opLoadFastPair, 0|1<<12), ins(opLtIntJump, 7),
	ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opAddInt, 0), ins(opStoreFast, 0),
	ins(opJump, 0),
	ins(opLoadFast, 0), ins(opReturn, 0),
}

// Instr is the struct-per-instruction encoding.
type Instr struct {
	Op  uint8
	Arg int32
}

func toStructs(code []uint32) []Instr {
	out := make([]Instr, len(code))
	for i, c := range code {
		out[i] = Instr{uint8(c), int32(c >> 8)}
	}
	return out
}

func toSplit(code []uint32) ([]uint8, []int32) {
	ops, args := make([]uint8, len(code)), make([]int32, len(code))
	for i, c := range code {
		ops[i], args[i] = uint8(c), int32(c>>8)
	}
	return ops, args
}

//go:noinline
func runStructs(code []Instr, fr *wordFrame) Object {
	stack, locals, consts := fr.stack, fr.locals, fr.consts
	sp := 0
	for pc := 0; ; {
		in := code[pc]
		pc++
		switch in.Op {
		case opLoadFast:
			stack[sp] = locals[in.Arg]
			sp++
		case opLoadConst:
			stack[sp] = consts[in.Arg]
			sp++
		case opStoreFast:
			sp--
			locals[in.Arg] = stack[sp]
		case opAdd:
			sp--
			stack[sp-1] = addWord(stack[sp-1], stack[sp])
		case opLt:
			sp--
			stack[sp-1] = MakeBool(ltWord(stack[sp-1], stack[sp]))
		case opJumpIfFalse:
			sp--
			if stack[sp] != True {
				pc = int(in.Arg)
			}
		case opJump:
			pc = int(in.Arg)
		case opReturn:
			return stack[sp-1]
		}
	}
}

//go:noinline
func runSplit(ops []uint8, args []int32, fr *wordFrame) Object {
	stack, locals, consts := fr.stack, fr.locals, fr.consts
	sp := 0
	for pc := 0; ; {
		op, arg := ops[pc], args[pc]
		pc++
		switch op {
		case opLoadFast:
			stack[sp] = locals[arg]
			sp++
		case opLoadConst:
			stack[sp] = consts[arg]
			sp++
		case opStoreFast:
			sp--
			locals[arg] = stack[sp]
		case opAdd:
			sp--
			stack[sp-1] = addWord(stack[sp-1], stack[sp])
		case opLt:
			sp--
			stack[sp-1] = MakeBool(ltWord(stack[sp-1], stack[sp]))
		case opJumpIfFalse:
			sp--
			if stack[sp] != True {
				pc = int(arg)
			}
		case opJump:
			pc = int(arg)
		case opReturn:
			return stack[sp-1]
		}
	}
}

// ------------------------------------------------------ closure compilation

type cexpr func(fr *wordFrame) Object
type cstmt func(fr *wordFrame)

func cLocal(i int) cexpr          { return func(fr *wordFrame) Object { return fr.locals[i] } }
func cConst(v Object) cexpr       { return func(*wordFrame) Object { return v } }
func cAdd(a, b cexpr) cexpr       { return func(fr *wordFrame) Object { return addWord(a(fr), b(fr)) } }
func cSub(a, b cexpr) cexpr       { return func(fr *wordFrame) Object { return subWord(a(fr), b(fr)) } }
func cStore(i int, e cexpr) cstmt { return func(fr *wordFrame) { fr.locals[i] = e(fr) } }
func cWhileLt(a, b cexpr, body cstmt) cstmt {
	return func(fr *wordFrame) {
		for ltWord(a(fr), b(fr)) {
			body(fr)
		}
	}
}

var closureCountLoop = cWhileLt(cLocal(0), cLocal(1), cStore(0, cAdd(cLocal(0), cConst(MakeInt(1)))))

func subWord(a, b Object) Object {
	if x, ok := a.Small(); ok {
		if y, ok := b.Small(); ok {
			return MakeInt(x - y)
		}
	}
	panic("unsupported sub")
}

// ------------------------------------------------------------------- calls

// Code is a compiled function body.
type Code struct {
	ops       []uint32
	consts    []Object
	nlocals   int
	stacksize int
}

// Function is the heap object for a Python function.
type Function struct {
	Head
	code *Code
}

var FuncType = &Type{Name: "function", Version: 1}

// fib: locals n=0; consts [2, 1, fib]
var fibCode = &Code{
	ops: []uint32{
		ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opLt, 0), ins(opJumpIfFalse, 6),
		ins(opLoadFast, 0), ins(opReturn, 0),
		ins(opLoadConst, 2), ins(opLoadFast, 0), ins(opLoadConst, 1), ins(opSub, 0), ins(opCall, 1),
		ins(opLoadConst, 2), ins(opLoadFast, 0), ins(opLoadConst, 0), ins(opSub, 0), ins(opCall, 1),
		ins(opAdd, 0), ins(opReturn, 0),
	},
	nlocals: 1, stacksize: 4,
}

var fibFunc = &Function{Head{FuncType}, fibCode}

func init() {
	fibCode.consts = []Object{MakeInt(2), MakeInt(1), {unsafe.Pointer(fibFunc)}}
}

// Thread is the per-OS-thread (per goroutine running Python) state of the
// non-recursive design: one contiguous data stack holding every active
// frame's locals and operand stack, and a stack of frame records.
type Thread struct {
	data   []Object
	frames []frameRec
}

type frameRec struct {
	code *Code
	pc   int
	base int // data index of local 0; the operand stack follows the locals
	sp   int // saved operand stack pointer (data index)
}

// runFlat evaluates fn(args) without Go recursion: a Python call pushes a
// frame record and continues in the same loop; arguments already lie where
// the callee's locals go, so a call copies nothing.
//
//go:noinline
func (t *Thread) runFlat(fn *Function, arg Object) Object {
	data := t.data
	data[0] = Object{unsafe.Pointer(fn)}
	data[1] = arg
	t.frames = t.frames[:0]
	code := fn.code
	base := 1
	sp := base + code.nlocals
	pc := 0
	ops, consts := code.ops, code.consts
	for {
		in := ops[pc]
		pc++
		switch in & 0xff {
		case opLoadFast:
			data[sp] = data[base+int(in>>8)]
			sp++
		case opLoadConst:
			data[sp] = consts[in>>8]
			sp++
		case opAdd:
			sp--
			data[sp-1] = addWord(data[sp-1], data[sp])
		case opSub:
			sp--
			data[sp-1] = subWord(data[sp-1], data[sp])
		case opLt:
			sp--
			data[sp-1] = MakeBool(ltWord(data[sp-1], data[sp]))
		case opJumpIfFalse:
			sp--
			if data[sp] != True {
				pc = int(in >> 8)
			}
		case opCall:
			argc := int(in >> 8)
			callee := data[sp-argc-1]
			if (*Head)(callee.p).typ != FuncType {
				panic("not a function")
			}
			f := (*Function)(callee.p)
			t.frames = append(t.frames, frameRec{code, pc, base, sp - argc - 1})
			code = f.code
			base = sp - argc
			sp = base + code.nlocals
			if sp+code.stacksize > len(data) {
				panic("data stack overflow: grow (not modelled)")
			}
			pc = 0
			ops, consts = code.ops, code.consts
		case opReturn:
			r := data[sp-1]
			n := len(t.frames)
			if n == 0 {
				return r
			}
			fr := t.frames[n-1]
			t.frames = t.frames[:n-1]
			code, pc, base, sp = fr.code, fr.pc, fr.base, fr.sp
			ops, consts = code.ops, code.consts
			data[sp] = r
			sp++
		}
	}
}

// rframe is a heap frame for the Go-recursive designs.
type rframe struct {
	locals, stack []Object
	next          *rframe // free list link
}

type framePool struct{ free *rframe }

func (p *framePool) get(c *Code) *rframe {
	if f := p.free; f != nil && len(f.locals) >= c.nlocals && len(f.stack) >= c.stacksize {
		p.free = f.next
		return f
	}
	return &rframe{locals: make([]Object, c.nlocals), stack: make([]Object, c.stacksize)}
}

func (p *framePool) put(f *rframe) {
	clear(f.locals)
	clear(f.stack)
	f.next = p.free
	p.free = f
}

// callRec evaluates code with a Go-recursive call per Python call. With a
// nil pool every call allocates its frame; args is copied into the locals.
//
//go:noinline
func callRec(c *Code, args []Object, pool *framePool, allocArgs bool) Object {
	var fr *rframe
	if pool != nil {
		fr = pool.get(c)
		defer pool.put(fr)
	} else {
		fr = &rframe{locals: make([]Object, c.nlocals), stack: make([]Object, c.stacksize)}
	}
	copy(fr.locals, args)
	stack, locals, consts := fr.stack, fr.locals, c.consts
	sp := 0
	for pc := 0; ; {
		in := c.ops[pc]
		pc++
		switch in & 0xff {
		case opLoadFast:
			stack[sp] = locals[in>>8]
			sp++
		case opLoadConst:
			stack[sp] = consts[in>>8]
			sp++
		case opAdd:
			sp--
			stack[sp-1] = addWord(stack[sp-1], stack[sp])
		case opSub:
			sp--
			stack[sp-1] = subWord(stack[sp-1], stack[sp])
		case opLt:
			sp--
			stack[sp-1] = MakeBool(ltWord(stack[sp-1], stack[sp]))
		case opJumpIfFalse:
			sp--
			if stack[sp] != True {
				pc = int(in >> 8)
			}
		case opCall:
			argc := int(in >> 8)
			f := (*Function)(stack[sp-argc-1].p)
			a := stack[sp-argc : sp]
			if allocArgs {
				a = append([]Object(nil), a...)
			}
			r := callRec(f.code, a, pool, allocArgs)
			sp -= argc
			stack[sp-1] = r
		case opReturn:
			return stack[sp-1]
		}
	}
}

// Closure-compiled fib: Go recursion, locals in a heap frame per call.
var closureFib func(fr *wordFrame) Object

func init() {
	two, one := MakeInt(2), MakeInt(1)
	n := cLocal(0)
	call := func(arg cexpr) cexpr {
		return func(fr *wordFrame) Object {
			callee := &wordFrame{locals: make([]Object, 1)}
			callee.locals[0] = arg(fr)
			return closureFib(callee)
		}
	}
	body := cAdd(call(cSub(n, cConst(one))), call(cSub(n, cConst(two))))
	closureFib = func(fr *wordFrame) Object {
		if ltWord(n(fr), two) {
			return n(fr)
		}
		return body(fr)
	}
}

// Closure-compiled fib with the argument passed in a Go parameter (no heap
// frame): the best case for tree-walking.
var closureFibNoFrame func(n Object) Object

func init() {
	two, one := MakeInt(2), MakeInt(1)
	closureFibNoFrame = func(n Object) Object {
		if ltWord(n, two) {
			return n
		}
		return addWord(closureFibNoFrame(subWord(n, one)), closureFibNoFrame(subWord(n, two)))
	}
}
