package compiler

import (
	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/ast"
)

// patState collects a case's captures: each name is captured into a
// temporary first and bound only when the whole pattern matched.
type patState struct {
	regs  map[string]int
	order []string
}

func (p *patState) reg(c *compiler, name string) int {
	if r, ok := p.regs[name]; ok {
		return r
	}
	r := c.tmp()
	p.regs[name] = r
	p.order = append(p.order, name)
	return r
}

func (c *compiler) match(s *ast.Match) {
	subj := c.exprTemp(s.Subject)
	end := c.newLabel()
	for i, mc := range s.Cases {
		m := c.mark()
		c.setLoc(mc.Pattern.GetSpan())
		next := c.newLabel()
		last := i == len(s.Cases)-1
		// An irrefutable last case without guard needs no test.
		ps := &patState{regs: map[string]int{}}
		c.pattern(mc.Pattern, subj, next, ps)
		for _, n := range ps.order {
			c.storeName(n, ps.regs[n])
		}
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, false, next)
		}
		c.stmts(mc.Body)
		if !last {
			c.setLoc(mc.Pattern.GetSpan())
			c.jump(bytecode.Jump, 0, 0, end)
		}
		c.bind(next)
		c.release(m)
	}
	c.bind(end)
}

// pattern matches register subj against p, jumping to fail on mismatch.
func (c *compiler) pattern(p ast.Pattern, subj int, fail label, ps *patState) {
	c.setLoc(p.GetSpan())
	switch p := p.(type) {
	case *ast.MatchValue:
		v := c.exprReg(p.Value)
		c.setLoc(&p.Span)
		c.jump(bytecode.JumpUnlessEq, subj, v, fail)
	case *ast.MatchSingleton:
		v := c.constReg(p.Value)
		c.jump(bytecode.JumpUnlessIs, subj, v, fail)
	case *ast.MatchAs:
		if p.Pattern != nil {
			c.pattern(p.Pattern, subj, fail, ps)
		}
		if p.Name != "" {
			c.emit(bytecode.Move, ps.reg(c, p.Name), subj, 0, 0)
		}
	case *ast.MatchStar:
		if p.Name != "" {
			c.emit(bytecode.Move, ps.reg(c, p.Name), subj, 0, 0)
		}
	case *ast.MatchOr:
		ok := c.newLabel()
		for i, alt := range p.Patterns {
			if i == len(p.Patterns)-1 {
				c.pattern(alt, subj, fail, ps)
				break
			}
			next := c.newLabel()
			c.pattern(alt, subj, next, ps)
			c.jump(bytecode.Jump, 0, 0, ok)
			c.bind(next)
		}
		c.bind(ok)
	case *ast.MatchSequence:
		c.jump(bytecode.JumpUnlessSequence, subj, 0, fail)
		star := -1
		for i, sp := range p.Patterns {
			if _, ok := sp.(*ast.MatchStar); ok {
				star = i
			}
		}
		n := c.tmp()
		c.emit(bytecode.GetLen, n, subj, 0, 0)
		if star < 0 {
			k := c.constReg(int64(len(p.Patterns)))
			c.jump(bytecode.JumpUnlessEq, n, k, fail)
		} else {
			k := c.constReg(int64(len(p.Patterns) - 1))
			c.jump(bytecode.JumpUnlessGe, n, k, fail)
		}
		if len(p.Patterns) == 0 {
			return
		}
		base := c.tmps(len(p.Patterns))
		if star < 0 {
			c.emit(bytecode.UnpackSequence, base, subj, len(p.Patterns), 0)
		} else {
			before, after := star, len(p.Patterns)-star-1
			if before > 255 || after > 255 {
				c.fail("too many sub-patterns in sequence pattern", &p.Span)
			}
			c.emit(bytecode.UnpackEx, base, subj, before|after<<8, 0)
		}
		for i, sp := range p.Patterns {
			c.pattern(sp, base+i, fail, ps)
		}
	case *ast.MatchMapping:
		c.jump(bytecode.JumpUnlessMapping, subj, 0, fail)
		if len(p.Keys) > 0 {
			n := c.tmp()
			c.emit(bytecode.GetLen, n, subj, 0, 0)
			k := c.constReg(int64(len(p.Keys)))
			c.jump(bytecode.JumpUnlessGe, n, k, fail)
		}
		kb := c.tmps(len(p.Keys))
		for i, k := range p.Keys {
			c.exprInto(k, kb+i)
		}
		keys := c.tmp()
		c.emit(bytecode.BuildTuple, keys, kb, len(p.Keys), 0)
		if len(p.Keys) > 0 {
			vals := c.tmp()
			c.emit(bytecode.MatchKeys, vals, subj, keys, 0)
			c.jump(bytecode.JumpIfNone, vals, 0, fail)
			base := c.tmps(len(p.Keys))
			c.emit(bytecode.UnpackSequence, base, vals, len(p.Keys), 0)
			for i, sp := range p.Patterns {
				c.pattern(sp, base+i, fail, ps)
			}
		}
		if p.Rest != "" {
			rest := c.tmp()
			c.emit(bytecode.BuildMap, rest, rest, 0, 0)
			c.emit(bytecode.DictUpdate, rest, subj, 0, 0)
			for i := range p.Keys {
				c.emit(bytecode.DeleteSubscr, 0, rest, kb+i, 0)
			}
			c.emit(bytecode.Move, ps.reg(c, p.Rest), rest, 0, 0)
		}
	case *ast.MatchClass:
		cls := c.exprTemp(p.Cls)
		c.setLoc(&p.Span)
		names := make(bytecode.Tuple, len(p.KwdAttrs))
		for i, a := range p.KwdAttrs {
			names[i] = a
		}
		if len(p.Patterns) > 255 {
			c.fail("too many sub-patterns in class pattern", &p.Span)
		}
		c.emit(bytecode.MatchClass, cls, subj, c.constIndex(names), uint8(len(p.Patterns)))
		c.jump(bytecode.JumpIfNone, cls, 0, fail)
		n := len(p.Patterns) + len(p.KwdPatterns)
		if n == 0 {
			return
		}
		base := c.tmps(n)
		c.emit(bytecode.UnpackSequence, base, cls, n, 0)
		for i, sp := range p.Patterns {
			c.pattern(sp, base+i, fail, ps)
		}
		for i, sp := range p.KwdPatterns {
			c.pattern(sp, base+len(p.Patterns)+i, fail, ps)
		}
	}
}
