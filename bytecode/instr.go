// Package bytecode defines pygo's instruction set and the compiled unit,
// Code, that the compiler produces and the VM executes.
//
// The machine is register based. Every frame has NRegs registers; each
// holds one object (or nothing: a nil register is an unbound local).
// Registers are laid out like CPython's "localsplus":
//
//	[0, len(VarNames))             fast locals, parameters first
//	[len(VarNames), FreeStart)     cells of CellVars that are not parameters
//	[FreeStart, FreeStart+len(FreeVars))  free variables (closure cells)
//	[TempStart, NRegs)             temporaries
//
// A register listed in CellRegs (and every free-variable register) holds a
// cell object, never the variable's value: the DEREF ops go through it.
//
// An instruction is one 64-bit word:
//
//	bits  0..7   op
//	bits  8..23  A   (16 bits)
//	bits 24..39  B   (16 bits)
//	bits 40..55  C   (16 bits)
//	bits 56..63  X   (8 bits)
//
// There is no EXTENDED_ARG: registers, constants and names are 16-bit
// indexes. Jump targets are absolute instruction indexes of 24 bits held
// in C (low 16 bits) and X (high 8 bits); ops that jump therefore have no
// cache. Ops with an inline cache (LOAD_GLOBAL, LOAD_ATTR, LOAD_METHOD,
// STORE_ATTR, CALL*, the binary operators and BINARY_SUBSCR) carry the
// cache slot in X: 1..255 name slot X-1 of the code's NCaches slots, 0
// means the site has no cache (the compiler ran out of slots; the op then
// always takes its generic path).
//
// Unbound locals: a register read as a value must not be nil. Every op
// that reads a register as a value checks it and raises UnboundLocalError
// ("cannot access local variable 'NAME' where it is not associated with a
// value", NAME = VarNames[r]) when it is nil, so the compiler needs no
// definite-assignment analysis and emits no checks of its own (the check is
// one pointer compare, folded into the type checks of quickened ops).
// Temporaries are always written before they are read. Exceptions: MOVE_RAW
// and CLEAR, and the self slot of CALL_METHOD (nil means "no self").
//
// NoReg (0xFFFF) in a register operand means "absent" where a doc comment
// allows it.
//
// Exceptions are handled by table (Code.ExcTable), never by setup ops: when
// an instruction raises, the VM finds the innermost entry whose [Start, End)
// covers the instruction, stores the exception in register Entry.Reg and
// continues at Entry.Handler. With no entry the frame is popped and the
// exception propagates to the caller. Registers keep their values across
// the jump, so a handler needs no stack depth.
package bytecode

// Instr is one instruction word.
type Instr uint64

// Op is an opcode.
type Op uint8

// NoReg marks an absent register operand.
const NoReg = 0xFFFF

// MaxJump is one past the largest encodable jump target.
const MaxJump = 1 << 24

// Make builds an instruction from its fields.
func Make(op Op, a, b, c int, x uint8) Instr {
	return Instr(op) | Instr(uint16(a))<<8 | Instr(uint16(b))<<24 | Instr(uint16(c))<<40 | Instr(x)<<56
}

// MakeJump builds a jump instruction: A and B are operands, target goes
// into C and X.
func MakeJump(op Op, a, b, target int) Instr {
	return Make(op, a, b, target&0xFFFF, uint8(target>>16))
}

// Op returns the opcode.
func (i Instr) Op() Op { return Op(i) }

// A returns operand A.
func (i Instr) A() int { return int(i >> 8 & 0xFFFF) }

// B returns operand B.
func (i Instr) B() int { return int(i >> 24 & 0xFFFF) }

// C returns operand C.
func (i Instr) C() int { return int(i >> 40 & 0xFFFF) }

// X returns the 8-bit operand X.
func (i Instr) X() int { return int(i >> 56) }

// Target returns the jump target of a jump instruction (C | X<<16).
func (i Instr) Target() int { return i.C() | i.X()<<16 }

// SetTarget returns the instruction with its jump target replaced.
func (i Instr) SetTarget(t int) Instr {
	return i&^(Instr(0xFFFF)<<40|Instr(0xFF)<<56) | Instr(uint16(t))<<40 | Instr(uint8(t>>16))<<56
}

// SetX returns the instruction with X replaced.
func (i Instr) SetX(x uint8) Instr { return i&^(Instr(0xFF)<<56) | Instr(x)<<56 }
