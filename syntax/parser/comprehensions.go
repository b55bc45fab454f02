package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Comprehensions and generator expressions.

// for_if_clauses: for_if_clause+
func (p *parser) forIfClauses() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for {
		c := p.forIfClause()
		if c == nil {
			return gens
		}
		gens = append(gens, c)
	}
}

// for_if_clause:
//
//	| 'async' 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//	| 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
//	| invalid_for_if_clause
//	| invalid_for_target
func (p *parser) forIfClause() *ast.Comprehension {
	start := p.mark()
	isAsync := 0
	if p.check(token.ASYNC) && p.peekAt(1).Kind == token.FOR {
		isAsync = 1
		p.pos++
	}
	if p.expect(token.FOR) != nil {
		if t := p.starTargets(); t != nil && p.expect(token.IN) != nil {
			// The cut: past 'in' no other alternative is tried.
			iter := p.disjunction()
			if iter == nil {
				p.reset(start)
				return nil
			}
			var ifs []ast.Expr
			for p.check(token.IF) {
				m := p.mark()
				p.pos++
				c := p.disjunction()
				if c == nil {
					p.reset(m)
					break
				}
				ifs = append(ifs, c)
			}
			return &ast.Comprehension{Target: t, Iter: iter, Ifs: ifs, IsAsync: isAsync}
		}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidForIfClause()
		p.invalidForTarget()
	}
	return nil
}

// listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
func (p *parser) listcomp() ast.Expr {
	start := p.mark()
	if p.expect(token.LSQB) != nil {
		if a := p.namedExpression(); a != nil {
			if gens := p.forIfClauses(); gens != nil && p.expect(token.RSQB) != nil {
				return &ast.ListComp{Span: p.spanFrom(start), Elt: a, Generators: gens}
			}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidComprehension()
	}
	return nil
}

// setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
func (p *parser) setcomp() ast.Expr {
	start := p.mark()
	if p.expect(token.LBRACE) != nil {
		if a := p.namedExpression(); a != nil {
			if gens := p.forIfClauses(); gens != nil && p.expect(token.RBRACE) != nil {
				return &ast.SetComp{Span: p.spanFrom(start), Elt: a, Generators: gens}
			}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidComprehension()
	}
	return nil
}

// genexp:
//
//	| '(' (assignment_expression | expression !':=') for_if_clauses ')'
//	| invalid_comprehension
func (p *parser) genexp() ast.Expr {
	start := p.mark()
	if p.expect(token.LPAR) != nil {
		a := p.assignmentExpression()
		if a == nil {
			if e := p.expression(); e != nil && !p.check(token.COLONEQUAL) {
				a = e
			}
		}
		if a != nil {
			if gens := p.forIfClauses(); gens != nil && p.expect(token.RPAR) != nil {
				return &ast.GeneratorExp{Span: p.spanFrom(start), Elt: a, Generators: gens}
			}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidComprehension()
	}
	return nil
}

// dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
func (p *parser) dictcomp() ast.Expr {
	start := p.mark()
	if p.expect(token.LBRACE) != nil {
		if k, v, ok := p.kvpair(); ok {
			if gens := p.forIfClauses(); gens != nil && p.expect(token.RBRACE) != nil {
				return &ast.DictComp{Span: p.spanFrom(start), Key: k, Value: v, Generators: gens}
			}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidDictComprehension()
	}
	return nil
}
