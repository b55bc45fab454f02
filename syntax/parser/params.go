package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Function parameters (def only; lambda parameters are the expr
// engineer's).

// nameDefault is CPython's NameDefaultPair: a parameter and its default
// (nil when it has none).
type nameDefault struct {
	arg *ast.Arg
	def ast.Expr
}

// starEtc is CPython's StarEtc: what follows the positional parameters.
type starEtc struct {
	vararg *ast.Arg
	kwonly []nameDefault
	kwarg  *ast.Arg
}

// params:
//
//	| invalid_parameters
//	| parameters
func (p *parser) params() *ast.Arguments {
	if p.callInvalidRules {
		p.invalidParameters()
	}
	return p.parameters()
}

// parameters:
//
//	| a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
//	| a=slash_with_default b=param_with_default* c=[star_etc]
//	| a=param_no_default+ b=param_with_default* c=[star_etc]
//	| a=param_with_default+ b=[star_etc]
//	| a=star_etc
//
// The alternatives are tried in order as in the grammar; the parameter
// rules are cheap (names and annotations), so reparsing a prefix costs
// little.
func (p *parser) parameters() *ast.Arguments {
	start := p.mark()
	// slash_no_default param_no_default* param_with_default* [star_etc]
	if slash := p.slashNoDefault(); slash != nil {
		plain := p.paramNoDefaultStar()
		withDef := p.paramWithDefaultStar()
		se := p.starEtc()
		return makeArguments(slash, nil, plain, withDef, se)
	}
	// slash_with_default param_with_default* [star_etc]
	if plain, withDef, ok := p.slashWithDefault(); ok {
		more := p.paramWithDefaultStar()
		se := p.starEtc()
		return makeArguments(plain, withDef, nil, more, se)
	}
	// param_no_default+ param_with_default* [star_etc]
	if plain := p.paramNoDefaultStar(); plain != nil {
		withDef := p.paramWithDefaultStar()
		se := p.starEtc()
		return makeArguments(nil, nil, plain, withDef, se)
	}
	// param_with_default+ [star_etc]
	if withDef := p.paramWithDefaultStar(); withDef != nil {
		se := p.starEtc()
		return makeArguments(nil, nil, nil, withDef, se)
	}
	if se := p.starEtc(); se != nil {
		return makeArguments(nil, nil, nil, nil, se)
	}
	p.reset(start)
	return nil
}

// makeArguments is CPython's _PyPegen_make_arguments: it assembles the
// arguments node from the pieces the parameter rules found.
// slashPlain/slashDefaults are the positional-only parameters without and
// with defaults, plain/withDef the other positional ones.
func makeArguments(slashPlain []*ast.Arg, slashDefaults []nameDefault, plain []*ast.Arg, withDef []nameDefault, se *starEtc) *ast.Arguments {
	a := &ast.Arguments{}
	if slashPlain != nil || slashDefaults != nil {
		a.Posonlyargs = make([]*ast.Arg, 0, len(slashPlain)+len(slashDefaults))
		a.Posonlyargs = append(a.Posonlyargs, slashPlain...)
		for _, nd := range slashDefaults {
			a.Posonlyargs = append(a.Posonlyargs, nd.arg)
		}
	}
	if plain != nil || withDef != nil {
		a.Args = make([]*ast.Arg, 0, len(plain)+len(withDef))
		a.Args = append(a.Args, plain...)
		for _, nd := range withDef {
			a.Args = append(a.Args, nd.arg)
		}
	}
	if n := len(slashDefaults) + len(withDef); n > 0 {
		a.Defaults = make([]ast.Expr, 0, n)
		for _, nd := range slashDefaults {
			a.Defaults = append(a.Defaults, nd.def)
		}
		for _, nd := range withDef {
			a.Defaults = append(a.Defaults, nd.def)
		}
	}
	if se != nil {
		a.Vararg = se.vararg
		a.Kwarg = se.kwarg
		if len(se.kwonly) > 0 {
			a.Kwonlyargs = make([]*ast.Arg, len(se.kwonly))
			a.KwDefaults = make([]ast.Expr, len(se.kwonly))
			for i, nd := range se.kwonly {
				a.Kwonlyargs[i] = nd.arg
				a.KwDefaults[i] = nd.def
			}
		}
	}
	return a
}

// slashNoDefault:
//
//	| a=param_no_default+ '/' ','
//	| a=param_no_default+ '/' &')'
func (p *parser) slashNoDefault() []*ast.Arg {
	start := p.mark()
	a := p.paramNoDefaultStar()
	if a == nil || p.expect(token.SLASH) == nil {
		p.reset(start)
		return nil
	}
	if p.expect(token.COMMA) == nil && !p.check(token.RPAR) {
		p.reset(start)
		return nil
	}
	return a
}

// slashWithDefault:
//
//	| a=param_no_default* b=param_with_default+ '/' ','
//	| a=param_no_default* b=param_with_default+ '/' &')'
func (p *parser) slashWithDefault() ([]*ast.Arg, []nameDefault, bool) {
	start := p.mark()
	a := p.paramNoDefaultStar()
	b := p.paramWithDefaultStar()
	if b == nil || p.expect(token.SLASH) == nil {
		p.reset(start)
		return nil, nil, false
	}
	if p.expect(token.COMMA) == nil && !p.check(token.RPAR) {
		p.reset(start)
		return nil, nil, false
	}
	if a == nil {
		a = []*ast.Arg{}
	}
	return a, b, true
}

// starEtc:
//
//	| invalid_star_etc
//	| '*' a=param_no_default b=param_maybe_default* c=[kwds]
//	| '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds]
//	| '*' ',' b=param_maybe_default+ c=[kwds]
//	| a=kwds
func (p *parser) starEtc() *starEtc {
	if p.callInvalidRules {
		p.invalidStarEtc()
	}
	start := p.mark()
	if p.expect(token.STAR) != nil {
		afterStar := p.mark()
		a := p.paramNoDefault()
		if a == nil {
			p.reset(afterStar)
			a = p.paramNoDefaultStarAnnotation()
		}
		if a != nil {
			b := p.paramMaybeDefaultStar()
			c := p.kwds()
			return &starEtc{vararg: a, kwonly: b, kwarg: c}
		}
		p.reset(afterStar)
		if p.expect(token.COMMA) != nil {
			if b := p.paramMaybeDefaultStar(); b != nil {
				c := p.kwds()
				return &starEtc{kwonly: b, kwarg: c}
			}
		}
		p.reset(start)
		return nil
	}
	if a := p.kwds(); a != nil {
		return &starEtc{kwarg: a}
	}
	return nil
}

// kwds:
//
//	| invalid_kwds
//	| '**' a=param_no_default
func (p *parser) kwds() *ast.Arg {
	if p.callInvalidRules {
		p.invalidKwds()
	}
	start := p.mark()
	if p.expect(token.DOUBLESTAR) == nil {
		return nil
	}
	if a := p.paramNoDefault(); a != nil {
		return a
	}
	p.reset(start)
	return nil
}

// paramNoDefaultStar: param_no_default* (nil when none).
func (p *parser) paramNoDefaultStar() []*ast.Arg {
	var list []*ast.Arg
	for {
		a := p.paramNoDefault()
		if a == nil {
			return list
		}
		list = append(list, a)
	}
}

// paramWithDefaultStar: param_with_default* (nil when none).
func (p *parser) paramWithDefaultStar() []nameDefault {
	var list []nameDefault
	for {
		a, d := p.paramWithDefault()
		if a == nil {
			return list
		}
		list = append(list, nameDefault{a, d})
	}
}

// paramMaybeDefaultStar: param_maybe_default* (nil when none).
func (p *parser) paramMaybeDefaultStar() []nameDefault {
	var list []nameDefault
	for {
		a, d := p.paramMaybeDefault()
		if a == nil {
			return list
		}
		list = append(list, nameDefault{a, d})
	}
}

// paramEnd parses what ends a parameter: "',' TYPE_COMMENT?" or
// "TYPE_COMMENT? &')'", setting the parameter's type comment. It reports
// whether one of them matched.
func (p *parser) paramEnd(a *ast.Arg) bool {
	m := p.mark()
	if p.expect(token.COMMA) != nil {
		if tc := p.expect(token.TYPE_COMMENT); tc != nil {
			a.TypeComment = tc.Value
		}
		return true
	}
	tc := p.expect(token.TYPE_COMMENT)
	if !p.check(token.RPAR) {
		p.reset(m)
		return false
	}
	if tc != nil {
		a.TypeComment = tc.Value
	}
	return true
}

// paramNoDefault:
//
//	| a=param ',' tc=TYPE_COMMENT?
//	| a=param tc=TYPE_COMMENT? &')'
func (p *parser) paramNoDefault() *ast.Arg {
	start := p.mark()
	a := p.param()
	if a == nil {
		return nil
	}
	if !p.paramEnd(a) {
		p.reset(start)
		return nil
	}
	return a
}

// paramNoDefaultStarAnnotation: param_no_default with a starred
// annotation (*args: *Ts):
//
//	| a=param_star_annotation ',' tc=TYPE_COMMENT?
//	| a=param_star_annotation tc=TYPE_COMMENT? &')'
func (p *parser) paramNoDefaultStarAnnotation() *ast.Arg {
	start := p.mark()
	a := p.paramStarAnnotation()
	if a == nil {
		return nil
	}
	if !p.paramEnd(a) {
		p.reset(start)
		return nil
	}
	return a
}

// paramWithDefault:
//
//	| a=param c=default ',' tc=TYPE_COMMENT?
//	| a=param c=default tc=TYPE_COMMENT? &')'
func (p *parser) paramWithDefault() (*ast.Arg, ast.Expr) {
	start := p.mark()
	a := p.param()
	if a == nil {
		return nil, nil
	}
	d := p.defaultRule()
	if d == nil || !p.paramEnd(a) {
		p.reset(start)
		return nil, nil
	}
	return a, d
}

// paramMaybeDefault:
//
//	| a=param c=default? ',' tc=TYPE_COMMENT?
//	| a=param c=default? tc=TYPE_COMMENT? &')'
func (p *parser) paramMaybeDefault() (*ast.Arg, ast.Expr) {
	start := p.mark()
	a := p.param()
	if a == nil {
		return nil, nil
	}
	d := p.defaultRule()
	if !p.paramEnd(a) {
		p.reset(start)
		return nil, nil
	}
	return a, d
}

// param: a=NAME b=annotation?
func (p *parser) param() *ast.Arg {
	start := p.mark()
	t := p.expect(token.NAME)
	if t == nil {
		return nil
	}
	ann := p.annotation()
	return &ast.Arg{Span: p.spanFrom(start), Arg: t.Value, Annotation: ann}
}

// paramStarAnnotation: a=NAME b=star_annotation
func (p *parser) paramStarAnnotation() *ast.Arg {
	start := p.mark()
	t := p.expect(token.NAME)
	if t == nil {
		return nil
	}
	ann := p.starAnnotation()
	if ann == nil {
		p.reset(start)
		return nil
	}
	return &ast.Arg{Span: p.spanFrom(start), Arg: t.Value, Annotation: ann}
}

// annotation: ':' a=expression
func (p *parser) annotation() ast.Expr {
	m := p.mark()
	if p.expect(token.COLON) == nil {
		return nil
	}
	if e := p.expression(); e != nil {
		return e
	}
	p.reset(m)
	return nil
}

// starAnnotation: ':' a=star_expression
func (p *parser) starAnnotation() ast.Expr {
	m := p.mark()
	if p.expect(token.COLON) == nil {
		return nil
	}
	if e := p.starExpression(); e != nil {
		return e
	}
	p.reset(m)
	return nil
}

// defaultRule: default: '=' a=expression | invalid_default. (Named so
// because default is a Go keyword.)
func (p *parser) defaultRule() ast.Expr {
	m := p.mark()
	if p.expect(token.EQUAL) != nil {
		if e := p.expression(); e != nil {
			return e
		}
		p.reset(m)
	}
	if p.callInvalidRules {
		p.invalidDefault()
	}
	return nil
}
