package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Lambda expressions. The parameter rules mirror those of def (params.go)
// without annotations or type comments, and a parameter list ends at ':'
// instead of ')'. The argument node is assembled by makeArguments, shared
// with def.

// lambdef: 'lambda' [lambda_params] ':' expression
func (p *parser) lambdef() ast.Expr {
	start := p.mark()
	if p.expect(token.LAMBDA) == nil {
		return nil
	}
	p.enter()
	defer p.leave()
	args := p.lambdaParams()
	if p.expect(token.COLON) == nil {
		p.reset(start)
		return nil
	}
	body := p.expression()
	if body == nil {
		p.reset(start)
		return nil
	}
	if args == nil {
		args = &ast.Arguments{}
	}
	return &ast.Lambda{Span: p.spanFrom(start), Args: args, Body: body}
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
func (p *parser) lambdaParams() *ast.Arguments {
	if p.callInvalidRules {
		p.invalidLambdaParameters()
	}
	return p.lambdaParameters()
}

// lambda_parameters:
//
//	| lambda_slash_no_default lambda_param_no_default* lambda_param_with_default* [lambda_star_etc]
//	| lambda_slash_with_default lambda_param_with_default* [lambda_star_etc]
//	| lambda_param_no_default+ lambda_param_with_default* [lambda_star_etc]
//	| lambda_param_with_default+ [lambda_star_etc]
//	| lambda_star_etc
func (p *parser) lambdaParameters() *ast.Arguments {
	if slash := p.lambdaSlashNoDefault(); slash != nil {
		plain := p.lambdaParamNoDefaultStar()
		withDef := p.lambdaParamWithDefaultStar()
		se := p.lambdaStarEtc()
		return makeArguments(slash, nil, plain, withDef, se)
	}
	if plain, withDef, ok := p.lambdaSlashWithDefault(); ok {
		more := p.lambdaParamWithDefaultStar()
		se := p.lambdaStarEtc()
		return makeArguments(plain, withDef, nil, more, se)
	}
	if plain := p.lambdaParamNoDefaultStar(); plain != nil {
		withDef := p.lambdaParamWithDefaultStar()
		se := p.lambdaStarEtc()
		return makeArguments(nil, nil, plain, withDef, se)
	}
	if withDef := p.lambdaParamWithDefaultStar(); withDef != nil {
		se := p.lambdaStarEtc()
		return makeArguments(nil, nil, nil, withDef, se)
	}
	if se := p.lambdaStarEtc(); se != nil {
		return makeArguments(nil, nil, nil, nil, se)
	}
	return nil
}

// lambda_slash_no_default:
//
//	| lambda_param_no_default+ '/' ','
//	| lambda_param_no_default+ '/' &':'
func (p *parser) lambdaSlashNoDefault() []*ast.Arg {
	start := p.mark()
	a := p.lambdaParamNoDefaultStar()
	if a == nil || p.expect(token.SLASH) == nil {
		p.reset(start)
		return nil
	}
	if p.expect(token.COMMA) == nil && !p.check(token.COLON) {
		p.reset(start)
		return nil
	}
	return a
}

// lambda_slash_with_default:
//
//	| lambda_param_no_default* lambda_param_with_default+ '/' ','
//	| lambda_param_no_default* lambda_param_with_default+ '/' &':'
func (p *parser) lambdaSlashWithDefault() ([]*ast.Arg, []nameDefault, bool) {
	start := p.mark()
	a := p.lambdaParamNoDefaultStar()
	b := p.lambdaParamWithDefaultStar()
	if b == nil || p.expect(token.SLASH) == nil {
		p.reset(start)
		return nil, nil, false
	}
	if p.expect(token.COMMA) == nil && !p.check(token.COLON) {
		p.reset(start)
		return nil, nil, false
	}
	if a == nil {
		a = []*ast.Arg{}
	}
	return a, b, true
}

// lambda_star_etc:
//
//	| invalid_lambda_star_etc
//	| '*' lambda_param_no_default lambda_param_maybe_default* [lambda_kwds]
//	| '*' ',' lambda_param_maybe_default+ [lambda_kwds]
//	| lambda_kwds
func (p *parser) lambdaStarEtc() *starEtc {
	if p.callInvalidRules {
		p.invalidLambdaStarEtc()
	}
	start := p.mark()
	if p.expect(token.STAR) != nil {
		if a := p.lambdaParamNoDefault(); a != nil {
			b := p.lambdaParamMaybeDefaultStar()
			c := p.lambdaKwds()
			return &starEtc{vararg: a, kwonly: b, kwarg: c}
		}
		if p.expect(token.COMMA) != nil {
			if b := p.lambdaParamMaybeDefaultStar(); b != nil {
				c := p.lambdaKwds()
				return &starEtc{kwonly: b, kwarg: c}
			}
		}
		p.reset(start)
	}
	if a := p.lambdaKwds(); a != nil {
		return &starEtc{kwarg: a}
	}
	return nil
}

// lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default
func (p *parser) lambdaKwds() *ast.Arg {
	if p.callInvalidRules {
		p.invalidLambdaKwds()
	}
	start := p.mark()
	if p.expect(token.DOUBLESTAR) != nil {
		if a := p.lambdaParamNoDefault(); a != nil {
			return a
		}
		p.reset(start)
	}
	return nil
}

// lambda_param_no_default: lambda_param ',' | lambda_param &':'
func (p *parser) lambdaParamNoDefault() *ast.Arg {
	t := p.peek()
	if t.Kind != token.NAME {
		return nil
	}
	switch p.peekAt(1).Kind {
	case token.COMMA:
		p.pos += 2
	case token.COLON:
		p.pos++
	default:
		return nil
	}
	return &ast.Arg{Span: ast.Span{Start: t.Start, End: t.End}, Arg: t.Value}
}

func (p *parser) lambdaParamNoDefaultStar() []*ast.Arg {
	var list []*ast.Arg
	for {
		a := p.lambdaParamNoDefault()
		if a == nil {
			return list
		}
		list = append(list, a)
	}
}

// lambda_param_with_default:
//
//	| lambda_param default ','
//	| lambda_param default &':'
func (p *parser) lambdaParamWithDefault() (nameDefault, bool) {
	return p.lambdaParamDefault(false)
}

func (p *parser) lambdaParamWithDefaultStar() []nameDefault {
	var list []nameDefault
	for {
		nd, ok := p.lambdaParamWithDefault()
		if !ok {
			return list
		}
		list = append(list, nd)
	}
}

// lambda_param_maybe_default:
//
//	| lambda_param default? ','
//	| lambda_param default? &':'
func (p *parser) lambdaParamMaybeDefault() (nameDefault, bool) {
	return p.lambdaParamDefault(true)
}

func (p *parser) lambdaParamMaybeDefaultStar() []nameDefault {
	var list []nameDefault
	for {
		nd, ok := p.lambdaParamMaybeDefault()
		if !ok {
			return list
		}
		list = append(list, nd)
	}
}

// lambdaParamDefault parses lambda_param default ending in ',' or before
// ':'; the default may be missing when optional is set.
func (p *parser) lambdaParamDefault(optional bool) (nameDefault, bool) {
	t := p.peek()
	if t.Kind != token.NAME {
		return nameDefault{}, false
	}
	start := p.mark()
	p.pos++
	def := p.defaultRule()
	if def == nil && !optional {
		p.reset(start)
		return nameDefault{}, false
	}
	if p.expect(token.COMMA) == nil && !p.check(token.COLON) {
		p.reset(start)
		return nameDefault{}, false
	}
	return nameDefault{arg: &ast.Arg{Span: ast.Span{Start: t.Start, End: t.End}, Arg: t.Value}, def: def}, true
}
