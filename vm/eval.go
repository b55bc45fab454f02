package vm

import (
	"strings"
	"unsafe"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/py"
)

// binOpOf maps the bytecode operators to py.BinOp.
var binOpOf = [bytecode.NumOps]py.BinOp{
	bytecode.Add: py.OpAdd, bytecode.Sub: py.OpSub, bytecode.Mul: py.OpMul, bytecode.Matmul: py.OpMatMul,
	bytecode.Truediv: py.OpTrueDiv, bytecode.Mod: py.OpMod, bytecode.Pow: py.OpPow, bytecode.Lshift: py.OpLShift,
	bytecode.Rshift: py.OpRShift, bytecode.Or: py.OpOr, bytecode.Xor: py.OpXor, bytecode.And: py.OpAnd,
	bytecode.Floordiv:   py.OpFloorDiv,
	bytecode.InplaceAdd: py.OpAdd, bytecode.InplaceSub: py.OpSub, bytecode.InplaceMul: py.OpMul,
	bytecode.InplaceMatmul: py.OpMatMul, bytecode.InplaceTruediv: py.OpTrueDiv, bytecode.InplaceMod: py.OpMod,
	bytecode.InplacePow: py.OpPow, bytecode.InplaceLshift: py.OpLShift, bytecode.InplaceRshift: py.OpRShift,
	bytecode.InplaceOr: py.OpOr, bytecode.InplaceXor: py.OpXor, bytecode.InplaceAnd: py.OpAnd,
	bytecode.InplaceFloordiv: py.OpFloorDiv,
}

var cmpOf = [bytecode.NumOps]py.CmpOp{
	bytecode.Lt: py.Lt, bytecode.Le: py.Le, bytecode.Eq: py.Eq, bytecode.Ne: py.Ne, bytecode.Gt: py.Gt, bytecode.Ge: py.Ge,
	bytecode.JumpUnlessLt: py.Lt, bytecode.JumpUnlessLe: py.Le, bytecode.JumpUnlessEq: py.Eq,
	bytecode.JumpUnlessNe: py.Ne, bytecode.JumpUnlessGt: py.Gt, bytecode.JumpUnlessGe: py.Ge,
}

// Which operands an op reads as values (and so must not be unbound).
const (
	rA = 1 << iota
	rB
	rC
)

var reads [bytecode.NumOps]uint8

func init() {
	set := func(m uint8, ops ...bytecode.Op) {
		for _, o := range ops {
			reads[o] |= m
		}
	}
	set(rB, bytecode.Move, bytecode.LoadAttr, bytecode.LoadMethod, bytecode.DeleteAttr, bytecode.AddK, bytecode.SubK,
		bytecode.Neg, bytecode.Pos, bytecode.Invert, bytecode.Not, bytecode.GetIter, bytecode.FormatSimple,
		bytecode.ConvertValue, bytecode.GetLen, bytecode.UnpackSequence, bytecode.UnpackEx, bytecode.YieldValue,
		bytecode.ListAppend, bytecode.SetAdd, bytecode.ListExtend, bytecode.SetUpdate, bytecode.DictUpdate,
		bytecode.BeforeWith, bytecode.GetYieldFromIter, bytecode.GetAwaitable, bytecode.GetAiter, bytecode.FormatWithSpec)
	set(rA|rB, bytecode.StoreAttr, bytecode.JumpUnlessLt, bytecode.JumpUnlessLe, bytecode.JumpUnlessEq,
		bytecode.JumpUnlessNe, bytecode.JumpUnlessGt, bytecode.JumpUnlessGe, bytecode.JumpUnlessIs,
		bytecode.JumpUnlessIsNot, bytecode.JumpUnlessIn, bytecode.JumpUnlessNotIn, bytecode.StoreDeref)
	set(rB|rC, bytecode.BinarySubscr, bytecode.DeleteSubscr, bytecode.Is, bytecode.IsNot, bytecode.In, bytecode.NotIn,
		bytecode.Lt, bytecode.Le, bytecode.Eq, bytecode.Ne, bytecode.Gt, bytecode.Ge)
	for op := bytecode.Add; op <= bytecode.InplaceFloordiv; op++ {
		reads[op] |= rB | rC
	}
	set(rA|rB|rC, bytecode.StoreSubscr)
	set(rA, bytecode.StoreName, bytecode.StoreGlobal, bytecode.Return, bytecode.CheckLocal, bytecode.DeleteFast,
		bytecode.JumpIfFalse, bytecode.JumpIfTrue, bytecode.JumpIfNone, bytecode.JumpIfNotNone,
		bytecode.JumpUnlessMapping, bytecode.JumpUnlessSequence)
}

// lazyReads holds the operand masks of the hot ops whose fast paths reject
// nil (unbound) operands by themselves: their generic paths check them
// (unboundOperand), so the fast paths pay no separate check. Move, Return
// and the conditional jumps check inline.
var lazyReads [bytecode.NumOps]uint8

func init() {
	for _, op := range []bytecode.Op{bytecode.Move, bytecode.LoadAttr, bytecode.LoadMethod, bytecode.StoreAttr,
		bytecode.BinarySubscr, bytecode.StoreSubscr, bytecode.AddK, bytecode.SubK, bytecode.Return,
		bytecode.JumpIfFalse, bytecode.JumpIfTrue,
		bytecode.Lt, bytecode.Le, bytecode.Eq, bytecode.Ne, bytecode.Gt, bytecode.Ge,
		bytecode.JumpUnlessLt, bytecode.JumpUnlessLe, bytecode.JumpUnlessEq, bytecode.JumpUnlessNe,
		bytecode.JumpUnlessGt, bytecode.JumpUnlessGe} {
		lazyReads[op], reads[op] = reads[op], 0
	}
	for op := bytecode.Add; op <= bytecode.InplaceFloordiv; op++ {
		lazyReads[op], reads[op] = reads[op], 0
	}
}

// unboundOperand raises UnboundLocalError for the first operand of m
// (rA, rB, rC) that is unbound.
func unboundOperand(fr *Frame, regs []Object, m uint8, a, b, c int) *py.Exception {
	if m&rA != 0 && regs[a].IsNil() {
		return unboundErr(fr, a)
	}
	if m&rB != 0 && regs[b].IsNil() {
		return unboundErr(fr, b)
	}
	if m&rC != 0 && regs[c].IsNil() {
		return unboundErr(fr, c)
	}
	return nil
}

func unboundErr(fr *Frame, r int) *py.Exception {
	b := fr.code.B
	name := "?"
	if r < len(b.VarNames) {
		name = b.VarNames[r]
	}
	e := py.Errorf(py.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	e.SetField("name", py.NewStrObj(name))
	return e
}

// run executes frames starting with fr (already pushed) until fr returns
// (or raises out of it). throw, if not nil, is raised at fr's current
// instruction first (generator.throw).
func (t *Thread) run(fr *Frame, throw ...*py.Exception) (result Object, rexc *py.Exception) {
	var (
		exc     *py.Exception
		reraise bool
		p       = t.P
	)
	// A Go panic in the frames this loop runs becomes a SystemError
	// raised where it happened (runmain.go); the defer is once per entry.
	// It captures the entry frame, not fr: a captured fr would live in
	// memory and be reloaded on every instruction. recoverRun finds the
	// frame that was running as the top of the stack (the frames this loop
	// pushes above entry are not entry frames).
	entry := fr
	defer func() {
		if r := recover(); r != nil {
			result, rexc = t.recoverRun(entry, r)
		}
	}()
	if len(throw) > 0 && throw[0] != nil {
		exc = throw[0]
		fr.pc--
		fr.lastpc = fr.pc
	}
	// Two loops: the outer one loads a frame's state, the inner one runs
	// its instructions. An op that switches frames (call, return, yield)
	// saves pc in the frame and continues the outer loop. The state is
	// then invariant in the inner loop, so the Go compiler spills it once
	// per frame switch rather than at the head of every instruction.
frames:
	for {
		code, ops, regs, consts, pc := fr.code, fr.code.B.Instrs, fr.regs, fr.code.Consts, fr.pc
		if exc != nil {
			goto raise
		}
		for {
			in := ops[pc]
			fr.lastpc = pc
			pc++
			op := bytecode.Op(in)
			a := int(in >> 8 & 0xFFFF)
			b := int(in >> 24 & 0xFFFF)
			c := int(in >> 40 & 0xFFFF)
			switch op {
			case bytecode.Nop:
			case bytecode.Move, bytecode.MoveRaw:
				v := regs[b]
				if v.IsNil() && op == bytecode.Move {
					exc = unboundErr(fr, b)
					goto raise
				}
				regs[a] = v
			case bytecode.Clear:
				regs[a] = nilObj
			case bytecode.LoadConst:
				regs[a] = consts[b]
			case bytecode.CheckLocal:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
			case bytecode.DeleteFast:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				regs[a] = nilObj
			case bytecode.LoadGlobal:
				if v := code.cachedGlobal(fr, b); !v.IsNil() {
					regs[a] = v
					continue
				}
				name := code.Names[b]
				v := fr.globals.GetStr(name)
				if v.IsNil() {
					v = fr.builtins.GetStr(name)
					if v.IsNil() {
						exc = nameErr(name.String())
						goto raise
					}
				}
				regs[a] = v
				code.fillGlobal(fr, b)
			case bytecode.StoreGlobal:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				fr.globals.SetStr(code.Names[b], regs[a])
			case bytecode.MakeCell:
				regs[a] = newCell(regs[a]).Obj()
			case bytecode.CopyFreeVars:
				cl := fr.fn.Closure.Items()
				copy(regs[code.B.FreeStart:], cl[:a])
			case bytecode.LoadDeref:
				v := asCell(regs[b]).Get()
				if v.IsNil() {
					exc = derefErr(code, b)
					goto raise
				}
				regs[a] = v
			case bytecode.StoreDeref:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				asCell(regs[b]).Set(regs[a])
			case bytecode.LoadAttr:
				if v := code.loadAttrCached(regs[b], int(in>>56), code.Names[c]); !v.IsNil() {
					regs[a] = v
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				v, e := py.GetAttr(p, regs[b], code.Names[c])
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.LoadMethod:
				obj := regs[b]
				if x := int(in >> 56); x != 0 && x <= len(code.attrs) {
					if m, self, ok := t.loadMethodCached(code, obj, x, code.Names[c]); ok {
						regs[a], regs[a+1] = m, self
						continue
					}
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				m, self, e := t.loadMethod(obj, code.Names[c])
				if e != nil {
					exc = e
					goto raise
				}
				regs[a], regs[a+1] = m, self
			case bytecode.StoreAttr:
				if code.storeAttrCached(regs[b], int(in>>56), code.Names[c], regs[a]) {
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				if e := py.SetAttr(p, regs[b], code.Names[c], regs[a]); e != nil {
					exc = e
					goto raise
				}
			case bytecode.BinarySubscr:
				x, k := regs[b], regs[c]
				if v := getItemFast(x, k); !v.IsNil() {
					regs[a] = v
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				v, e := py.GetItem(p, x, k)
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.StoreSubscr:
				if setItemFast(regs[b], regs[c], regs[a]) {
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				if e := py.SetItem(p, regs[b], regs[c], regs[a]); e != nil {
					exc = e
					goto raise
				}
			case bytecode.Add, bytecode.Sub, bytecode.Mul, bytecode.Matmul, bytecode.Truediv, bytecode.Mod,
				bytecode.Pow, bytecode.Lshift, bytecode.Rshift, bytecode.Or, bytecode.Xor, bytecode.And, bytecode.Floordiv:
				x, y := regs[b], regs[c]
				if i, ok := x.Small(); ok {
					if j, ok := y.Small(); ok {
						switch op {
						case bytecode.Add:
							regs[a] = py.MakeInt(i + j)
							continue
						case bytecode.Sub:
							regs[a] = py.MakeInt(i - j)
							continue
						}
					}
				} else if fx, ok := py.ExactFloat(x); ok {
					// Float arithmetic inline (binaryFast has the rest).
					if fy, ok := py.ExactFloat(y); ok {
						var r float64
						switch op {
						case bytecode.Add:
							r = fx + fy
						case bytecode.Sub:
							r = fx - fy
						case bytecode.Mul:
							r = fx * fy
						case bytecode.Truediv:
							if fy == 0 {
								goto slowFloat // ZeroDivisionError
							}
							r = fx / fy
						default:
							goto slowFloat
						}
						regs[a] = freshFloat(p, in, regs, b, c, r)
						p.FreshSlot = uintptr(unsafe.Pointer(&regs[a]))
						continue
					}
				}
			slowFloat:
				if v, ok := binaryFast(p, binOpOf[op], x, y); ok {
					regs[a] = v
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				p.FreshSlot = 0 // regs[a] may be any object now (see freshFloat)
				v, e := py.BinaryOp(p, binOpOf[op], x, y)
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.InplaceAdd, bytecode.InplaceSub, bytecode.InplaceMul, bytecode.InplaceMatmul,
				bytecode.InplaceTruediv, bytecode.InplaceMod, bytecode.InplacePow, bytecode.InplaceLshift,
				bytecode.InplaceRshift, bytecode.InplaceOr, bytecode.InplaceXor, bytecode.InplaceAnd, bytecode.InplaceFloordiv:
				x, y := regs[b], regs[c]
				if i, ok := x.Small(); ok {
					if j, ok := y.Small(); ok {
						switch op {
						case bytecode.InplaceAdd:
							regs[a] = py.MakeInt(i + j)
							continue
						case bytecode.InplaceSub:
							regs[a] = py.MakeInt(i - j)
							continue
						}
					}
				} else if fx, ok := py.ExactFloat(x); ok {
					// Float arithmetic inline (binaryFast has the rest).
					if fy, ok := py.ExactFloat(y); ok {
						var r float64
						switch op {
						case bytecode.InplaceAdd:
							r = fx + fy
						case bytecode.InplaceSub:
							r = fx - fy
						case bytecode.InplaceMul:
							r = fx * fy
						case bytecode.InplaceTruediv:
							if fy == 0 {
								goto InplaceslowFloat // ZeroDivisionError
							}
							r = fx / fy
						default:
							goto InplaceslowFloat
						}
						regs[a] = freshFloat(p, in, regs, b, c, r)
						p.FreshSlot = uintptr(unsafe.Pointer(&regs[a]))
						continue
					}
				}
			InplaceslowFloat:
				if v, ok := binaryFast(p, binOpOf[op], x, y); ok {
					regs[a] = v
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				p.FreshSlot = 0
				v, e := py.InPlaceOp(p, binOpOf[op], x, y)
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.AddK, bytecode.SubK:
				x, y := regs[b], consts[c]
				if i, ok := x.Small(); ok {
					if j, ok := y.Small(); ok {
						if op == bytecode.AddK {
							regs[a] = py.MakeInt(i + j)
						} else {
							regs[a] = py.MakeInt(i - j)
						}
						continue
					}
				}
				bop := py.OpAdd
				if op == bytecode.SubK {
					bop = py.OpSub
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				v, e := py.BinaryOp(p, bop, x, y)
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.Not:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				v, e := py.Truthy(p, regs[b])
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = py.Bool(!v)
			case bytecode.Lt, bytecode.Le, bytecode.Eq, bytecode.Ne, bytecode.Gt, bytecode.Ge:
				if r, ok := compareFast(cmpOf[op], regs[b], regs[c]); ok {
					regs[a] = py.Bool(r)
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				v, e := py.RichCompare(p, regs[b], regs[c], cmpOf[op])
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.Is:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				regs[a] = py.Bool(regs[b].Is(regs[c]))
			case bytecode.IsNot:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				regs[a] = py.Bool(!regs[b].Is(regs[c]))
			case bytecode.In, bytecode.NotIn:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				v, e := py.Contains(p, regs[c], regs[b])
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = py.Bool(v == (op == bytecode.In))
			case bytecode.Jump:
				pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				// Loops jump backwards: a pending SIGINT is delivered here.
				if pc <= fr.lastpc && t.interp.sig.pending.Load() != 0 {
					if e := t.checkSignals(); e != nil {
						exc = e
						goto raise
					}
				}
			case bytecode.JumpIfFalse, bytecode.JumpIfTrue:
				x := regs[a]
				var v bool
				if x.Is(py.True) {
					v = true
				} else if x.Is(py.False) || x.IsNone() {
					v = false
				} else {
					if x.IsNil() {
						exc = unboundErr(fr, a)
						goto raise
					}
					var e *py.Exception
					if v, e = py.Truthy(p, x); e != nil {
						exc = e
						goto raise
					}
				}
				if v == (op == bytecode.JumpIfTrue) {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.JumpIfNone:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				if regs[a].IsNone() {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.JumpIfNotNone:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				if !regs[a].IsNone() {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.JumpUnlessLt, bytecode.JumpUnlessLe, bytecode.JumpUnlessEq, bytecode.JumpUnlessNe,
				bytecode.JumpUnlessGt, bytecode.JumpUnlessGe:
				x, y := regs[a], regs[b]
				var ok bool
				if i, ok1 := x.Small(); ok1 {
					if j, ok2 := y.Small(); ok2 {
						switch op {
						case bytecode.JumpUnlessLt:
							ok = i < j
						case bytecode.JumpUnlessLe:
							ok = i <= j
						case bytecode.JumpUnlessEq:
							ok = i == j
						case bytecode.JumpUnlessNe:
							ok = i != j
						case bytecode.JumpUnlessGt:
							ok = i > j
						default:
							ok = i >= j
						}
						if !ok {
							pc = int(in>>40&0xFFFF) | int(in>>56)<<16
						}
						continue
					}
				}
				if r, fast := compareFast(cmpOf[op], x, y); fast {
					if !r {
						pc = int(in>>40&0xFFFF) | int(in>>56)<<16
					}
					continue
				}
				if m := lazyReads[op]; m != 0 {
					if e := unboundOperand(fr, regs, m, a, b, c); e != nil {
						exc = e
						goto raise
					}
				}
				r, e := py.RichCompare(p, x, y, cmpOf[op])
				if e != nil {
					exc = e
					goto raise
				}
				if ok, e = py.Truthy(p, r); e != nil {
					exc = e
					goto raise
				}
				if !ok {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.JumpUnlessIs:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				if !regs[a].Is(regs[b]) {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.JumpUnlessIsNot:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				if regs[a].Is(regs[b]) {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.JumpUnlessIn, bytecode.JumpUnlessNotIn:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				v, e := py.Contains(p, regs[b], regs[a])
				if e != nil {
					exc = e
					goto raise
				}
				if v != (op == bytecode.JumpUnlessIn) {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.BuildTuple:
				regs[a] = py.NewTuple(regs[b : b+c]...).Obj()
			case bytecode.BuildList:
				regs[a] = py.NewList(append([]Object(nil), regs[b:b+c]...)).Obj()
			case bytecode.BuildString:
				regs[a] = py.BuildString(regs[b : b+c])
			case bytecode.ListAppend:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				l, _ := py.AsList(regs[a])
				l.Append(regs[b])
			case bytecode.UnpackSequence:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				if e := unpack(p, regs[b], regs[a:a+c], c, -1); e != nil {
					exc = e
					goto raise
				}
			case bytecode.Call, bytecode.CallKw, bytecode.CallMethod, bytecode.CallMethodKw:
				callee := regs[a]
				start, nargs := a+1, b
				var kw *py.Tuple
				if op == bytecode.CallMethod || op == bytecode.CallMethodKw {
					if regs[a+1].IsNil() {
						start = a + 2
					} else {
						nargs++
					}
				}
				if op == bytecode.CallKw || op == bytecode.CallMethodKw {
					kw, _ = py.AsTuple(consts[c])
				}
				// Builtin functions and methods first (what callObject does
				// for them, without the checks for Python callees).
				if !callee.IsNil() {
					switch callee.Type() {
					case py.BuiltinFunctionType:
						bf := (*py.BuiltinFunction)(callee.Ptr())
						var v Object
						var e *py.Exception
						if bf.Meth != nil {
							v, e = bf.Meth(p, bf.Self, regs[start:start+nargs], kw)
						} else {
							v, e = bf.Fn(p, regs[start:start+nargs], kw)
						}
						if e != nil {
							exc = e
							goto raise
						}
						regs[a] = v
						continue
					case py.MethodDescrType:
						if d := (*py.MethodDescr)(callee.Ptr()); !d.Class && nargs > kw.Len() && regs[start].Type() == d.Owner {
							v, e := d.Fn(p, regs[start], regs[start+1:start+nargs], kw)
							if e != nil {
								exc = e
								goto raise
							}
							regs[a] = v
							continue
						}
					}
				}
				fn := asFunction(callee)
				var initSelf Object
				if fn == nil {
					if m, ok := asMethodObj(callee); ok {
						if fn = asFunction(m.Fn); fn != nil {
							// Bound Python method: self goes in front of the arguments.
							start--
							regs[start] = m.Self
							nargs++
						}
					} else if fn = t.classInit(callee); fn != nil {
						// C(args) of a plain Python class: make the instance and
						// run __init__ as a frame of this loop (see classInit).
						initSelf = newInstance(py.AsType(callee))
						start--
						regs[start] = initSelf
						nargs++
					}
				}
				if fn != nil {
					// Python -> Python: push a frame in this loop.
					if e := t.enter(); e != nil {
						exc = e
						goto raise
					}
					fc := fn.Code
					nr := fc.B.NRegs
					args := regs[start : start+nargs]
					var win []Object
					if fr.gen == nil && cap(regs)-start >= nr {
						win = regs[start:cap(regs)]
					} else {
						win = t.window(nr)
					}
					nregs := win[:nr:len(win)]
					if kw == nil && fc.simple && nargs == fc.B.ArgCount {
						// Positional arguments matching the parameters
						// (bindArgs' fast path, inline): they are in place
						// unless the window moved; the rest start unbound.
						if nargs > 0 && &win[0] != &args[0] {
							copy(nregs, args)
						}
						if rest := nregs[nargs:]; len(rest) <= 8 {
							for i := range rest {
								rest[i] = nilObj
							}
						} else {
							clear(rest) // one bulk clear, not a barrier per register
						}
					} else if e := t.bindArgs(fn, nregs, args, kw); e != nil {
						t.leave()
						exc = e
						goto raise
					}
					fr.pc = pc
					fr = t.pushCall(fn, nregs, a, initSelf)
					continue frames
				}
				v, e := t.callObject(callee, regs[start:start+nargs], kw)
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.MakeFunction:
				regs[a] = t.makeFunction(fr, asCodeObj(consts[b]), regs, c, int(in>>56))
			case bytecode.Return, bytecode.ReturnConst:
				var v Object
				if op == bytecode.Return {
					if v = regs[a]; v.IsNil() {
						exc = unboundErr(fr, a)
						goto raise
					}
				} else {
					v = consts[a]
				}
				if fr.gen != nil {
					fr.gen.finish()
					if fr.genInline {
						// Exhausted under FOR_ITER: the caller leaves its loop.
						t.genExit(fr, fr.gen)
						fr = t.top()
						in := fr.code.B.Instrs[fr.lastpc]
						fr.pc = int(in>>40&0xFFFF) | int(in>>56)<<16
						continue frames
					}
				}
				if fr.entry {
					t.popFrame()
					return v, nil
				}
				t.leave()
				ret, initSelf := fr.ret, fr.initSelf
				t.popFrame()
				fr = t.top()
				if !initSelf.IsNil() {
					if !v.IsNone() {
						exc = py.TypeError("__init__() should return None, not '%s'", py.TypeName(v))
						continue frames
					}
					v = initSelf
				}
				fr.regs[ret] = v
				continue frames
			case bytecode.ReturnGenerator:
				fr.pc = pc
				g := newGenerator(fr)
				v := g.Obj()
				if fr.entry {
					t.popFrame()
					return v, nil
				}
				t.leave()
				ret := fr.ret
				t.popFrame()
				fr = t.top()
				fr.regs[ret] = v
				continue frames
			case bytecode.GetIter:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				v, e := py.GetIter(p, regs[b])
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			case bytecode.ForIter:
				it := regs[b]
				var v Object
				var e *py.Exception
				if g := asGenerator(it); g != nil {
					if g.kind == kindGenerator && !g.running && !g.done {
						// Run the generator's frame in this loop, as a call
						// (resume does the same around a nested run): it
						// yields into regs[a] (YieldValue) or, when it
						// returns, this loop jumps to the loop's exit.
						if e := t.enter(); e != nil {
							exc = e
							goto raise
						}
						gf := g.fr
						if g.started {
							gf.regs[g.sendReg] = py.None
						}
						g.started, g.running, g.yielded = true, true, false
						fr.pc = pc
						t.frames = append(t.frames[:t.n], gf)
						t.n++
						gf.entry, gf.genInline, gf.genSaved, gf.ret = false, true, t.handled, a
						if g.handled != nil {
							t.handled = g.handled
						}
						fr = gf
						continue frames
					}
					v, e = t.genNext(g)
				} else {
					nx := it.Type().Slots().Next
					if nx == nil {
						v, e = py.Next(p, it)
					} else {
						v, e = nx(p, it)
					}
				}
				if e != nil {
					if e.Matches(py.StopIterationType) {
						pc = int(in>>40&0xFFFF) | int(in>>56)<<16
						continue
					}
					exc = e
					goto raise
				}
				if v.IsNil() {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
					continue
				}
				regs[a] = v
			case bytecode.YieldValue:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				fr.pc = pc
				v := regs[b]
				g := fr.gen
				if g.kind == kindAsyncGen && in>>56&1 == 0 {
					v = py.FromPtr(unsafe.Pointer(&asyncValue{Head: py.MakeHead(asyncValueType), v: v}))
				}
				g.suspend(a, c, int(in>>56)&1 != 0)
				if fr.genInline {
					// Resumed by FOR_ITER in this loop: back to the caller.
					t.genExit(fr, g)
					ret := fr.ret
					fr = t.top()
					fr.regs[ret] = v
					continue frames
				}
				t.popFrame()
				return v, nil
			case bytecode.Send:
				v, done, e := t.send(regs[a], regs[b])
				if e != nil {
					exc = e
					goto raise
				}
				regs[b] = v
				if done {
					pc = int(in>>40&0xFFFF) | int(in>>56)<<16
				}
			case bytecode.FormatSimple:
				if e := unboundOperand(fr, regs, reads[op], a, b, c); e != nil {
					exc = e
					goto raise
				}
				x := regs[b]
				if x.Type() == py.StrType {
					regs[a] = x
					continue
				}
				v, e := py.Format(p, x, "")
				if e != nil {
					exc = e
					goto raise
				}
				regs[a] = v
			// Listed (not left to default) so that the switch stays one dense
			// jump table rather than a binary search over the hot cases.
			case bytecode.LoadName, bytecode.StoreName, bytecode.DeleteName, bytecode.DeleteGlobal,
				bytecode.LoadLocals, bytecode.LoadFromDictOrGlobals, bytecode.LoadFromDictOrDeref,
				bytecode.DeleteDeref, bytecode.DeleteAttr, bytecode.DeleteSubscr, bytecode.BuildSlice,
				bytecode.Neg, bytecode.Pos, bytecode.Invert, bytecode.BuildSet, bytecode.BuildMap,
				bytecode.SetAdd, bytecode.MapAdd, bytecode.ListExtend, bytecode.SetUpdate,
				bytecode.DictUpdate, bytecode.DictMerge, bytecode.UnpackEx, bytecode.CallEx,
				bytecode.CallIntrinsic1, bytecode.CallIntrinsic2, bytecode.LoadBuildClass,
				bytecode.Raise, bytecode.Reraise, bytecode.PushExcInfo, bytecode.PopExcept,
				bytecode.JumpUnlessExcMatch, bytecode.CheckEgMatch, bytecode.LoadCommonConstant,
				bytecode.BeforeWith, bytecode.BeforeAsyncWith, bytecode.WithExit,
				bytecode.WithExceptStart, bytecode.GetYieldFromIter, bytecode.GetAwaitable,
				bytecode.GetAiter, bytecode.GetAnext, bytecode.EndAsyncFor, bytecode.CleanupThrow,
				bytecode.ImportName, bytecode.ImportFrom, bytecode.SetupAnnotations,
				bytecode.JumpUnlessMapping, bytecode.JumpUnlessSequence, bytecode.GetLen,
				bytecode.MatchKeys, bytecode.MatchClass, bytecode.FormatWithSpec,
				bytecode.ConvertValue, bytecode.BuildInterpolation, bytecode.BuildTemplate:
				var e *py.Exception
				var rr bool
				if pc, e, rr = t.coldOp(fr, regs, in, pc); e != nil {
					// exc and reraise are assigned only on the way to
					// raise, so they are no loop-carried values of the
					// inner loop (which would cost a spill per instruction).
					exc, reraise = e, rr
					goto raise
				}
			default:
				var e *py.Exception
				var rr bool
				if pc, e, rr = t.coldOp(fr, regs, in, pc); e != nil {
					// exc and reraise are assigned only on the way to
					// raise, so they are no loop-carried values of the
					// inner loop (which would cost a spill per instruction).
					exc, reraise = e, rr
					goto raise
				}
			}
			continue
		}
	raise:
		// Unwind: record the traceback entry for this frame, then find a
		// handler in this frame or pop it and continue in the caller.
		if !reraise {
			if t.handled != nil && t.handled != exc && exc.Context() == nil {
				setContext(exc, t.handled)
			}
		}
		for {
			if !reraise {
				t.addTraceback(exc, fr)
			}
			reraise = false
			if h, ok := findHandler(fr.code.B, fr.lastpc); ok {
				fr.regs[h.Reg] = exc.Obj()
				fr.pc = int(h.Handler)
				exc = nil
				continue frames
			}
			// No handler: leave the frame.
			if fr.gen != nil {
				exc = fr.gen.finishExc(exc)
				if fr.genInline {
					t.genExit(fr, fr.gen)
					fr = t.top()
					continue
				}
			}
			if fr.entry {
				t.popFrame()
				return nilObj, exc
			}
			t.leave()
			t.popFrame()
			fr = t.top()
		}
	}
}

func findHandler(b *bytecode.Code, pc int) (bytecode.ExcEntry, bool) {
	for _, e := range b.ExcTable {
		if int(e.Start) <= pc && pc < int(e.End) {
			return e, true
		}
	}
	return bytecode.ExcEntry{}, false
}

func setContext(e, ctx *py.Exception) {
	if e == ctx {
		return
	}
	// Break cycles: if e is already in ctx's context chain, cut it there.
	o := ctx
	for o != nil {
		next := o.Context()
		if next == e {
			o.SetContext(nil)
			break
		}
		o = next
	}
	e.SetContext(ctx)
}

func nameErr(name string) *py.Exception {
	return py.NameError(name, "name '%s' is not defined", name)
}

func freeVarErr(name string) *py.Exception {
	return py.NameError(name, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func cellName(code *Code, r int) string {
	b := code.B
	for i, cr := range b.CellRegs {
		if cr == r {
			return b.CellVars[i]
		}
	}
	if r >= b.FreeStart && r < b.FreeStart+len(b.FreeVars) {
		return b.FreeVars[r-b.FreeStart]
	}
	if r < len(b.VarNames) {
		return b.VarNames[r]
	}
	return "?"
}

func derefErr(code *Code, r int) *py.Exception {
	b := code.B
	name := cellName(code, r)
	if r >= b.FreeStart && r < b.FreeStart+len(b.FreeVars) {
		return freeVarErr(name)
	}
	e := py.Errorf(py.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	e.SetField("name", py.NewStrObj(name))
	return e
}

func (t *Thread) loadName(fr *Frame, name *py.Str) (Object, *py.Exception) {
	if !fr.locals.IsNil() {
		if d, ok := py.AsDict(fr.locals); ok && d.Obj().Type() == py.DictType {
			if v := d.GetStr(name); !v.IsNil() {
				return v, nil
			}
		} else {
			v, e := mappingGet(t.P, fr.locals, name.Obj())
			if e != nil || !v.IsNil() {
				return v, e
			}
		}
	}
	if v := fr.globals.GetStr(name); !v.IsNil() {
		return v, nil
	}
	if v := fr.builtins.GetStr(name); !v.IsNil() {
		return v, nil
	}
	return nilObj, nameErr(name.String())
}

// mappingGet is m[k] with KeyError turned into a nil result.
func mappingGet(p *py.Thread, m, k Object) (Object, *py.Exception) {
	if d, ok := py.AsDict(m); ok && d.Obj().Type() == py.DictType {
		return d.Get(p, k)
	}
	v, e := py.GetItem(p, m, k)
	if e != nil && e.Matches(py.KeyErrorType) {
		return nilObj, nil
	}
	return v, e
}

func asCodeObj(o Object) *Code { return (*Code)(o.Ptr()) }

func asMethodObj(o Object) (*Method, bool) {
	if !o.IsNil() && o.Type() == MethodType {
		return (*Method)(o.Ptr()), true
	}
	return nil, false
}

func unpack(p *py.Thread, seq Object, dst []Object, before, after int) *py.Exception {
	var items []Object
	if tu, ok := py.AsTuple(seq); ok {
		items = tu.Items()
	} else if l, ok := py.AsList(seq); ok && l.Obj().Type() == py.ListType {
		items = l.Items()
	} else {
		if seq.Type().Slots().Iter == nil && seq.Type().Slots().GetItem == nil {
			return py.TypeError("cannot unpack non-iterable %s object", py.TypeName(seq))
		}
		it, e := py.GetIter(p, seq)
		if e != nil {
			return e
		}
		if after < 0 {
			// Exact unpacking: stop reading one past the expected count.
			for {
				v, e := py.Next(p, it)
				if e != nil {
					return e
				}
				if v.IsNil() {
					break
				}
				items = append(items, v)
				if len(items) > before {
					return py.ValueError("too many values to unpack (expected %d)", before)
				}
			}
		} else {
			items, e = py.SequenceItems(p, it)
			if e != nil {
				return e
			}
		}
	}
	n := len(items)
	if after < 0 {
		if n < before {
			return py.ValueError("not enough values to unpack (expected %d, got %d)", before, n)
		}
		if n > before {
			return py.ValueError("too many values to unpack (expected %d, got %d)", before, n)
		}
		copy(dst, items)
		return nil
	}
	if n < before+after {
		return py.ValueError("not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	copy(dst, items[:before])
	dst[before] = py.NewList(append([]Object(nil), items[before:n-after]...)).Obj()
	copy(dst[before+1:], items[n-after:])
	return nil
}

func dictUpdate(p *py.Thread, d *py.Dict, src Object, merge bool, callee Object) *py.Exception {
	if sd, ok := py.AsDict(src); ok {
		keys, vals := sd.Items()
		for i, k := range keys {
			if merge {
				old, e := d.Get(p, k)
				if e != nil {
					return e
				}
				if !old.IsNil() {
					ks, _ := py.StrS(p, k)
					return py.TypeError("%s got multiple values for keyword argument '%s'", funcDesc(callee), ks)
				}
			}
			if e := d.Set(p, k, vals[i]); e != nil {
				return e
			}
		}
		return nil
	}
	keysM, e := py.GetAttrOpt(p, src, "keys")
	if e != nil {
		return e
	}
	if keysM.IsNil() {
		if merge {
			return py.TypeError("%s argument after ** must be a mapping, not %s", funcDesc(callee), py.TypeName(src))
		}
		return py.TypeError("'%s' object is not a mapping", py.TypeName(src))
	}
	ks, e := py.Call(p, keysM, nil, nil)
	if e != nil {
		return e
	}
	items, e := py.SequenceItems(p, ks)
	if e != nil {
		return e
	}
	for _, k := range items {
		v, e := py.GetItem(p, src, k)
		if e != nil {
			return e
		}
		if merge {
			old, e := d.Get(p, k)
			if e != nil {
				return e
			}
			if !old.IsNil() {
				kstr, _ := py.StrS(p, k)
				return py.TypeError("%s got multiple values for keyword argument '%s'", funcDesc(callee), kstr)
			}
		}
		if e := d.Set(p, k, v); e != nil {
			return e
		}
	}
	return nil
}

// funcDesc names a callable in call errors: "f()" or "C.m()".
func funcDesc(f Object) string {
	if f.IsNil() {
		return "function"
	}
	// CPython's _PyObject_FunctionStr: "module.qualname()", without the
	// module for builtins.
	if fn := asFunction(f); fn != nil {
		if m, ok := py.AsStr(fn.Module); ok && m.String() != "builtins" {
			return m.String() + "." + fn.qual() + "()"
		}
		return fn.qual() + "()"
	}
	if m, ok := asMethodObj(f); ok {
		return funcDesc(m.Fn)
	}
	if ty := py.AsType(f); ty != nil {
		if ty.Module != "" && ty.Module != "builtins" {
			return ty.Module + "." + ty.Qualname + "()"
		}
		return ty.Name + "()"
	}
	if b, ok := f.Type(), true; ok && b == py.BuiltinFunctionType {
		return (*py.BuiltinFunction)(f.Ptr()).Name + "()"
	}
	return py.TypeName(f) + " object"
}

func isMapping(o Object) bool {
	t := o.Type()
	if t.Flags&py.FlagDictSubclass != 0 {
		return true
	}
	return !t.Lookup(py.Intern("__getitem__")).IsNil() && !t.Lookup(py.Intern("keys")).IsNil() && t.Flags&(py.FlagListSubclass|py.FlagTupleSubclass|py.FlagStrSubclass) == 0
}

func isSequence(o Object) bool {
	t := o.Type()
	if t.Flags&(py.FlagStrSubclass|py.FlagBytesSubclass|py.FlagDictSubclass) != 0 {
		return false
	}
	if t.Flags&(py.FlagListSubclass|py.FlagTupleSubclass) != 0 || t == py.RangeType {
		return true
	}
	return false
}

func asciiOf(p *py.Thread, o Object) (Object, *py.Exception) {
	s, e := py.ReprS(p, o)
	if e != nil {
		return nilObj, e
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString("\\x" + hex2(int(r), 2))
		case r < 0x10000:
			b.WriteString("\\u" + hex2(int(r), 4))
		default:
			b.WriteString("\\U" + hex2(int(r), 8))
		}
	}
	return py.NewStrObj(b.String()), nil
}

func hex2(v, n int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = digits[v&15]
		v >>= 4
	}
	return string(out)
}
