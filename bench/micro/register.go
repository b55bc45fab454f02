package micro

import "unsafe"

// Register-VM variant: three-address instructions over a frame's register
// window (locals then temporaries) in the thread's data stack; constants
// come from code.consts through K-suffixed opcodes. uint32 = op|A<<8|B<<16|C<<24.
const (
	rMove = iota
	rLoadK
	rAdd
	rAddK
	rSubK
	rLtJump  // if !(R[A] < R[B]) pc = C
	rLtKJump // if !(R[A] < K[B]) pc = C
	rJump    // pc = C
	rCall    // R[A] = R[A](R[A+1] .. R[A+B])
	rReturn  // return R[A]
)

func rins(op, a, b, c int) uint32 { return uint32(op) | uint32(a)<<8 | uint32(b)<<16 | uint32(c)<<24 }

var regCountLoop = &Code{
	ops: []uint32{
		rins(rLtJump, 0, 1, 3),
		rins(rAddK, 0, 0, 0),
		rins(rJump, 0, 0, 0),
		rins(rReturn, 0, 0, 0),
	},
	nlocals: 2,
}

var regFibCode = &Code{
	ops: []uint32{
		rins(rLtKJump, 0, 0, 2),
		rins(rReturn, 0, 0, 0),
		rins(rLoadK, 1, 2, 0),
		rins(rSubK, 2, 0, 1),
		rins(rCall, 1, 1, 0),
		rins(rLoadK, 2, 2, 0),
		rins(rSubK, 3, 0, 0),
		rins(rCall, 2, 1, 0),
		rins(rAdd, 1, 1, 2),
		rins(rReturn, 1, 0, 0),
	},
	nlocals: 4,
}

var regFibFunc = &Function{Head{FuncType}, regFibCode}

func init() {
	regCountLoop.consts = []Object{MakeInt(1)}
	regFibCode.consts = []Object{MakeInt(2), MakeInt(1), {unsafe.Pointer(regFibFunc)}}
}

type regRec struct {
	code *Code
	pc   int
	base int
	ret  int // caller register receiving the result
}

// runReg runs code with args in R[0..] (non-recursive, like runFlat).
//
//go:noinline
func (t *Thread) runReg(code *Code, args ...Object) Object {
	data := t.data
	copy(data, args)
	var frames []regRec
	base, pc := 0, 0
	ops, consts := code.ops, code.consts
	for {
		in := ops[pc]
		pc++
		a := base + int(in>>8&0xff)
		switch in & 0xff {
		case rMove:
			data[a] = data[base+int(in>>16&0xff)]
		case rLoadK:
			data[a] = consts[in>>16&0xff]
		case rAdd:
			x, y := data[base+int(in>>16&0xff)], data[base+int(in>>24)]
			if i, ok := x.Small(); ok {
				if j, ok := y.Small(); ok {
					data[a] = MakeInt(i + j)
					continue
				}
			}
			data[a] = addWord(x, y)
		case rAddK:
			x, y := data[base+int(in>>16&0xff)], consts[in>>24]
			if i, ok := x.Small(); ok {
				if j, ok := y.Small(); ok {
					data[a] = MakeInt(i + j)
					continue
				}
			}
			data[a] = addWord(x, y)
		case rSubK:
			data[a] = subWord(data[base+int(in>>16&0xff)], consts[in>>24])
		case rLtJump:
			x, y := data[a], data[base+int(in>>16&0xff)]
			if i, ok := x.Small(); ok {
				if j, ok := y.Small(); ok {
					if !(i < j) {
						pc = int(in >> 24)
					}
					continue
				}
			}
			if !ltWord(x, y) {
				pc = int(in >> 24)
			}
		case rLtKJump:
			if !ltWord(data[a], consts[in>>16&0xff]) {
				pc = int(in >> 24)
			}
		case rJump:
			pc = int(in >> 24)
		case rCall:
			f := (*Function)(data[a].p)
			frames = append(frames, regRec{code, pc, base, a})
			code = f.code
			base = a + 1
			pc = 0
			ops, consts = code.ops, code.consts
			if base+code.nlocals > len(data) {
				panic("data stack overflow")
			}
		case rReturn:
			r := data[a]
			n := len(frames)
			if n == 0 {
				return r
			}
			fr := frames[n-1]
			frames = frames[:n-1]
			code, pc, base = fr.code, fr.pc, fr.base
			ops, consts = code.ops, code.consts
			data[fr.ret] = r
		}
	}
}
