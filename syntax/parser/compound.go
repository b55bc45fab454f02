package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Compound statements.

// compoundStmt:
//
//	| &('def' | '@' | 'async') function_def
//	| &'if' if_stmt
//	| &('class' | '@') class_def
//	| &('with' | 'async') with_stmt
//	| &('for' | 'async') for_stmt
//	| &'try' try_stmt
//	| &'while' while_stmt
//	| match_stmt
func (p *parser) compoundStmt() ast.Stmt {
	t := p.peek()
	switch t.Kind {
	case token.DEF:
		return p.functionDefRaw(nil)
	case token.AT:
		return p.decorated()
	case token.CLASS:
		return p.classDefRaw(nil)
	case token.IF:
		return p.ifStmt()
	case token.WITH:
		return p.withStmt()
	case token.FOR:
		return p.forStmt()
	case token.TRY:
		return p.tryStmt()
	case token.WHILE:
		return p.whileStmt()
	case token.ASYNC:
		// function_def, with_stmt and for_stmt all need their keyword
		// after 'async'; the invalid rules they try first do too.
		switch p.peekAt(1).Kind {
		case token.DEF:
			return p.functionDefRaw(nil)
		case token.WITH:
			return p.withStmt()
		case token.FOR:
			return p.forStmt()
		}
		return nil
	case token.NAME:
		if t.Value == "match" {
			return p.matchStmt()
		}
	}
	return nil
}

// decorated parses function_def or class_def with decorators:
//
//	function_def: decorators function_def_raw | function_def_raw
//	class_def:    decorators class_def_raw | class_def_raw
//
// The decorators are parsed once; the raw rules need 'def', 'async' or
// 'class' next, so which one applies is known from that token.
func (p *parser) decorated() ast.Stmt {
	start := p.mark()
	decos := p.decorators()
	if decos == nil {
		return nil
	}
	var s ast.Stmt
	switch p.peek().Kind {
	case token.DEF, token.ASYNC:
		s = p.functionDefRaw(decos)
	case token.CLASS:
		s = p.classDefRaw(decos)
	}
	if s == nil {
		p.reset(start)
	}
	return s
}

// decorators: ('@' f=named_expression NEWLINE)+
func (p *parser) decorators() []ast.Expr {
	var list []ast.Expr
	for {
		m := p.mark()
		if p.expect(token.AT) == nil {
			break
		}
		e := p.namedExpression()
		if e == nil || p.expect(token.NEWLINE) == nil {
			p.reset(m)
			break
		}
		list = append(list, e)
	}
	return list
}

// block:
//
//	block (memo):
//	    | NEWLINE INDENT a=statements DEDENT
//	    | simple_stmts
//	    | invalid_block
func (p *parser) block() []ast.Stmt {
	if r, ok := p.memoGet(memoBlock); ok {
		if r == nil {
			return nil
		}
		return r.([]ast.Stmt)
	}
	start := p.mark()
	b := p.blockRaw()
	if b == nil {
		p.memoPut(memoBlock, start, nil)
	} else {
		p.memoPut(memoBlock, start, b)
	}
	return b
}

func (p *parser) blockRaw() []ast.Stmt {
	start := p.mark()
	if p.expect(token.NEWLINE) != nil {
		if p.expect(token.INDENT) != nil {
			if body := p.statements(); body != nil && p.expect(token.DEDENT) != nil {
				return body
			}
		}
		p.reset(start)
	}
	if list := p.simpleStmts(nil); list != nil {
		return list
	}
	if p.callInvalidRules {
		p.invalidBlock()
	}
	return nil
}

// classDefRaw:
//
//	| invalid_class_def_raw
//	| 'class' a=NAME t=[type_params] b=['(' z=[arguments] ')'] ':' c=block
//
// decos are the decorators already parsed (class_def); the node's
// position starts at 'class' all the same.
func (p *parser) classDefRaw(decos []ast.Expr) ast.Stmt {
	if p.callInvalidRules {
		p.invalidClassDefRaw()
	}
	start := p.mark()
	if p.expect(token.CLASS) == nil {
		return nil
	}
	name := p.expect(token.NAME)
	if name == nil {
		p.reset(start)
		return nil
	}
	tparams := p.optTypeParams()
	var bases []ast.Expr
	var keywords []*ast.Keyword
	if m := p.mark(); p.expect(token.LPAR) != nil {
		call := p.arguments()
		if p.expect(token.RPAR) != nil {
			if call != nil {
				bases, keywords = call.Args, call.Keywords
			}
		} else {
			p.reset(m)
		}
	}
	if p.expect(token.COLON) == nil {
		p.reset(start)
		return nil
	}
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	return &ast.ClassDef{Span: p.spanFrom(start), Name: name.Value, Bases: bases, Keywords: keywords, Body: body, DecoratorList: decos, TypeParams: tparams}
}

// functionDefRaw:
//
//	| invalid_def_raw
//	| 'def' n=NAME t=[type_params] '(' params=[params] ')' a=['->' z=expression]
//	      ':' tc=[func_type_comment] b=block
//	| 'async' 'def' ... the same
func (p *parser) functionDefRaw(decos []ast.Expr) ast.Stmt {
	if p.callInvalidRules {
		if s := p.invalidDefRaw(); s != nil {
			return s
		}
	}
	start := p.mark()
	async := p.expect(token.ASYNC) != nil
	if p.expect(token.DEF) == nil {
		p.reset(start)
		return nil
	}
	name := p.expect(token.NAME)
	if name == nil {
		p.reset(start)
		return nil
	}
	tparams := p.optTypeParams()
	if p.expect(token.LPAR) == nil {
		p.reset(start)
		return nil
	}
	args := p.params()
	if p.expect(token.RPAR) == nil {
		p.reset(start)
		return nil
	}
	if args == nil {
		args = &ast.Arguments{}
	}
	var returns ast.Expr
	if m := p.mark(); p.expect(token.RARROW) != nil {
		if returns = p.expression(); returns == nil {
			p.reset(m)
		}
	}
	if p.expect(token.COLON) == nil {
		p.reset(start)
		return nil
	}
	typeComment := ""
	if tc := p.funcTypeComment(); tc != nil {
		typeComment = tc.Value
	}
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	if async {
		return &ast.AsyncFunctionDef{Span: p.spanFrom(start), Name: name.Value, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: typeComment, TypeParams: tparams}
	}
	return &ast.FunctionDef{Span: p.spanFrom(start), Name: name.Value, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: typeComment, TypeParams: tparams}
}

// ifStmt:
//
//	| invalid_if_stmt
//	| 'if' a=named_expression ':' b=block c=elif_stmt
//	| 'if' a=named_expression ':' b=block c=[else_block]
//
// elifStmt is the same with 'elif'. The two valid alternatives share their
// prefix, parsed once.
func (p *parser) ifStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidIfStmt()
	}
	return p.ifTail()
}

func (p *parser) elifStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidElifStmt()
	}
	return p.ifTail()
}

// ifTail parses an if or elif statement after the invalid rule.
func (p *parser) ifTail() ast.Stmt {
	start := p.mark()
	p.next() // 'if' or 'elif'
	test := p.namedExpression()
	if test == nil || p.expect(token.COLON) == nil {
		p.reset(start)
		return nil
	}
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	var orelse []ast.Stmt
	if p.check(token.ELIF) {
		if elif := p.elifStmt(); elif != nil {
			orelse = []ast.Stmt{elif}
		}
	}
	if orelse == nil {
		orelse = p.elseBlock()
	}
	return &ast.If{Span: p.spanFrom(start), Test: test, Body: body, Orelse: orelse}
}

// elseBlock:
//
//	| invalid_else_stmt
//	| 'else' &&':' b=block
func (p *parser) elseBlock() []ast.Stmt {
	if !p.check(token.ELSE) {
		return nil
	}
	if p.callInvalidRules {
		p.invalidElseStmt()
	}
	start := p.mark()
	p.next()
	p.expectForced(token.COLON, ":")
	b := p.block()
	if b == nil {
		p.reset(start)
	}
	return b
}

// whileStmt:
//
//	| invalid_while_stmt
//	| 'while' a=named_expression ':' b=block c=[else_block]
func (p *parser) whileStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidWhileStmt()
	}
	start := p.mark()
	p.next()
	test := p.namedExpression()
	if test == nil || p.expect(token.COLON) == nil {
		p.reset(start)
		return nil
	}
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	orelse := p.elseBlock()
	return &ast.While{Span: p.spanFrom(start), Test: test, Body: body, Orelse: orelse}
}

// forStmt:
//
//	| invalid_for_stmt
//	| 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
//	| 'async' 'for' ... the same
//	| invalid_for_target
func (p *parser) forStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidForStmt()
	}
	start := p.mark()
	async := p.expect(token.ASYNC) != nil
	if p.expect(token.FOR) == nil {
		p.reset(start)
		return nil
	}
	if target := p.starTargets(); target != nil && p.expect(token.IN) != nil {
		// Past the cut: a failure now fails the whole rule.
		iter := p.starExpressions()
		if iter == nil || p.expect(token.COLON) == nil {
			p.reset(start)
			return nil
		}
		typeComment := ""
		if tc := p.expect(token.TYPE_COMMENT); tc != nil {
			typeComment = tc.Value
		}
		body := p.block()
		if body == nil {
			p.reset(start)
			return nil
		}
		orelse := p.elseBlock()
		if async {
			return &ast.AsyncFor{Span: p.spanFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: typeComment}
		}
		return &ast.For{Span: p.spanFrom(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: typeComment}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidForTarget()
	}
	return nil
}

// withStmt:
//
//	| invalid_with_stmt_indent
//	| 'with' '(' a=','.with_item+ ','? ')' ':' tc=[TYPE_COMMENT] b=block
//	| 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
//	| 'async' 'with' '(' a=','.with_item+ ','? ')' ':' b=block
//	| 'async' 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
//	| invalid_with_stmt
func (p *parser) withStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidWithStmtIndent()
	}
	start := p.mark()
	async := p.expect(token.ASYNC) != nil
	if p.expect(token.WITH) == nil {
		p.reset(start)
		return nil
	}
	afterWith := p.mark()
	// Parenthesized items. The async form takes no type comment here.
	if p.expect(token.LPAR) != nil {
		if items := p.withItems(); items != nil {
			p.expect(token.COMMA)
			if p.expect(token.RPAR) != nil && p.expect(token.COLON) != nil {
				typeComment := ""
				if !async {
					if tc := p.expect(token.TYPE_COMMENT); tc != nil {
						typeComment = tc.Value
					}
				}
				if body := p.block(); body != nil {
					return p.withNode(start, async, items, body, typeComment)
				}
			}
		}
		p.reset(afterWith)
	}
	if items := p.withItems(); items != nil && p.expect(token.COLON) != nil {
		typeComment := ""
		if tc := p.expect(token.TYPE_COMMENT); tc != nil {
			typeComment = tc.Value
		}
		if body := p.block(); body != nil {
			return p.withNode(start, async, items, body, typeComment)
		}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidWithStmt()
	}
	return nil
}

func (p *parser) withNode(start int, async bool, items []*ast.WithItem, body []ast.Stmt, typeComment string) ast.Stmt {
	if async {
		return &ast.AsyncWith{Span: p.spanFrom(start), Items: items, Body: body, TypeComment: typeComment}
	}
	return &ast.With{Span: p.spanFrom(start), Items: items, Body: body, TypeComment: typeComment}
}

// withItems: ','.with_item+
func (p *parser) withItems() []*ast.WithItem {
	var items []*ast.WithItem
	for {
		m := p.mark()
		it := p.withItem()
		if it == nil {
			if len(items) > 0 {
				p.reset(m - 1)
			}
			return items
		}
		items = append(items, it)
		if p.expect(token.COMMA) == nil {
			return items
		}
	}
}

// withItem:
//
//	| e=expression 'as' t=star_target &(',' | ')' | ':')
//	| invalid_with_item
//	| e=expression
func (p *parser) withItem() *ast.WithItem {
	start := p.mark()
	e := p.expression()
	if e == nil {
		return nil
	}
	afterE := p.mark()
	if p.expect(token.AS) != nil {
		if t := p.starTarget(); t != nil {
			if k := p.peek().Kind; k == token.COMMA || k == token.RPAR || k == token.COLON {
				return &ast.WithItem{ContextExpr: e, OptionalVars: t}
			}
		}
	}
	if p.callInvalidRules {
		p.reset(start)
		p.invalidWithItem()
	}
	p.reset(afterE)
	return &ast.WithItem{ContextExpr: e}
}

// tryStmt:
//
//	| invalid_try_stmt
//	| 'try' &&':' b=block f=finally_block
//	| 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block]
//	| 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
func (p *parser) tryStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidTryStmt()
	}
	start := p.mark()
	p.next()
	p.expectForced(token.COLON, ":")
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	if p.check(token.FINALLY) {
		if f := p.finallyBlock(); f != nil {
			return &ast.Try{Span: p.spanFrom(start), Body: body, Finalbody: f}
		}
		p.reset(start)
		return nil
	}
	var handlers []*ast.ExceptHandler
	for p.check(token.EXCEPT) {
		h := p.exceptBlock()
		if h == nil {
			break
		}
		handlers = append(handlers, h)
	}
	star := false
	if handlers == nil {
		for p.check(token.EXCEPT) {
			h := p.exceptStarBlock()
			if h == nil {
				break
			}
			handlers = append(handlers, h)
		}
		if handlers == nil {
			p.reset(start)
			return nil
		}
		star = true
	}
	orelse := p.elseBlock()
	var final []ast.Stmt
	if p.check(token.FINALLY) {
		final = p.finallyBlock()
	}
	if star {
		return &ast.TryStar{Span: p.spanFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &ast.Try{Span: p.spanFrom(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

// finallyBlock:
//
//	| invalid_finally_stmt
//	| 'finally' &&':' a=block
func (p *parser) finallyBlock() []ast.Stmt {
	if p.callInvalidRules {
		p.invalidFinallyStmt()
	}
	start := p.mark()
	if p.expect(token.FINALLY) == nil {
		return nil
	}
	p.expectForced(token.COLON, ":")
	b := p.block()
	if b == nil {
		p.reset(start)
	}
	return b
}

// exceptBlock:
//
//	| invalid_except_stmt_indent
//	| 'except' e=expression ':' b=block
//	| 'except' e=expression 'as' t=NAME ':' b=block
//	| 'except' e=expressions ':' b=block        (PEP 758: A, B without parentheses)
//	| 'except' ':' b=block
//	| invalid_except_stmt
func (p *parser) exceptBlock() *ast.ExceptHandler {
	if p.callInvalidRules {
		p.invalidExceptStmtIndent()
	}
	start := p.mark()
	if p.expect(token.EXCEPT) == nil {
		return nil
	}
	afterKw := p.mark()
	if h := p.exceptTail(start, afterKw); h != nil {
		return h
	}
	p.reset(afterKw)
	if p.expect(token.COLON) != nil {
		if b := p.block(); b != nil {
			return &ast.ExceptHandler{Span: p.spanFrom(start), Body: b}
		}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidExceptStmt()
	}
	return nil
}

// exceptStarBlock:
//
//	| invalid_except_star_stmt_indent
//	| 'except' '*' e=expression ':' b=block
//	| 'except' '*' e=expression 'as' t=NAME ':' b=block
//	| 'except' '*' e=expressions ':' b=block
//	| invalid_except_star_stmt
func (p *parser) exceptStarBlock() *ast.ExceptHandler {
	if p.callInvalidRules {
		p.invalidExceptStarStmtIndent()
	}
	start := p.mark()
	if p.expect(token.EXCEPT) == nil || p.expect(token.STAR) == nil {
		p.reset(start)
		return nil
	}
	if h := p.exceptTail(start, p.mark()); h != nil {
		return h
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidExceptStarStmt()
	}
	return nil
}

// exceptTail parses the three alternatives after 'except' (or 'except'
// '*') that name exception types: "expression ':' block", "expression
// 'as' NAME ':' block" and "expressions ':' block". It returns nil with
// p.pos unspecified on failure.
func (p *parser) exceptTail(start, from int) *ast.ExceptHandler {
	e := p.expression()
	if e == nil {
		return nil
	}
	afterE := p.mark()
	if p.expect(token.COLON) != nil {
		if b := p.block(); b != nil {
			return &ast.ExceptHandler{Span: p.spanFrom(start), Type: e, Body: b}
		}
		p.reset(afterE)
	}
	if p.expect(token.AS) != nil {
		if name := p.expect(token.NAME); name != nil && p.expect(token.COLON) != nil {
			if b := p.block(); b != nil {
				return &ast.ExceptHandler{Span: p.spanFrom(start), Type: e, Name: name.Value, Body: b}
			}
		}
	}
	p.reset(from)
	if es := p.expressions(); es != nil && p.expect(token.COLON) != nil {
		if b := p.block(); b != nil {
			return &ast.ExceptHandler{Span: p.spanFrom(start), Type: es, Body: b}
		}
	}
	return nil
}
