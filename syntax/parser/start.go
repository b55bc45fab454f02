package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// The start rules of the four modes, and the statement-sequence rules.

// fileRule: file: [statements] ENDMARKER
func (p *parser) fileRule() ast.Mod {
	body := p.statements()
	if p.expect(token.ENDMARKER) == nil {
		return nil
	}
	// What CPython's ast.parse checks right after parsing: the future
	// imports that open the module must name known features.
	p.checkFutureImports(body)
	return &ast.Module{Body: body, TypeIgnores: p.typeIgnores()}
}

// typeIgnores converts the "# type: ignore" comments the scanner took out
// of the token stream (CPython's TYPE_IGNORE tokens, which its parser
// collects without showing them to the grammar).
func (p *parser) typeIgnores() []*ast.TypeIgnore {
	tis := p.sc.TypeIgnores()
	if len(tis) == 0 {
		return nil
	}
	list := make([]*ast.TypeIgnore, len(tis))
	for i, ti := range tis {
		list[i] = &ast.TypeIgnore{Lineno: ti.Line, Tag: ti.Tag}
	}
	return list
}

// interactiveRule: interactive: statement_newline
func (p *parser) interactiveRule() ast.Mod {
	body := p.statementNewline()
	if body == nil {
		return nil
	}
	return &ast.Interactive{Body: body}
}

// evalRule: eval: expressions NEWLINE* ENDMARKER
func (p *parser) evalRule() ast.Mod {
	e := p.expressions()
	if e == nil {
		return nil
	}
	for p.expect(token.NEWLINE) != nil {
	}
	if p.expect(token.ENDMARKER) == nil {
		return nil
	}
	return &ast.Expression{Body: e}
}

// funcTypeRule: func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
func (p *parser) funcTypeRule() ast.Mod {
	if p.expect(token.LPAR) == nil {
		return nil
	}
	args := p.typeExpressions()
	if p.expect(token.RPAR) == nil || p.expect(token.RARROW) == nil {
		return nil
	}
	ret := p.expression()
	if ret == nil {
		return nil
	}
	for p.expect(token.NEWLINE) != nil {
	}
	if p.expect(token.ENDMARKER) == nil {
		return nil
	}
	return &ast.FunctionType{Argtypes: args, Returns: ret}
}

// typeExpressions: the argument types of a function type comment. Stars
// are allowed before the last one or two but dropped from the result:
//
//	type_expressions:
//	    | ','.expression+ ',' '*' expression ',' '**' expression
//	    | ','.expression+ ',' '*' expression
//	    | ','.expression+ ',' '**' expression
//	    | '*' expression ',' '**' expression
//	    | '*' expression
//	    | '**' expression
//	    | ','.expression+
func (p *parser) typeExpressions() []ast.Expr {
	start := p.mark()
	var list []ast.Expr
	if e := p.expression(); e != nil {
		list = append(list, e)
		for {
			m := p.mark()
			if p.expect(token.COMMA) == nil {
				break
			}
			e := p.expression()
			if e == nil {
				p.reset(m)
				break
			}
			list = append(list, e)
		}
		// After the plain ones: ',' '*' expression [',' '**' expression]
		// or ',' '**' expression.
		m := p.mark()
		if p.expect(token.COMMA) != nil {
			if tail := p.starredTypeTail(); tail != nil {
				return append(list, tail...)
			}
		}
		p.reset(m)
		return list
	}
	if tail := p.starredTypeTail(); tail != nil {
		return tail
	}
	p.reset(start)
	return nil
}

// starredTypeTail parses "'*' expression [',' '**' expression]" or
// "'**' expression" of type_expressions.
func (p *parser) starredTypeTail() []ast.Expr {
	start := p.mark()
	if p.expect(token.STAR) != nil {
		a := p.expression()
		if a == nil {
			p.reset(start)
			return nil
		}
		m := p.mark()
		if p.expect(token.COMMA) != nil && p.expect(token.DOUBLESTAR) != nil {
			if b := p.expression(); b != nil {
				return []ast.Expr{a, b}
			}
		}
		p.reset(m)
		return []ast.Expr{a}
	}
	if p.expect(token.DOUBLESTAR) != nil {
		if a := p.expression(); a != nil {
			return []ast.Expr{a}
		}
	}
	p.reset(start)
	return nil
}

// funcTypeComment parses the type comment of a def:
//
//	func_type_comment:
//	    | NEWLINE t=TYPE_COMMENT &(NEWLINE INDENT)
//	    | invalid_double_type_comments
//	    | TYPE_COMMENT
func (p *parser) funcTypeComment() *token.Token {
	start := p.mark()
	if p.expect(token.NEWLINE) != nil {
		if t := p.expect(token.TYPE_COMMENT); t != nil {
			if p.check(token.NEWLINE) && p.peekAt(1).Kind == token.INDENT {
				return t
			}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidDoubleTypeComments()
	}
	return p.expect(token.TYPE_COMMENT)
}

// statements: statement+ (flattened)
func (p *parser) statements() []ast.Stmt {
	var list []ast.Stmt
	for {
		n := len(list)
		list = p.statement(list)
		if len(list) == n {
			break
		}
	}
	return list
}

// statement: compound_stmt | simple_stmts. It appends the statements it
// parsed to list (so that statements builds one flat slice without
// intermediate ones); on failure list comes back unchanged.
func (p *parser) statement(list []ast.Stmt) []ast.Stmt {
	if s := p.compoundStmt(); s != nil {
		p.noteStatement(s)
		return append(list, s)
	}
	return p.simpleStmts(list)
}

// statementNewline is the rule of the interactive mode:
//
//	statement_newline:
//	    | single_compound_stmt NEWLINE
//	    | simple_stmts
//	    | NEWLINE
//	    | ENDMARKER
func (p *parser) statementNewline() []ast.Stmt {
	start := p.mark()
	if s := p.compoundStmt(); s != nil {
		if p.expect(token.NEWLINE) != nil {
			return []ast.Stmt{s}
		}
		p.reset(start)
	}
	if list := p.simpleStmts(nil); list != nil {
		return list
	}
	if p.expect(token.NEWLINE) != nil {
		return []ast.Stmt{&ast.Pass{Span: p.spanFrom(start)}}
	}
	// ENDMARKER: CPython's interactive_exit fails the parse; the generic
	// error reporting then takes over.
	return nil
}

// simpleStmts parses simple statements separated by ';' up to the
// NEWLINE and appends them to list:
//
//	simple_stmts:
//	    | simple_stmt !';' NEWLINE
//	    | ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts(list []ast.Stmt) []ast.Stmt {
	start := p.mark()
	n := len(list)
	s := p.simpleStmt()
	if s == nil {
		return list
	}
	list = append(list, s)
	for p.expect(token.SEMI) != nil {
		s := p.simpleStmt()
		if s == nil {
			break
		}
		list = append(list, s)
	}
	if p.expect(token.NEWLINE) == nil {
		p.reset(start)
		clear(list[n:])
		if n == 0 {
			// nil, not an empty slice: callers test for nil.
			return nil
		}
		return list[:n]
	}
	return list
}
