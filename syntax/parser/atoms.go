package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Atoms and displays: atom, group, tuple, list, set, dict.
//
// The displays try their alternatives in grammar order; the element
// expressions they share are memoized (expression, star_expression ...),
// so trying a tuple and then a group over the same text parses it once.

// atom:
//
//	| NAME
//	| 'True' | 'False' | 'None'
//	| &(STRING|FSTRING_START|TSTRING_START) strings
//	| NUMBER
//	| &'(' (tuple | group | genexp)
//	| &'[' (list | listcomp)
//	| &'{' (dict | set | dictcomp | setcomp)
//	| '...'
func (p *parser) atom() ast.Expr {
	t := p.peek()
	switch t.Kind {
	case token.NAME:
		p.pos++
		return nameExpr(t, ast.Load)
	case token.TRUE:
		p.pos++
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: true}
	case token.FALSE:
		p.pos++
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: false}
	case token.NONE:
		p.pos++
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: ast.None}
	case token.STRING, token.FSTRING_START, token.TSTRING_START:
		return p.strings()
	case token.NUMBER:
		p.pos++
		return p.numberConstant(t)
	case token.LPAR:
		p.enter()
		defer p.leave()
		if e := p.tuple(); e != nil {
			return e
		}
		if e := p.group(); e != nil {
			return e
		}
		return p.genexp()
	case token.LSQB:
		p.enter()
		defer p.leave()
		if e := p.list(); e != nil {
			return e
		}
		return p.listcomp()
	case token.LBRACE:
		p.enter()
		defer p.leave()
		if e := p.dict(); e != nil {
			return e
		}
		if e := p.set(); e != nil {
			return e
		}
		if e := p.dictcomp(); e != nil {
			return e
		}
		return p.setcomp()
	case token.ELLIPSIS:
		p.pos++
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: ast.Ellipsis}
	}
	return nil
}

// leave undoes enter.
func (p *parser) leave() { p.level-- }

// group:
//
//	| '(' (yield_expr | named_expression) ')'
//	| invalid_group
func (p *parser) group() ast.Expr {
	start := p.mark()
	if p.expect(token.LPAR) != nil {
		var a ast.Expr
		if p.check(token.YIELD) {
			a = p.yieldExpr()
		} else {
			a = p.namedExpression()
		}
		if a != nil && p.expect(token.RPAR) != nil {
			return a
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidGroup()
	}
	return nil
}

// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
func (p *parser) tuple() ast.Expr {
	start := p.mark()
	if p.expect(token.LPAR) == nil {
		return nil
	}
	if p.check(token.RPAR) {
		p.pos++
		return &ast.Tuple{Span: p.spanFrom(start), Ctx: ast.Load}
	}
	a := p.starNamedExpression()
	if a == nil || !p.check(token.COMMA) {
		p.reset(start)
		return nil
	}
	elts := p.starNamedExpressionsRest(a)
	if p.expect(token.RPAR) == nil {
		p.reset(start)
		return nil
	}
	return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Load}
}

// list: '[' [star_named_expressions] ']'
func (p *parser) list() ast.Expr {
	start := p.mark()
	if p.expect(token.LSQB) == nil {
		return nil
	}
	elts := p.starNamedExpressions()
	if p.expect(token.RSQB) == nil {
		p.reset(start)
		return nil
	}
	return &ast.List{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Load}
}

// set: '{' star_named_expressions '}'
func (p *parser) set() ast.Expr {
	start := p.mark()
	if p.expect(token.LBRACE) == nil {
		return nil
	}
	elts := p.starNamedExpressions()
	if elts == nil || p.expect(token.RBRACE) == nil {
		p.reset(start)
		return nil
	}
	return &ast.Set{Span: p.spanFrom(start), Elts: elts}
}

// dict:
//
//	| '{' [double_starred_kvpairs] '}'
//	| '{' invalid_double_starred_kvpairs '}'
func (p *parser) dict() ast.Expr {
	start := p.mark()
	if p.expect(token.LBRACE) == nil {
		return nil
	}
	keys, values := p.doubleStarredKvpairs()
	if p.expect(token.RBRACE) != nil {
		return &ast.Dict{Span: p.spanFrom(start), Keys: keys, Values: values}
	}
	p.reset(start + 1)
	if p.callInvalidRules {
		p.invalidDoubleStarredKvpairs()
	}
	p.reset(start)
	return nil
}

// double_starred_kvpairs: ','.double_starred_kvpair+ [',']
//
// It returns the keys and values (a nil key for a '**' item); nil slices
// when there is no pair.
func (p *parser) doubleStarredKvpairs() (keys, values []ast.Expr) {
	k, v, ok := p.doubleStarredKvpair()
	if !ok {
		return nil, nil
	}
	keys = append(keys, k)
	values = append(values, v)
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		k, v, ok := p.doubleStarredKvpair()
		if !ok {
			p.reset(m + 1) // the optional trailing comma
			break
		}
		keys = append(keys, k)
		values = append(values, v)
	}
	return keys, values
}

// double_starred_kvpair: '**' bitwise_or | kvpair
func (p *parser) doubleStarredKvpair() (k, v ast.Expr, ok bool) {
	if p.check(token.DOUBLESTAR) {
		start := p.mark()
		p.pos++
		if a := p.bitwiseOr(); a != nil {
			return nil, a, true
		}
		p.reset(start)
		return nil, nil, false
	}
	return p.kvpair()
}

// kvpair: expression ':' expression
func (p *parser) kvpair() (k, v ast.Expr, ok bool) {
	start := p.mark()
	a := p.expression()
	if a == nil || p.expect(token.COLON) == nil {
		p.reset(start)
		return nil, nil, false
	}
	b := p.expression()
	if b == nil {
		p.reset(start)
		return nil, nil, false
	}
	return a, b, true
}
