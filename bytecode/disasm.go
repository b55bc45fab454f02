package bytecode

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pygo/pygo/syntax/ast"
)

func mathFloat64bits(f float64) uint64 { return math.Float64bits(f) }

// ConstRepr renders a constant as Python's repr would (close enough for
// debugging output: strings use Go quoting rules adapted to Python's).
func ConstRepr(v any) string {
	switch x := v.(type) {
	case ast.NoneType:
		return "None"
	case ast.EllipsisType:
		return "Ellipsis"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return floatRepr(x)
	case complex128:
		if real(x) == 0 && !math.Signbit(real(x)) {
			return floatRepr(imag(x)) + "j"
		}
		return "(" + floatRepr(real(x)) + "+" + floatRepr(imag(x)) + "j)"
	case string:
		return pyQuote(x, "")
	case ast.Bytes:
		return pyQuote(string(x), "b")
	case Tuple:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = ConstRepr(e)
		}
		if len(x) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case FrozenSet:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = ConstRepr(e)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case *Code:
		return "<code " + x.QualName + ">"
	}
	return fmt.Sprintf("%v", v)
}

func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIn") {
		s += ".0"
	}
	return s
}

func pyQuote(s, prefix string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f || (prefix == "b" && r > 0x7f):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// Disassemble returns a listing of the code and, after it, of every nested
// code object. The format is pygo's own:
//
//	code QUALNAME (NAME) file:line flags=... args=... regs=...
//	  LINE  PC  OPNAME  operands  ; comment
//	exception table: START-END -> HANDLER rREG
func (c *Code) Disassemble() string {
	var b strings.Builder
	c.disassemble(&b)
	return b.String()
}

func (c *Code) disassemble(b *strings.Builder) {
	fmt.Fprintf(b, "code %s (%s) %s:%d flags=%s args=%d/%d/%d regs=%d tempstart=%d\n",
		c.QualName, c.Name, c.Filename, c.FirstLineNo, c.Flags, c.PosOnlyArgCount, c.ArgCount, c.KwOnlyArgCount, c.NRegs, c.TempStart)
	if len(c.VarNames) > 0 {
		fmt.Fprintf(b, "  varnames: %s\n", strings.Join(c.VarNames, ", "))
	}
	if len(c.CellVars) > 0 {
		fmt.Fprintf(b, "  cellvars: %s\n", strings.Join(c.CellVars, ", "))
	}
	if len(c.FreeVars) > 0 {
		fmt.Fprintf(b, "  freevars: %s\n", strings.Join(c.FreeVars, ", "))
	}
	lastLine := int32(-1)
	for pc, in := range c.Instrs {
		line := "     "
		if pc < len(c.Locs) && c.Locs[pc].Line != lastLine {
			lastLine = c.Locs[pc].Line
			line = fmt.Sprintf("%5d", lastLine)
		}
		fmt.Fprintf(b, "%s %4d  %-22s %s\n", line, pc, in.Op(), c.operands(in))
	}
	for _, e := range c.ExcTable {
		fmt.Fprintf(b, "  except %d-%d -> %d r%d\n", e.Start, e.End, e.Handler, e.Reg)
	}
	for _, n := range c.Nested {
		b.WriteByte('\n')
		n.disassemble(b)
	}
}

func (c *Code) reg(r int) string {
	if r == NoReg {
		return "-"
	}
	s := "r" + strconv.Itoa(r)
	if r < len(c.VarNames) {
		s += "(" + c.VarNames[r] + ")"
	} else {
		for i, cr := range c.CellRegs {
			if cr == r {
				return s + "(cell " + c.CellVars[i] + ")"
			}
		}
		if r >= c.FreeStart && r-c.FreeStart < len(c.FreeVars) {
			s += "(free " + c.FreeVars[r-c.FreeStart] + ")"
		}
	}
	return s
}

func (c *Code) operands(in Instr) string {
	op := in.Op()
	if op >= NumOps {
		return "?"
	}
	k := opKinds[op]
	vals := [4]int{in.A(), in.B(), in.C(), in.X()}
	var parts []string
	for i := 0; i < 4; i++ {
		v := vals[i]
		switch k[i] {
		case kR, kW, kRW:
			parts = append(parts, c.reg(v))
		case kK:
			if v < len(c.Consts) {
				parts = append(parts, "k"+strconv.Itoa(v)+"="+trunc(ConstRepr(c.Consts[v])))
			} else {
				parts = append(parts, "k"+strconv.Itoa(v)+"=?")
			}
		case kN:
			if v < len(c.Names) {
				parts = append(parts, "n"+strconv.Itoa(v)+"="+c.Names[v])
			} else {
				parts = append(parts, "n"+strconv.Itoa(v)+"=?")
			}
		case kI:
			parts = append(parts, strconv.Itoa(v))
		case kT:
			parts = append(parts, "->"+strconv.Itoa(in.Target()))
			i = 3
		case kCache:
			if v != 0 {
				parts = append(parts, "$"+strconv.Itoa(v))
			}
		case kFlags:
			if v&FreshB != 0 {
				parts = append(parts, "fresh:b")
			}
			if v&FreshC != 0 {
				parts = append(parts, "fresh:c")
			}
		}
	}
	return strings.Join(parts, " ")
}

func trunc(s string) string {
	if len(s) > 40 {
		return s[:37] + "..."
	}
	return s
}

var flagNames = []struct {
	f Flags
	n string
}{{Optimized, "OPTIMIZED"}, {NewLocals, "NEWLOCALS"}, {Varargs, "VARARGS"}, {Varkeywords, "VARKEYWORDS"},
	{Nested, "NESTED"}, {Generator, "GENERATOR"}, {NoFree, "NOFREE"}, {Coroutine, "COROUTINE"},
	{IterableCoroutine, "ITERABLE_COROUTINE"}, {AsyncGenerator, "ASYNC_GENERATOR"},
	{HasDocstring, "HAS_DOCSTRING"}, {Method, "METHOD"}}

func (f Flags) String() string {
	var p []string
	for _, n := range flagNames {
		if f&n.f != 0 {
			p = append(p, n.n)
		}
	}
	if len(p) == 0 {
		return "0"
	}
	return strings.Join(p, "|")
}

// Validate checks the structural invariants of the code and its nested
// codes: operands in range, jump targets inside the code, exception-table
// entries well formed, one location per instruction. It returns the
// problems found (nil if none).
func (c *Code) Validate() []string {
	var errs []string
	bad := func(format string, args ...any) {
		errs = append(errs, c.QualName+": "+fmt.Sprintf(format, args...))
	}
	if len(c.Locs) != len(c.Instrs) {
		bad("%d locations for %d instructions", len(c.Locs), len(c.Instrs))
	}
	for pc, in := range c.Instrs {
		op := in.Op()
		if op >= NumOps {
			bad("pc %d: bad opcode %d", pc, op)
			continue
		}
		in.RegOperands(func(base, n int) {
			if base < 0 || base+n > c.NRegs {
				bad("pc %d: %s registers %d..%d beyond %d", pc, op, base, base+n-1, c.NRegs)
			}
		})
		k := opKinds[op]
		vals := [3]int{in.A(), in.B(), in.C()}
		for i, v := range vals {
			switch k[i] {
			case kK:
				if v >= len(c.Consts) || (op == ImportName && v+1 >= len(c.Consts)) {
					bad("pc %d: %s constant %d out of range", pc, op, v)
				}
			case kN:
				if v >= len(c.Names) {
					bad("pc %d: %s name %d out of range", pc, op, v)
				}
			case kT:
				if t := in.Target(); t < 0 || t >= len(c.Instrs) {
					bad("pc %d: %s jump target %d out of range", pc, op, t)
				}
			}
		}
		if op.HasCache() && in.X() > c.NCaches {
			bad("pc %d: cache slot %d beyond %d", pc, in.X(), c.NCaches)
		}
		if op == MakeFunction {
			if _, ok := c.Consts[in.B()].(*Code); !ok {
				bad("pc %d: MAKE_FUNCTION of a non-code constant", pc)
			}
		}
		if pc < len(c.Locs) {
			l := c.Locs[pc]
			if l.Line < 1 || l.EndLine < l.Line || l.Col < 0 || (l.EndLine == l.Line && l.EndCol < l.Col) {
				bad("pc %d: bad location %v", pc, l)
			}
		}
	}
	if n := len(c.Instrs); n > 0 {
		switch c.Instrs[n-1].Op() {
		case Return, ReturnConst, Jump, Raise, Reraise, EndAsyncFor, CleanupThrow:
		default:
			bad("the code can run off its end (last op %s)", c.Instrs[n-1].Op())
		}
	} else {
		bad("no instructions")
	}
	for _, e := range c.ExcTable {
		if e.Start < 0 || e.Start >= e.End || int(e.End) > len(c.Instrs) || e.Handler < 0 || int(e.Handler) >= len(c.Instrs) || int(e.Reg) >= c.NRegs {
			bad("bad exception entry %+v", e)
		}
	}
	if len(c.CellRegs) != len(c.CellVars) {
		bad("%d cell registers for %d cells", len(c.CellRegs), len(c.CellVars))
	}
	for _, n := range c.Nested {
		errs = append(errs, n.Validate()...)
	}
	return errs
}
