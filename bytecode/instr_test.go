package bytecode

import (
	"strings"
	"testing"

	"github.com/pygo/pygo/syntax/ast"
)

func TestEncoding(t *testing.T) {
	in := Make(Add, 0xFFFE, 7, 0x1234, 200)
	if in.Op() != Add || in.A() != 0xFFFE || in.B() != 7 || in.C() != 0x1234 || in.X() != 200 {
		t.Fatalf("fields: %v %d %d %d %d", in.Op(), in.A(), in.B(), in.C(), in.X())
	}
	j := MakeJump(ForIter, 3, 4, 0xABCDEF)
	if j.Target() != 0xABCDEF || j.A() != 3 || j.B() != 4 {
		t.Fatalf("jump: %d %d %d", j.Target(), j.A(), j.B())
	}
	if j.SetTarget(5).Target() != 5 || j.SetTarget(5).A() != 3 {
		t.Fatal("SetTarget")
	}
	m := Make(CallMethod, 10, 2, 0, 1).MapRegs(func(r int) int { return r + 100 })
	if m.A() != 110 || m.B() != 2 || m.X() != 1 {
		t.Fatalf("MapRegs changed an immediate: %d %d", m.A(), m.B())
	}
	if Make(Raise, NoReg, NoReg, 0, 0).MapRegs(func(r int) int { return 1 }).A() != NoReg {
		t.Fatal("MapRegs touched NoReg")
	}
}

func TestOpTable(t *testing.T) {
	seen := map[string]bool{}
	for o := Op(0); o < NumOps; o++ {
		n := o.String()
		if n == "" || seen[n] {
			t.Errorf("op %d: name %q missing or duplicated", o, n)
		}
		seen[n] = true
	}
	if !JumpUnlessLt.IsJump() || Add.IsJump() || !LoadAttr.HasCache() || ForIter.HasCache() {
		t.Error("op kinds")
	}
}

func TestValidate(t *testing.T) {
	good := &Code{QualName: "f", NRegs: 2, Consts: []any{ast.None},
		Instrs: []Instr{Make(LoadConst, 1, 0, 0, 0), Make(Return, 1, 0, 0, 0)},
		Locs:   []Loc{{1, 1, 0, 1}, {1, 1, 0, 1}}}
	if p := good.Validate(); len(p) != 0 {
		t.Fatalf("valid code rejected: %v", p)
	}
	bad := &Code{QualName: "g", NRegs: 1, Consts: []any{ast.None},
		Instrs:   []Instr{Make(BuildTuple, 0, 0, 3, 0), MakeJump(Jump, 0, 0, 9), Make(LoadConst, 0, 5, 0, 0)},
		Locs:     []Loc{{1, 1, 0, 1}, {0, 0, 0, 0}, {1, 1, 0, 1}},
		ExcTable: []ExcEntry{{Start: 2, End: 1, Handler: 0}}}
	p := strings.Join(bad.Validate(), "\n")
	for _, want := range []string{"registers 0..2 beyond 1", "jump target 9", "constant 5", "bad location", "run off its end", "bad exception entry"} {
		if !strings.Contains(p, want) {
			t.Errorf("Validate missed %q in:\n%s", want, p)
		}
	}
}

func TestDisassemble(t *testing.T) {
	c := &Code{Name: "f", QualName: "f", Filename: "x.py", FirstLineNo: 1, NRegs: 2, VarNames: []string{"a"},
		Consts: []any{int64(5), Tuple{"k", 1.5}},
		Instrs: []Instr{Make(LoadConst, 1, 1, 0, 0), MakeJump(JumpUnlessLt, 0, 1, 2), Make(Return, 0, 0, 0, 0)},
		Locs:   []Loc{{1, 1, 0, 1}, {2, 2, 0, 1}, {2, 2, 0, 1}}}
	d := c.Disassemble()
	for _, want := range []string{"LOAD_CONST             r1 k1=('k', 1.5)", "JUMP_UNLESS_LT         r0(a) r1 ->2", "    2    1"} {
		if !strings.Contains(d, want) {
			t.Errorf("missing %q in\n%s", want, d)
		}
	}
}
