package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Assignment and del targets, and the expression context conversion.

// star_targets:
//
//	| star_target !','
//	| star_target (',' star_target)* [','] -> Tuple(Store)
func (p *parser) starTargets() ast.Expr {
	start := p.mark()
	a := p.starTarget()
	if a == nil {
		return nil
	}
	if !p.check(token.COMMA) {
		return a
	}
	elts := []ast.Expr{a}
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		e := p.starTarget()
		if e == nil {
			p.reset(m + 1) // the optional trailing comma
			break
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Store}
}

// star_targets_list_seq: ','.star_target+ [',']
func (p *parser) starTargetsListSeq() []ast.Expr {
	a := p.starTarget()
	if a == nil {
		return nil
	}
	elts := []ast.Expr{a}
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		e := p.starTarget()
		if e == nil {
			p.reset(m + 1)
			break
		}
		elts = append(elts, e)
	}
	return elts
}

// star_targets_tuple_seq:
//
//	| star_target (',' star_target)+ [',']
//	| star_target ','
func (p *parser) starTargetsTupleSeq() []ast.Expr {
	start := p.mark()
	elts := p.starTargetsListSeq()
	if elts == nil {
		return nil
	}
	// One target needs its comma.
	if len(elts) == 1 && p.toks[p.pos-1].Kind != token.COMMA {
		p.reset(start)
		return nil
	}
	return elts
}

// star_target (memo):
//
//	| '*' (!'*' star_target) -> Starred(Store)
//	| target_with_star_atom
//
// Not memoized (see memoRule): 0.3% of its lookups hit on the stdlib;
// target_with_star_atom, which does the work, is memoized.
func (p *parser) starTarget() ast.Expr {
	start := p.pos
	var res ast.Expr
	if p.check(token.STAR) {
		p.pos++
		if !p.check(token.STAR) {
			p.enter()
			a := p.starTarget()
			p.level--
			if a != nil {
				res = &ast.Starred{Span: p.spanFrom(start), Value: setContext(a, ast.Store), Ctx: ast.Store}
			}
		}
		if res == nil {
			p.reset(start)
		}
	} else {
		res = p.targetWithStarAtom()
	}
	return res
}

// target_with_star_atom (memo):
//
//	| t_primary '.' NAME !t_lookahead -> Attribute(Store)
//	| t_primary '[' slices ']' !t_lookahead -> Subscript(Store)
//	| star_atom
//
// Memoized although under 1% of its lookups hit on the stdlib: star_atom
// tries it twice at each level of nested brackets ('(' target ')' and then
// as a tuple), which is exponential without it.
func (p *parser) targetWithStarAtom() ast.Expr {
	if r, ok := p.memoGet(memoTargetWithStarAtom); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.pos
	res := p.attrOrSubscriptTarget(ast.Store)
	if res == nil {
		res = p.starAtom()
	}
	p.memoPut(memoTargetWithStarAtom, start, res)
	return res
}

// attrOrSubscriptTarget parses the two alternatives shared by
// target_with_star_atom, single_subscript_attribute_target and
// del_target, building the node with context ctx:
//
//	| t_primary '.' NAME !t_lookahead
//	| t_primary '[' slices ']' !t_lookahead
func (p *parser) attrOrSubscriptTarget(ctx ast.ExprContext) ast.Expr {
	start := p.mark()
	a := p.tPrimary()
	if a == nil {
		return nil
	}
	switch p.peek().Kind {
	case token.DOT:
		if n := p.peekAt(1); n.Kind == token.NAME {
			p.pos += 2
			if !p.tLookahead() {
				return &ast.Attribute{Span: p.spanFrom(start), Value: a, Attr: n.Value, Ctx: ctx}
			}
		}
	case token.LSQB:
		p.pos++
		if s := p.slices(); s != nil && p.expect(token.RSQB) != nil && !p.tLookahead() {
			return &ast.Subscript{Span: p.spanFrom(start), Value: a, Slice: s, Ctx: ctx}
		}
	}
	p.reset(start)
	return nil
}

// star_atom:
//
//	| NAME -> Name(Store)
//	| '(' target_with_star_atom ')'
//	| '(' [star_targets_tuple_seq] ')' -> Tuple(Store)
//	| '[' [star_targets_list_seq] ']' -> List(Store)
func (p *parser) starAtom() ast.Expr {
	start := p.mark()
	t := p.peek()
	switch t.Kind {
	case token.NAME:
		p.pos++
		return nameExpr(t, ast.Store)
	case token.LPAR:
		p.pos++
		p.enter()
		defer p.leave()
		if a := p.targetWithStarAtom(); a != nil && p.expect(token.RPAR) != nil {
			return setContext(a, ast.Store)
		}
		p.reset(start + 1)
		elts := p.starTargetsTupleSeq()
		if p.expect(token.RPAR) != nil {
			return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Store}
		}
	case token.LSQB:
		p.pos++
		p.enter()
		defer p.leave()
		elts := p.starTargetsListSeq()
		if p.expect(token.RSQB) != nil {
			return &ast.List{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Store}
		}
	}
	p.reset(start)
	return nil
}

// single_target:
//
//	| single_subscript_attribute_target
//	| NAME -> Name(Store)
//	| '(' single_target ')'
func (p *parser) singleTarget() ast.Expr {
	if a := p.singleSubscriptAttributeTarget(); a != nil {
		return a
	}
	t := p.peek()
	switch t.Kind {
	case token.NAME:
		p.pos++
		return nameExpr(t, ast.Store)
	case token.LPAR:
		start := p.mark()
		p.pos++
		p.enter()
		a := p.singleTarget()
		p.level--
		if a != nil && p.expect(token.RPAR) != nil {
			return a
		}
		p.reset(start)
	}
	return nil
}

// single_subscript_attribute_target:
//
//	| t_primary '.' NAME !t_lookahead -> Attribute(Store)
//	| t_primary '[' slices ']' !t_lookahead -> Subscript(Store)
func (p *parser) singleSubscriptAttributeTarget() ast.Expr {
	return p.attrOrSubscriptTarget(ast.Store)
}

// t_primary (memo, left-recursive):
//
//	| t_primary '.' NAME &t_lookahead -> Attribute
//	| t_primary '[' slices ']' &t_lookahead -> Subscript
//	| t_primary genexp &t_lookahead -> Call
//	| t_primary '(' [arguments] ')' &t_lookahead -> Call
//	| atom &t_lookahead
func (p *parser) tPrimary() ast.Expr {
	if r, ok := p.memoGet(memoTPrimary); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.pos
	res := p.tPrimaryRaw()
	p.memoPut(memoTPrimary, start, res)
	return res
}

func (p *parser) tPrimaryRaw() ast.Expr {
	start := p.mark()
	a := p.atom()
	if a == nil || !p.tLookahead() {
		p.reset(start)
		return nil
	}
	for {
		m := p.mark()
		switch p.peek().Kind {
		case token.DOT:
			if n := p.peekAt(1); n.Kind == token.NAME {
				p.pos += 2
				if p.tLookahead() {
					a = &ast.Attribute{Span: p.spanFrom(start), Value: a, Attr: n.Value, Ctx: ast.Load}
					continue
				}
			}
		case token.LSQB:
			p.pos++
			if s := p.slices(); s != nil && p.expect(token.RSQB) != nil && p.tLookahead() {
				a = &ast.Subscript{Span: p.spanFrom(start), Value: a, Slice: s, Ctx: ast.Load}
				continue
			}
		case token.LPAR:
			if g := p.genexp(); g != nil && p.tLookahead() {
				a = &ast.Call{Span: p.spanFrom(start), Func: a, Args: []ast.Expr{g}}
				continue
			}
			p.reset(m)
			if c := p.parenCall(a, start); c != nil && p.tLookahead() {
				a = c
				continue
			}
		}
		p.reset(m)
		return a
	}
}

// t_lookahead: '(' | '[' | '.'
func (p *parser) tLookahead() bool {
	switch p.peek().Kind {
	case token.LPAR, token.LSQB, token.DOT:
		return true
	}
	return false
}

// del_targets: ','.del_target+ [',']
func (p *parser) delTargets() []ast.Expr {
	a := p.delTarget()
	if a == nil {
		return nil
	}
	elts := []ast.Expr{a}
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		e := p.delTarget()
		if e == nil {
			p.reset(m + 1)
			break
		}
		elts = append(elts, e)
	}
	return elts
}

// del_target (memo):
//
//	| t_primary '.' NAME !t_lookahead -> Attribute(Del)
//	| t_primary '[' slices ']' !t_lookahead -> Subscript(Del)
//	| del_t_atom
func (p *parser) delTarget() ast.Expr {
	if r, ok := p.memoGet(memoDelTarget); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.pos
	res := p.attrOrSubscriptTarget(ast.Del)
	if res == nil {
		res = p.delTAtom()
	}
	p.memoPut(memoDelTarget, start, res)
	return res
}

// del_t_atom:
//
//	| NAME -> Name(Del)
//	| '(' del_target ')'
//	| '(' [del_targets] ')' -> Tuple(Del)
//	| '[' [del_targets] ']' -> List(Del)
func (p *parser) delTAtom() ast.Expr {
	start := p.mark()
	t := p.peek()
	switch t.Kind {
	case token.NAME:
		p.pos++
		return nameExpr(t, ast.Del)
	case token.LPAR:
		p.pos++
		p.enter()
		defer p.leave()
		if a := p.delTarget(); a != nil && p.expect(token.RPAR) != nil {
			return setContext(a, ast.Del)
		}
		p.reset(start + 1)
		elts := p.delTargets()
		if p.expect(token.RPAR) != nil {
			return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Del}
		}
	case token.LSQB:
		p.pos++
		p.enter()
		defer p.leave()
		elts := p.delTargets()
		if p.expect(token.RSQB) != nil {
			return &ast.List{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Del}
		}
	}
	p.reset(start)
	return nil
}

// annotated_rhs: yield_expr | star_expressions
func (p *parser) annotatedRhs() ast.Expr {
	if p.check(token.YIELD) {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// setContext is CPython's _PyPegen_set_expr_context: it gives e (and,
// through tuples, lists and starred expressions, its elements) the
// context ctx. The nodes are modified in place: they were built for this
// target and nothing else refers to them... except memoized results, so
// it copies the nodes whose context changes.
func setContext(e ast.Expr, ctx ast.ExprContext) ast.Expr {
	switch n := e.(type) {
	case *ast.Name:
		if n.Ctx == ctx {
			return n
		}
		c := *n
		c.Ctx = ctx
		return &c
	case *ast.Attribute:
		if n.Ctx == ctx {
			return n
		}
		c := *n
		c.Ctx = ctx
		return &c
	case *ast.Subscript:
		if n.Ctx == ctx {
			return n
		}
		c := *n
		c.Ctx = ctx
		return &c
	case *ast.Starred:
		c := *n
		c.Value = setContext(n.Value, ctx)
		c.Ctx = ctx
		return &c
	case *ast.List:
		c := *n
		c.Elts = setContextAll(n.Elts, ctx)
		c.Ctx = ctx
		return &c
	case *ast.Tuple:
		c := *n
		c.Elts = setContextAll(n.Elts, ctx)
		c.Ctx = ctx
		return &c
	}
	return e
}

func setContextAll(elts []ast.Expr, ctx ast.ExprContext) []ast.Expr {
	if elts == nil {
		return nil
	}
	out := make([]ast.Expr, len(elts))
	for i, e := range elts {
		out[i] = setContext(e, ctx)
	}
	return out
}
