package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Calls and their arguments.

// callTrailer parses the call alternatives of primary after fn (which
// began at token index start), with the next token '(':
//
//	| primary genexp -> Call
//	| primary '(' [arguments] ')' -> Call
//
// It returns nil, with p.pos unchanged, when neither matches.
func (p *parser) callTrailer(fn ast.Expr, start int) ast.Expr {
	m := p.mark()
	if g := p.genexp(); g != nil {
		return &ast.Call{Span: p.spanFrom(start), Func: fn, Args: []ast.Expr{g}}
	}
	p.reset(m)
	return p.parenCall(fn, start)
}

// parenCall parses '(' [arguments] ')' after fn, building the Call.
func (p *parser) parenCall(fn ast.Expr, start int) ast.Expr {
	m := p.mark()
	if p.expect(token.LPAR) == nil {
		return nil
	}
	if p.check(token.RPAR) {
		p.pos++
		return &ast.Call{Span: p.spanFrom(start), Func: fn}
	}
	a := p.arguments()
	if p.expect(token.RPAR) == nil {
		p.reset(m)
		return nil
	}
	c := &ast.Call{Span: p.spanFrom(start), Func: fn}
	if a != nil {
		c.Args, c.Keywords = a.Args, a.Keywords
	}
	return c
}

// arguments (memo): args [','] &')' | invalid_arguments
//
// It returns a Call whose Func is nil: only Args and Keywords are
// meaningful (CPython's dummy call of the arguments rule).
func (p *parser) arguments() *ast.Call {
	if r, ok := p.memoGet(memoArguments); ok {
		c, _ := r.(*ast.Call)
		return c
	}
	start := p.pos
	c := p.argumentsRaw()
	if c == nil {
		p.memoPut(memoArguments, start, nil)
	} else {
		p.memoPut(memoArguments, start, c)
	}
	return c
}

func (p *parser) argumentsRaw() *ast.Call {
	start := p.mark()
	if c := p.args(); c != nil {
		p.expect(token.COMMA)
		if p.check(token.RPAR) {
			return c
		}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidArguments()
	}
	return nil
}

// args:
//
//	| ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
//	| kwargs
func (p *parser) args() *ast.Call {
	start := p.mark()
	if a := p.argItem(); a != nil {
		posargs := []ast.Expr{a}
		for p.check(token.COMMA) {
			m := p.mark()
			p.pos++
			e := p.argItem()
			if e == nil {
				p.reset(m)
				break
			}
			posargs = append(posargs, e)
		}
		c := &ast.Call{Args: posargs}
		if p.check(token.COMMA) {
			m := p.mark()
			p.pos++
			if kw := p.kwargs(); kw != nil {
				c.Args, c.Keywords = splitKwargs(posargs, kw)
			} else {
				p.reset(m)
			}
		}
		c.Span = p.spanFrom(start)
		return c
	}
	p.reset(start)
	kw := p.kwargs()
	if kw == nil {
		return nil
	}
	c := &ast.Call{Span: p.spanFrom(start)}
	c.Args, c.Keywords = splitKwargs(nil, kw)
	return c
}

// argItem: starred_expression | (assignment_expression | expression !':=') !'='
func (p *parser) argItem() ast.Expr {
	if e := p.starredExpression(); e != nil {
		return e
	}
	start := p.mark()
	e := p.assignmentExpression()
	if e == nil {
		e = p.expression()
		if e != nil && p.check(token.COLONEQUAL) {
			e = nil
		}
	}
	if e == nil || p.check(token.EQUAL) {
		p.reset(start)
		return nil
	}
	return e
}

// kwItem is an element of kwargs: a keyword argument, or a starred
// expression among them (which joins the positional arguments).
type kwItem struct {
	kw      *ast.Keyword
	starred ast.Expr
}

// splitKwargs is CPython's _PyPegen_collect_call_seqs: starred items of
// kwargs are appended to the positional arguments, keywords kept apart.
func splitKwargs(posargs []ast.Expr, kw []kwItem) ([]ast.Expr, []*ast.Keyword) {
	var keywords []*ast.Keyword
	for _, it := range kw {
		if it.kw != nil {
			keywords = append(keywords, it.kw)
		} else {
			posargs = append(posargs, it.starred)
		}
	}
	return posargs, keywords
}

// kwargs:
//
//	| ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
//	| ','.kwarg_or_starred+
//	| ','.kwarg_or_double_starred+
func (p *parser) kwargs() []kwItem {
	start := p.mark()
	if it, ok := p.kwargOrStarred(); ok {
		items := []kwItem{it}
		for p.check(token.COMMA) {
			m := p.mark()
			p.pos++
			it, ok := p.kwargOrStarred()
			if !ok {
				p.reset(m)
				break
			}
			items = append(items, it)
		}
		if p.check(token.COMMA) {
			m := p.mark()
			p.pos++
			if more := p.kwargOrDoubleStarredList(); more != nil {
				return append(items, more...)
			}
			p.reset(m)
		}
		return items
	}
	p.reset(start)
	return p.kwargOrDoubleStarredList()
}

// kwargOrDoubleStarredList: ','.kwarg_or_double_starred+
func (p *parser) kwargOrDoubleStarredList() []kwItem {
	it, ok := p.kwargOrDoubleStarred()
	if !ok {
		return nil
	}
	items := []kwItem{it}
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		it, ok := p.kwargOrDoubleStarred()
		if !ok {
			p.reset(m)
			break
		}
		items = append(items, it)
	}
	return items
}

// kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
func (p *parser) kwargOrStarred() (kwItem, bool) {
	if p.callInvalidRules {
		p.invalidKwarg()
	}
	if kw := p.nameKwarg(); kw != nil {
		return kwItem{kw: kw}, true
	}
	if e := p.starredExpression(); e != nil {
		return kwItem{starred: e}, true
	}
	return kwItem{}, false
}

// kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
func (p *parser) kwargOrDoubleStarred() (kwItem, bool) {
	if p.callInvalidRules {
		p.invalidKwarg()
	}
	if kw := p.nameKwarg(); kw != nil {
		return kwItem{kw: kw}, true
	}
	if p.check(token.DOUBLESTAR) {
		start := p.mark()
		p.pos++
		if e := p.expression(); e != nil {
			return kwItem{kw: &ast.Keyword{Span: p.spanFrom(start), Value: e}}, true
		}
		p.reset(start)
	}
	return kwItem{}, false
}

// nameKwarg: NAME '=' expression -> keyword
func (p *parser) nameKwarg() *ast.Keyword {
	t := p.peek()
	if t.Kind != token.NAME || p.peekAt(1).Kind != token.EQUAL {
		return nil
	}
	start := p.mark()
	p.pos += 2
	e := p.expression()
	if e == nil {
		p.reset(start)
		return nil
	}
	return &ast.Keyword{Span: p.spanFrom(start), Arg: t.Value, Value: e}
}

// starred_expression:
//
//	| invalid_starred_expression_unpacking
//	| '*' expression -> Starred
//	| invalid_starred_expression
func (p *parser) starredExpression() ast.Expr {
	if p.callInvalidRules {
		p.invalidStarredExpressionUnpacking()
	}
	if p.check(token.STAR) {
		start := p.mark()
		p.pos++
		if e := p.expression(); e != nil {
			return &ast.Starred{Span: p.spanFrom(start), Value: e, Ctx: ast.Load}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidStarredExpression()
	}
	return nil
}
