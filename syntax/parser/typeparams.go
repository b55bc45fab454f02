package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// PEP 695 type parameters (with PEP 696 defaults) and the type statement.

// typeAlias: "type" n=NAME t=[type_params] '=' b=expression
func (p *parser) typeAlias() ast.Stmt {
	start := p.mark()
	if p.expectSoftKeyword("type") == nil {
		return nil
	}
	name := p.expect(token.NAME)
	if name == nil {
		p.reset(start)
		return nil
	}
	tparams := p.optTypeParams()
	if p.expect(token.EQUAL) == nil {
		p.reset(start)
		return nil
	}
	value := p.expression()
	if value == nil {
		p.reset(start)
		return nil
	}
	return &ast.TypeAlias{Span: p.spanFrom(start), Name: nameExpr(name, ast.Store), TypeParams: tparams, Value: value}
}

// optTypeParams parses the optional [type_params] of a def, class or type
// statement; nil when absent.
func (p *parser) optTypeParams() []ast.TypeParam {
	if !p.check(token.LSQB) {
		return nil
	}
	return p.typeParams()
}

// typeParams:
//
//	| invalid_type_params
//	| '[' t=type_param_seq ']'
//
// type_param_seq: ','.type_param+ [',']
func (p *parser) typeParams() []ast.TypeParam {
	if p.callInvalidRules {
		p.invalidTypeParams()
	}
	start := p.mark()
	if p.expect(token.LSQB) == nil {
		return nil
	}
	var list []ast.TypeParam
	for {
		tp := p.typeParam()
		if tp == nil {
			break
		}
		list = append(list, tp)
		if p.expect(token.COMMA) == nil {
			break
		}
	}
	if list == nil || p.expect(token.RSQB) == nil {
		p.reset(start)
		return nil
	}
	return list
}

// typeParam:
//
//	type_param (memo):
//	    | a=NAME b=[type_param_bound] c=[type_param_default]    TypeVar
//	    | invalid_type_param
//	    | '*' a=NAME b=[type_param_starred_default]              TypeVarTuple
//	    | '**' a=NAME b=[type_param_default]                     ParamSpec
//
// type_param_bound: ':' expression; type_param_default: '=' expression;
// type_param_starred_default: '=' star_expression.
func (p *parser) typeParam() ast.TypeParam {
	start := p.mark()
	if name := p.expect(token.NAME); name != nil {
		var bound ast.Expr
		if m := p.mark(); p.expect(token.COLON) != nil {
			if bound = p.expression(); bound == nil {
				p.reset(m)
			}
		}
		def := p.typeParamDefault(false)
		return &ast.TypeVar{Span: p.spanFrom(start), Name: name.Value, Bound: bound, DefaultValue: def}
	}
	if p.callInvalidRules {
		p.invalidTypeParam()
	}
	switch p.peek().Kind {
	case token.STAR:
		p.next()
		if name := p.expect(token.NAME); name != nil {
			def := p.typeParamDefault(true)
			return &ast.TypeVarTuple{Span: p.spanFrom(start), Name: name.Value, DefaultValue: def}
		}
	case token.DOUBLESTAR:
		p.next()
		if name := p.expect(token.NAME); name != nil {
			def := p.typeParamDefault(false)
			return &ast.ParamSpec{Span: p.spanFrom(start), Name: name.Value, DefaultValue: def}
		}
	}
	p.reset(start)
	return nil
}

// typeParamDefault parses an optional "'=' expression" (or, for a
// TypeVarTuple, "'=' star_expression").
func (p *parser) typeParamDefault(starred bool) ast.Expr {
	m := p.mark()
	if p.expect(token.EQUAL) == nil {
		return nil
	}
	var e ast.Expr
	if starred {
		e = p.starExpression()
	} else {
		e = p.expression()
	}
	if e == nil {
		p.reset(m)
	}
	return e
}
