package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// Simple statements and imports.

// simpleStmt:
//
//	simple_stmt (memo):
//	    | assignment
//	    | &"type" type_alias
//	    | &('import' | 'from') import_stmt
//	    | e=star_expressions
//	    | &'return' return_stmt
//	    | ... one alternative per keyword statement
//
// A statement that starts with one of the keywords below can be neither
// an assignment nor an expression, so those dispatch on the keyword
// directly. The exception is the second pass, where invalid_expression
// (reached through star_expressions) recognizes "pass if x else y" and
// the like: there pass, break and continue take the long way.
func (p *parser) simpleStmt() ast.Stmt {
	k := p.peek().Kind
	if p.callInvalidRules && (k == token.PASS || k == token.BREAK || k == token.CONTINUE) {
		k = token.NAME // any kind that takes the general path
	}
	switch k {
	case token.RETURN:
		return p.returnStmt()
	case token.IMPORT, token.FROM:
		return p.importStmt()
	case token.RAISE:
		return p.raiseStmt()
	case token.PASS:
		t := p.next()
		return &ast.Pass{Span: ast.Span{Start: t.Start, End: t.End}}
	case token.BREAK:
		t := p.next()
		return &ast.Break{Span: ast.Span{Start: t.Start, End: t.End}}
	case token.CONTINUE:
		t := p.next()
		return &ast.Continue{Span: ast.Span{Start: t.Start, End: t.End}}
	case token.DEL:
		return p.delStmt()
	case token.ASSERT:
		return p.assertStmt()
	case token.GLOBAL, token.NONLOCAL:
		return p.globalStmt()
	}
	start := p.mark()
	if s := p.assignment(); s != nil {
		return s
	}
	if t := p.peek(); t.Kind == token.NAME && t.Value == "type" {
		if s := p.typeAlias(); s != nil {
			return s
		}
	}
	if e := p.starExpressions(); e != nil {
		return &ast.ExprStmt{Span: p.spanFrom(start), Value: e}
	}
	switch t := p.peek(); t.Kind {
	case token.YIELD:
		if e := p.yieldExpr(); e != nil {
			return &ast.ExprStmt{Span: p.spanFrom(start), Value: e}
		}
	case token.PASS:
		p.next()
		return &ast.Pass{Span: ast.Span{Start: t.Start, End: t.End}}
	case token.BREAK:
		p.next()
		return &ast.Break{Span: ast.Span{Start: t.Start, End: t.End}}
	case token.CONTINUE:
		p.next()
		return &ast.Continue{Span: ast.Span{Start: t.Start, End: t.End}}
	}
	return nil
}

// assignment:
//
//	| a=NAME ':' b=expression c=['=' d=annotated_rhs]            AnnAssign simple
//	| a=('(' single_target ')' | single_subscript_attribute_target)
//	      ':' b=expression c=['=' d=annotated_rhs]               AnnAssign
//	| a=(star_targets '=')+ b=annotated_rhs !'=' tc=[TYPE_COMMENT]  Assign
//	| a=single_target b=augassign ~ c=annotated_rhs              AugAssign
//	| invalid_assignment
func (p *parser) assignment() ast.Stmt {
	start := p.mark()
	// NAME ':' ...
	if t := p.peek(); t.Kind == token.NAME && p.peekAt(1).Kind == token.COLON {
		p.pos += 2
		if ann := p.expression(); ann != nil {
			value := p.annValue()
			return &ast.AnnAssign{Span: p.spanFrom(start), Target: nameExpr(t, ast.Store), Annotation: ann, Value: value, Simple: 1}
		}
		p.reset(start)
	}
	// ('(' single_target ')' | single_subscript_attribute_target) ':' ...
	{
		var target ast.Expr
		if p.expect(token.LPAR) != nil {
			if t := p.singleTarget(); t != nil && p.expect(token.RPAR) != nil {
				target = t
			} else {
				p.reset(start)
			}
		}
		if target == nil {
			target = p.singleSubscriptAttributeTarget()
		}
		if target != nil && p.expect(token.COLON) != nil {
			if ann := p.expression(); ann != nil {
				value := p.annValue()
				return &ast.AnnAssign{Span: p.spanFrom(start), Target: target, Annotation: ann, Value: value, Simple: 0}
			}
		}
		p.reset(start)
	}
	// (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
	if s := p.assignStmt(start); s != nil {
		return s
	}
	// single_target augassign ~ annotated_rhs
	if target := p.singleTarget(); target != nil {
		if op, ok := augOp(p.peek().Kind); ok {
			p.pos++
			value := p.annotatedRhs()
			if value == nil {
				// The cut: no other alternative of assignment is tried.
				p.reset(start)
				return nil
			}
			return &ast.AugAssign{Span: p.spanFrom(start), Target: target, Op: op, Value: value}
		}
		p.reset(start)
	}
	if p.callInvalidRules {
		p.invalidAssignment()
	}
	return nil
}

// annValue parses the optional "'=' annotated_rhs" of an annotated
// assignment.
func (p *parser) annValue() ast.Expr {
	m := p.mark()
	if p.expect(token.EQUAL) == nil {
		return nil
	}
	if v := p.annotatedRhs(); v != nil {
		return v
	}
	p.reset(m)
	return nil
}

// assignStmt: a=(star_targets '=')+ b=annotated_rhs !'=' tc=[TYPE_COMMENT]
func (p *parser) assignStmt(start int) ast.Stmt {
	var targetsBuf [2]ast.Expr
	targets := targetsBuf[:0]
	for {
		m := p.mark()
		t := p.starTargets()
		if t == nil {
			break
		}
		if p.expect(token.EQUAL) == nil {
			p.reset(m)
			break
		}
		targets = append(targets, t)
	}
	if len(targets) == 0 {
		p.reset(start)
		return nil
	}
	value := p.annotatedRhs()
	if value == nil || p.check(token.EQUAL) {
		p.reset(start)
		return nil
	}
	s := &ast.Assign{Targets: append([]ast.Expr(nil), targets...), Value: value}
	if tc := p.expect(token.TYPE_COMMENT); tc != nil {
		s.TypeComment = tc.Value
	}
	s.Span = p.spanFrom(start)
	return s
}

// augOp maps an augmented-assignment token to its operator (the rule
// augassign).
func augOp(k token.Kind) (ast.Operator, bool) {
	switch k {
	case token.PLUSEQUAL:
		return ast.Add, true
	case token.MINEQUAL:
		return ast.Sub, true
	case token.STAREQUAL:
		return ast.Mult, true
	case token.ATEQUAL:
		return ast.MatMult, true
	case token.SLASHEQUAL:
		return ast.Div, true
	case token.PERCENTEQUAL:
		return ast.Modulo, true
	case token.AMPEREQUAL:
		return ast.BitAnd, true
	case token.VBAREQUAL:
		return ast.BitOr, true
	case token.CIRCUMFLEXEQUAL:
		return ast.BitXor, true
	case token.LEFTSHIFTEQUAL:
		return ast.LShift, true
	case token.RIGHTSHIFTEQUAL:
		return ast.RShift, true
	case token.DOUBLESTAREQUAL:
		return ast.Pow, true
	case token.DOUBLESLASHEQUAL:
		return ast.FloorDiv, true
	}
	return 0, false
}

// returnStmt: 'return' [star_expressions]
func (p *parser) returnStmt() ast.Stmt {
	start := p.mark()
	p.next()
	value := p.starExpressions()
	return &ast.Return{Span: p.spanFrom(start), Value: value}
}

// raiseStmt:
//
//	| 'raise' a=expression 'from' b=expression
//	| 'raise' a=expression
//	| 'raise'
func (p *parser) raiseStmt() ast.Stmt {
	start := p.mark()
	p.next()
	exc := p.expression()
	afterExc := p.mark()
	if exc != nil && p.expect(token.FROM) != nil {
		if cause := p.expression(); cause != nil {
			return &ast.Raise{Span: p.spanFrom(start), Exc: exc, Cause: cause}
		}
	}
	if exc != nil {
		p.reset(afterExc)
	} else {
		p.reset(start + 1)
	}
	return &ast.Raise{Span: p.spanFrom(start), Exc: exc}
}

// globalStmt: 'global' ','.NAME+ and nonlocal_stmt: 'nonlocal' ','.NAME+
func (p *parser) globalStmt() ast.Stmt {
	start := p.mark()
	kw := p.next()
	var names []string
	for {
		t := p.expect(token.NAME)
		if t == nil {
			if len(names) == 0 {
				p.reset(start)
				return nil
			}
			p.pos-- // give back the ','
			break
		}
		names = append(names, t.Value)
		if p.expect(token.COMMA) == nil {
			break
		}
	}
	if kw.Kind == token.GLOBAL {
		return &ast.Global{Span: p.spanFrom(start), Names: names}
	}
	return &ast.Nonlocal{Span: p.spanFrom(start), Names: names}
}

// delStmt:
//
//	| 'del' a=del_targets &(';' | NEWLINE)
//	| invalid_del_stmt
func (p *parser) delStmt() ast.Stmt {
	start := p.mark()
	p.next()
	if targets := p.delTargets(); targets != nil {
		if k := p.peek().Kind; k == token.SEMI || k == token.NEWLINE {
			return &ast.Delete{Span: p.spanFrom(start), Targets: targets}
		}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidDelStmt()
	}
	return nil
}

// assertStmt: 'assert' a=expression [',' expression]
func (p *parser) assertStmt() ast.Stmt {
	start := p.mark()
	p.next()
	test := p.expression()
	if test == nil {
		p.reset(start)
		return nil
	}
	var msg ast.Expr
	m := p.mark()
	if p.expect(token.COMMA) != nil {
		if msg = p.expression(); msg == nil {
			p.reset(m)
		}
	}
	return &ast.Assert{Span: p.spanFrom(start), Test: test, Msg: msg}
}

// importStmt:
//
//	import_stmt (memo):
//	    | invalid_import
//	    | import_name
//	    | import_from
func (p *parser) importStmt() ast.Stmt {
	if p.callInvalidRules {
		p.invalidImport()
	}
	if p.check(token.IMPORT) {
		return p.importName()
	}
	return p.importFrom()
}

// importName: 'import' dotted_as_names
func (p *parser) importName() ast.Stmt {
	start := p.mark()
	p.next()
	names := p.dottedAsNames()
	if names == nil {
		p.reset(start)
		return nil
	}
	return &ast.Import{Span: p.spanFrom(start), Names: names}
}

// importFrom:
//
//	| 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	| 'from' ('.' | '...')+ 'import' import_from_targets
func (p *parser) importFrom() ast.Stmt {
	start := p.mark()
	if p.expect(token.FROM) == nil {
		return nil
	}
	level := 0
	for {
		if p.expect(token.DOT) != nil {
			level++
		} else if p.expect(token.ELLIPSIS) != nil {
			level += 3
		} else {
			break
		}
	}
	afterDots := p.mark()
	module, _, ok := p.dottedName()
	if ok && p.expect(token.IMPORT) != nil {
		if names := p.importFromTargets(); names != nil {
			if level == 0 && module == "__future__" {
				for _, a := range names {
					if a.Name == "barry_as_FLUFL" {
						p.barryAsFLUFL = true
					}
				}
			}
			return &ast.ImportFrom{Span: p.spanFrom(start), Module: module, Names: names, Level: level}
		}
	}
	p.reset(afterDots)
	if level > 0 && p.expect(token.IMPORT) != nil {
		if names := p.importFromTargets(); names != nil {
			return &ast.ImportFrom{Span: p.spanFrom(start), Names: names, Level: level}
		}
	}
	p.reset(start)
	return nil
}

// importFromTargets:
//
//	| '(' import_from_as_names [','] ')'
//	| import_from_as_names !','
//	| '*'
//	| invalid_import_from_targets
func (p *parser) importFromTargets() []*ast.Alias {
	start := p.mark()
	if p.expect(token.LPAR) != nil {
		if names := p.importFromAsNames(); names != nil {
			p.expect(token.COMMA)
			if p.expect(token.RPAR) != nil {
				return names
			}
		}
		p.reset(start)
	}
	if names := p.importFromAsNames(); names != nil {
		if !p.check(token.COMMA) {
			return names
		}
		p.reset(start)
	}
	if t := p.expect(token.STAR); t != nil {
		return []*ast.Alias{{Span: ast.Span{Start: t.Start, End: t.End}, Name: "*"}}
	}
	if p.callInvalidRules {
		p.invalidImportFromTargets()
	}
	return nil
}

// importFromAsNames: ','.import_from_as_name+
func (p *parser) importFromAsNames() []*ast.Alias {
	var names []*ast.Alias
	for {
		m := p.mark()
		a := p.importFromAsName()
		if a == nil {
			if len(names) > 0 {
				p.reset(m - 1) // give back the ','
			}
			return names
		}
		names = append(names, a)
		if p.expect(token.COMMA) == nil {
			return names
		}
	}
}

// importFromAsName:
//
//	| invalid_import_from_as_name
//	| NAME ['as' NAME]
func (p *parser) importFromAsName() *ast.Alias {
	if p.callInvalidRules {
		p.invalidImportFromAsName()
	}
	start := p.mark()
	t := p.expect(token.NAME)
	if t == nil {
		return nil
	}
	a := &ast.Alias{Name: t.Value}
	a.Asname = p.asName()
	a.Span = p.spanFrom(start)
	return a
}

// asName parses an optional "'as' NAME" and returns the name ("" when
// absent).
func (p *parser) asName() string {
	if p.check(token.AS) && p.peekAt(1).Kind == token.NAME {
		p.pos += 2
		return p.toks[p.pos-1].Value
	}
	return ""
}

// dottedAsNames: ','.dotted_as_name+
func (p *parser) dottedAsNames() []*ast.Alias {
	var names []*ast.Alias
	for {
		m := p.mark()
		a := p.dottedAsName()
		if a == nil {
			if len(names) > 0 {
				p.reset(m - 1)
			}
			return names
		}
		names = append(names, a)
		if p.expect(token.COMMA) == nil {
			return names
		}
	}
}

// dottedAsName:
//
//	| invalid_dotted_as_name
//	| dotted_name ['as' NAME]
func (p *parser) dottedAsName() *ast.Alias {
	if p.callInvalidRules {
		p.invalidDottedAsName()
	}
	start := p.mark()
	name, _, ok := p.dottedName()
	if !ok {
		return nil
	}
	a := &ast.Alias{Name: name}
	a.Asname = p.asName()
	a.Span = p.spanFrom(start)
	return a
}

// dottedName: dotted_name '.' NAME | NAME. It returns the joined name, the
// token index where it started, and whether it matched. (CPython builds a
// Name node; callers here only need the text.)
func (p *parser) dottedName() (string, int, bool) {
	start := p.mark()
	t := p.expect(token.NAME)
	if t == nil {
		return "", start, false
	}
	name := t.Value
	for p.check(token.DOT) && p.peekAt(1).Kind == token.NAME {
		p.pos += 2
		name += "." + p.toks[p.pos-1].Value
	}
	return name, start, true
}
