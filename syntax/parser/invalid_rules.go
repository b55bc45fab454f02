package parser

// The invalid_ rules of CPython 3.14's grammar. They run only in the
// second pass and recognise common mistakes to raise CPython's targeted
// messages. Conventions, as in CPython's generated parser:
//
//   - alternatives are tried in order; a failed alternative restores the
//     position;
//   - once all items of an alternative match, its action runs and the rule
//     ends there: if the action raises nothing (some only raise under a
//     condition), the rule fails without trying later alternatives;
//   - a rule that fails restores p.pos.
//
// Each rule's comment gives its alternatives in the grammar's notation.

import (
	"strconv"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// ---- small matching helpers ----

// isNext reports whether the next token has one of the kinds.
func (p *parser) isNext(kinds ...token.Kind) bool {
	k := p.peek().Kind
	for _, x := range kinds {
		if k == x {
			return true
		}
	}
	return false
}

// expressionWithoutInvalid is expression_without_invalid: an expression
// parsed with the invalid_ rules switched off.
//
//	| disjunction 'if' disjunction 'else' expression
//	| disjunction
//	| lambdef
func (p *parser) expressionWithoutInvalid() ast.Expr {
	saved := p.callInvalidRules
	p.callInvalidRules = false
	defer func() { p.callInvalidRules = saved }()
	start := p.mark()
	if a := p.disjunction(); a != nil {
		m := p.mark()
		if p.expect(token.IF) != nil {
			if b := p.disjunction(); b != nil && p.expect(token.ELSE) != nil {
				if c := p.expression(); c != nil {
					return &ast.IfExp{Span: p.spanFrom(start), Test: b, Body: a, Orelse: c}
				}
			}
		}
		p.reset(m)
		return a
	}
	p.reset(start)
	if l := p.lambdef(); l != nil {
		return l
	}
	p.reset(start)
	return nil
}

// ---- arguments ----

// invArgItem matches one item of
// ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
func (p *parser) invArgItem() bool {
	m := p.mark()
	if p.starredExpression() != nil {
		return true
	}
	p.reset(m)
	if p.assignmentExpression() == nil {
		p.reset(m)
		if p.expression() == nil || p.check(token.COLONEQUAL) {
			p.reset(m)
			return false
		}
	}
	if p.check(token.EQUAL) {
		p.reset(m)
		return false
	}
	return true
}

// invalidArguments is invalid_arguments:
//
//	| ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
//	  a=',' ','.(starred_expression !'=')+
//	    -> starting from a: "iterable argument unpacking follows keyword argument unpacking"
//	| a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
//	    -> a .. last item of b: "Generator expression must be parenthesized"
//	| a=NAME b='=' expression for_if_clauses -> a..b "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//	| (args ',')? a=NAME b='=' &(',' | ')') -> a..b "expected argument value expression"
//	| a=args b=for_if_clauses -> nonparen genexp check
//	| args ',' a=expression b=for_if_clauses -> a .. last item of b: "Generator expression must be parenthesized"
//	| a=args ',' args -> positional argument follows keyword argument [unpacking]
func (p *parser) invalidArguments() {
	start := p.mark()

	// Alternative 1.
	matched := false
	if p.invArgItem() {
		for {
			m := p.mark()
			if p.expect(token.COMMA) == nil || !p.invArgItem() {
				p.reset(m)
				break
			}
		}
		if p.expect(token.COMMA) != nil && p.kwargs() != nil {
			matched = true
		}
	}
	if !matched {
		p.reset(start)
		matched = p.kwargs() != nil
	}
	if matched {
		if a := p.expect(token.COMMA); a != nil && p.starredNotEqualList() {
			p.raiseStartingFrom(tokenSpan(a), "iterable argument unpacking follows keyword argument unpacking")
		}
	}
	p.reset(start)

	// Alternative 2.
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.expect(token.COMMA) != nil {
			m := p.mark()
			if p.args() == nil {
				p.reset(m)
				if p.expression() == nil || p.forIfClauses() == nil {
					p.reset(m)
				}
			}
			p.raiseKnownRange(span(a), span(lastComprehensionItem(b[len(b)-1])), "Generator expression must be parenthesized")
		}
	}
	p.reset(start)

	// Alternative 3.
	if a := p.expect(token.NAME); a != nil {
		if b := p.expect(token.EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(start)

	// Alternative 4.
	if p.args() == nil || p.expect(token.COMMA) == nil {
		p.reset(start)
	}
	if a := p.expect(token.NAME); a != nil {
		if b := p.expect(token.EQUAL); b != nil && p.isNext(token.COMMA, token.RPAR) {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "expected argument value expression")
		}
	}
	p.reset(start)

	// Alternative 5.
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil {
			p.nonparenGenexpInCall(a, b)
			p.reset(start)
			return
		}
	}
	p.reset(start)

	// Alternative 6.
	if p.args() != nil && p.expect(token.COMMA) != nil {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseKnownRange(span(a), span(lastComprehensionItem(b[len(b)-1])), "Generator expression must be parenthesized")
			}
		}
	}
	p.reset(start)

	// Alternative 7.
	if a := p.args(); a != nil && p.expect(token.COMMA) != nil && p.args() != nil {
		p.argumentsParsingError(a)
	}
	p.reset(start)
}

// starredNotEqualList matches ','.(starred_expression !'=')+.
func (p *parser) starredNotEqualList() bool {
	m := p.mark()
	if p.starredExpression() == nil || p.check(token.EQUAL) {
		p.reset(m)
		return false
	}
	for {
		m = p.mark()
		if p.expect(token.COMMA) == nil || p.starredExpression() == nil || p.check(token.EQUAL) {
			p.reset(m)
			return true
		}
	}
}

// invalidKwarg is invalid_kwarg:
//
//	| a=('True'|'False'|'None') b='=' -> a..b "cannot assign to True"
//	| a=NAME b='=' expression for_if_clauses -> a..b "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//	| !(NAME '=') a=expression b='=' -> a..b "expression cannot contain assignment, perhaps you meant \"==\"?"
//	| a='**' expression '=' b=expression -> a..b "cannot assign to keyword argument unpacking"
func (p *parser) invalidKwarg() {
	start := p.mark()
	if a := p.peek(); a.Kind == token.TRUE || a.Kind == token.FALSE || a.Kind == token.NONE {
		p.pos++
		if b := p.expect(token.EQUAL); b != nil {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "cannot assign to "+a.Kind.String())
		}
		p.reset(start)
	}
	if a := p.expect(token.NAME); a != nil {
		if b := p.expect(token.EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		p.reset(start)
	}
	if !(p.peek().Kind == token.NAME && p.peekAt(1).Kind == token.EQUAL) {
		if a := p.expression(); a != nil {
			if b := p.expect(token.EQUAL); b != nil {
				p.raiseKnownRange(span(a), tokenSpan(b), "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
		}
		p.reset(start)
	}
	if a := p.expect(token.DOUBLESTAR); a != nil {
		if p.expression() != nil && p.expect(token.EQUAL) != nil {
			if b := p.expression(); b != nil {
				p.raiseKnownRange(tokenSpan(a), span(b), "cannot assign to keyword argument unpacking")
			}
		}
		p.reset(start)
	}
}

// ---- expressions ----

// invalidLegacyExpression is invalid_legacy_expression:
//
//	| a=NAME !'(' b=star_expressions
//	    -> a..b "Missing parentheses in call to 'print'. Did you mean print(...)?" (print and exec only)
func (p *parser) invalidLegacyExpression() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.NAME)
	if a == nil || p.check(token.LPAR) {
		return
	}
	b := p.starExpressions()
	if b == nil {
		return
	}
	if a.Value == "print" || a.Value == "exec" {
		p.raiseKnownRange(tokenSpan(a), span(b), "Missing parentheses in call to '"+a.Value+"'. Did you mean "+a.Value+"(...)?")
	}
}

// invalidExpression is invalid_expression:
//
//	| STRING a=(!STRING expression_without_invalid)+ STRING
//	    -> first..last of a: "invalid syntax. Is this intended to be part of the string?"
//	| !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
//	    -> unless a is print/exec or the tokens are not inside brackets:
//	       a..b "invalid syntax. Perhaps you forgot a comma?"
//	| a=disjunction 'if' b=disjunction !('else'|':') -> a..b "expected 'else' after 'if' expression"
//	| a=disjunction 'if' b=disjunction 'else' !expression
//	    -> next token: "expected expression after 'else', but statement is given"
//	| a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' simple_stmt
//	    -> a: "expected expression before 'if', but statement is given"
//	| a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE
//	    -> a..b "f-string: lambda expressions are not allowed without parentheses"
//	| a='lambda' [lambda_params] b=':' &TSTRING_MIDDLE -> the same for t-strings
func (p *parser) invalidExpression() {
	start := p.mark()
	defer p.reset(start)

	// Alternative 1.
	if p.expect(token.STRING) != nil {
		var first, last ast.Expr
		for !p.check(token.STRING) {
			e := p.expressionWithoutInvalid()
			if e == nil {
				break
			}
			if first == nil {
				first = e
			}
			last = e
		}
		if first != nil && p.expect(token.STRING) != nil {
			p.raiseKnownRange(span(first), span(last), "invalid syntax. Is this intended to be part of the string?")
		}
		p.reset(start)
	}

	// Alternative 2.
	// !(NAME STRING | SOFT_KEYWORD): the token after a NAME is looked at
	// only when there is a NAME, as CPython fetches tokens lazily and the
	// furthest token fetched decides where some errors are placed.
	t0 := p.peek()
	if !(t0.Kind == token.NAME && p.peekAt(1).Kind == token.STRING) && !isSoftKeyword(t0) {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if isLegacyStmtName(a) || p.tokenLevel(p.pos-1) == 0 {
					return
				}
				p.raiseKnownRange(span(a), span(b), "invalid syntax. Perhaps you forgot a comma?")
			}
		}
		p.reset(start)
	}

	// Alternatives 3 and 4 share their prefix.
	if a := p.disjunction(); a != nil {
		if p.expect(token.IF) != nil {
			if b := p.disjunction(); b != nil {
				if !p.isNext(token.ELSE, token.COLON) {
					p.raiseKnownRange(span(a), span(b), "expected 'else' after 'if' expression")
				}
				if p.expect(token.ELSE) != nil {
					m := p.mark()
					if p.expression() == nil {
						p.reset(m)
						p.raiseOnNextToken("expected expression after 'else', but statement is given")
					}
				}
			}
		}
	}
	p.reset(start)

	// Alternative 5.
	if a := p.peek(); a.Kind == token.PASS || a.Kind == token.BREAK || a.Kind == token.CONTINUE {
		p.pos++
		if p.expect(token.IF) != nil && p.disjunction() != nil && p.expect(token.ELSE) != nil && p.simpleStmt() != nil {
			p.raiseKnownLocation(tokenSpan(a), "expected expression before 'if', but statement is given")
		}
		p.reset(start)
	}

	// Alternatives 6 and 7.
	if a := p.expect(token.LAMBDA); a != nil {
		m := p.mark()
		if p.lambdaParams() == nil {
			p.reset(m)
		}
		if b := p.expect(token.COLON); b != nil {
			switch p.peek().Kind {
			case token.FSTRING_MIDDLE:
				p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "f-string: lambda expressions are not allowed without parentheses")
			case token.TSTRING_MIDDLE:
				p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "t-string: lambda expressions are not allowed without parentheses")
			}
		}
	}
}

// invalidNamedExpression is invalid_named_expression:
//
//	| a=expression ':=' expression -> a: "cannot use assignment expressions with %s"
//	| a=NAME '=' b=bitwise_or !('='|':=')
//	    -> a..b "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
//	| !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
//	    -> a: "cannot assign to %s here. Maybe you meant '==' instead of '='?"
func (p *parser) invalidNamedExpression() {
	// The rule only raises or fails, so the memo records failures alone
	// (a raise ends the pass).
	if _, ok := p.memoGet(memoInvalidNamedExpression); ok {
		return
	}
	start := p.mark()
	defer func() {
		p.reset(start)
		p.memoPut(memoInvalidNamedExpression, start, nil)
	}()
	if a := p.expression(); a != nil {
		if p.expect(token.COLONEQUAL) != nil && p.expression() != nil {
			p.raiseKnownLocation(span(a), "cannot use assignment expressions with "+exprName(a))
		}
	}
	p.reset(start)
	if a := p.expect(token.NAME); a != nil && p.expect(token.EQUAL) != nil {
		if b := p.bitwiseOr(); b != nil && !p.isNext(token.EQUAL, token.COLONEQUAL) {
			p.raiseKnownRange(tokenSpan(a), span(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.reset(start)
	if p.isNext(token.TRUE, token.NONE, token.FALSE) {
		return
	}
	if p.list() != nil {
		return
	}
	p.reset(start)
	if p.tuple() != nil {
		return
	}
	p.reset(start)
	if p.genexp() != nil {
		return
	}
	p.reset(start)
	if a := p.bitwiseOr(); a != nil && p.expect(token.EQUAL) != nil {
		if p.bitwiseOr() != nil && !p.isNext(token.EQUAL, token.COLONEQUAL) {
			p.raiseKnownLocation(span(a), "cannot assign to "+exprName(a)+" here. Maybe you meant '==' instead of '='?")
		}
	}
}

// invalidStarredExpressionUnpacking is invalid_starred_expression_unpacking:
//
//	| a='*' expression '=' b=expression -> a..b "cannot assign to iterable argument unpacking"
func (p *parser) invalidStarredExpressionUnpacking() {
	start := p.mark()
	defer p.reset(start)
	if a := p.expect(token.STAR); a != nil && p.expression() != nil && p.expect(token.EQUAL) != nil {
		if b := p.expression(); b != nil {
			p.raiseKnownRange(tokenSpan(a), span(b), "cannot assign to iterable argument unpacking")
		}
	}
}

// invalidStarredExpression is invalid_starred_expression:
//
//	| '*' -> "Invalid star expression" (at the last token read)
func (p *parser) invalidStarredExpression() {
	if p.check(token.STAR) {
		p.pos++
		p.raiseSyntaxError("Invalid star expression")
	}
}

// invalidArithmetic is invalid_arithmetic:
//
//	| sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion
//	    -> a..b "'not' after an operator must be parenthesized"
func (p *parser) invalidArithmetic() {
	start := p.mark()
	defer p.reset(start)
	if p.sum() == nil {
		return
	}
	if !p.isNext(token.PLUS, token.MINUS, token.STAR, token.SLASH, token.PERCENT, token.DOUBLESLASH, token.AT) {
		return
	}
	p.pos++
	if a := p.expect(token.NOT); a != nil {
		if b := p.inversion(); b != nil {
			p.raiseKnownRange(tokenSpan(a), span(b), "'not' after an operator must be parenthesized")
		}
	}
}

// invalidFactor is invalid_factor:
//
//	| ('+' | '-' | '~') a='not' b=factor -> a..b "'not' after an operator must be parenthesized"
func (p *parser) invalidFactor() {
	start := p.mark()
	defer p.reset(start)
	if !p.isNext(token.PLUS, token.MINUS, token.TILDE) {
		return
	}
	p.pos++
	if a := p.expect(token.NOT); a != nil {
		if b := p.factor(); b != nil {
			p.raiseKnownRange(tokenSpan(a), span(b), "'not' after an operator must be parenthesized")
		}
	}
}

// invalidGroup is invalid_group:
//
//	| '(' a=starred_expression ')' -> a: "cannot use starred expression here"
//	| '(' a='**' expression ')' -> a: "cannot use double starred expression here"
func (p *parser) invalidGroup() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.LPAR) == nil {
		return
	}
	if a := p.starredExpression(); a != nil && p.check(token.RPAR) {
		p.raiseKnownLocation(span(a), "cannot use starred expression here")
	}
	p.reset(start + 1)
	if a := p.expect(token.DOUBLESTAR); a != nil && p.expression() != nil && p.check(token.RPAR) {
		p.raiseKnownLocation(tokenSpan(a), "cannot use double starred expression here")
	}
}

// invalidComprehension is invalid_comprehension:
//
//	| ('[' | '(' | '{') a=starred_expression for_if_clauses
//	    -> a: "iterable unpacking cannot be used in comprehension"
//	| ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
//	    -> a..last of b: "did you forget parentheses around the comprehension target?"
//	| ('[' | '{') a=star_named_expression b=',' for_if_clauses
//	    -> a..b: the same
func (p *parser) invalidComprehension() {
	start := p.mark()
	defer p.reset(start)
	open := p.peek().Kind
	if open != token.LSQB && open != token.LPAR && open != token.LBRACE {
		return
	}
	p.pos++
	if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
		p.raiseKnownLocation(span(a), "iterable unpacking cannot be used in comprehension")
	}
	if open == token.LPAR {
		return
	}
	p.reset(start + 1)
	if a := p.starNamedExpression(); a != nil && p.expect(token.COMMA) != nil {
		if b := p.starNamedExpressions(); len(b) > 0 && p.forIfClauses() != nil {
			p.raiseKnownRange(span(a), span(b[len(b)-1]), "did you forget parentheses around the comprehension target?")
		}
	}
	p.reset(start + 1)
	if a := p.starNamedExpression(); a != nil {
		if b := p.expect(token.COMMA); b != nil && p.forIfClauses() != nil {
			p.raiseKnownRange(span(a), tokenSpan(b), "did you forget parentheses around the comprehension target?")
		}
	}
}

// invalidDictComprehension is invalid_dict_comprehension:
//
//	| '{' a='**' bitwise_or for_if_clauses '}' -> a: "dict unpacking cannot be used in dict comprehension"
func (p *parser) invalidDictComprehension() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.LBRACE) == nil {
		return
	}
	if a := p.expect(token.DOUBLESTAR); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.check(token.RBRACE) {
		p.raiseKnownLocation(tokenSpan(a), "dict unpacking cannot be used in dict comprehension")
	}
}

// invalidDoubleStarredKvpairs is invalid_double_starred_kvpairs:
//
//	| ','.double_starred_kvpair+ ',' invalid_kvpair
//	| expression ':' a='*' bitwise_or -> starting from a: "cannot use a starred expression in a dictionary value"
//	| expression a=':' &('}'|',') -> a: "expression expected after dictionary key and ':'"
//
// It either raises or fails.
func (p *parser) invalidDoubleStarredKvpairs() {
	start := p.mark()
	defer p.reset(start)
	if _, _, ok := p.doubleStarredKvpair(); ok {
		for {
			m := p.mark()
			if p.expect(token.COMMA) == nil {
				p.reset(m)
				break
			}
			if _, _, ok := p.doubleStarredKvpair(); !ok {
				p.reset(m)
				break
			}
		}
		if p.expect(token.COMMA) != nil {
			p.invalidKvpair()
		}
	}
	p.reset(start)
	p.kvpairValueErrors()
}

// kvpairValueErrors holds the alternatives that invalid_double_starred_kvpairs
// and invalid_kvpair share:
//
//	| expression ':' a='*' bitwise_or -> starting from a: "cannot use a starred expression in a dictionary value"
//	| expression a=':' &('}'|',') -> a: "expression expected after dictionary key and ':'"
func (p *parser) kvpairValueErrors() {
	start := p.mark()
	if p.expression() != nil && p.expect(token.COLON) != nil {
		if a := p.expect(token.STAR); a != nil && p.bitwiseOr() != nil {
			p.raiseStartingFrom(tokenSpan(a), "cannot use a starred expression in a dictionary value")
		}
	}
	p.reset(start)
	if p.expression() != nil {
		if a := p.expect(token.COLON); a != nil && p.isNext(token.RBRACE, token.COMMA) {
			p.raiseKnownLocation(tokenSpan(a), "expression expected after dictionary key and ':'")
		}
	}
	p.reset(start)
}

// invalidKvpair is invalid_kvpair:
//
//	| a=expression !(':') -> from the last character of a, no end: "':' expected after dictionary key"
//	| expression ':' a='*' bitwise_or -> starting from a: "cannot use a starred expression in a dictionary value"
//	| expression a=':' &('}'|',') -> a: "expression expected after dictionary key and ':'"
func (p *parser) invalidKvpair() {
	start := p.mark()
	defer p.reset(start)
	if a := p.expression(); a != nil && !p.check(token.COLON) {
		s := span(a)
		p.raiseLoc(kindSyntax, "':' expected after dictionary key", int(s.Start.Line), int(s.End.Col)-1+1, int(s.End.Line), 0)
	}
	p.reset(start)
	p.kvpairValueErrors()
}

// invalidStringTstringConcat is invalid_string_tstring_concat:
//
//	| a=(fstring|string)+ b=tstring -> last of a..b "cannot mix t-string literals with string or bytes literals"
//	| a=tstring+ b=(fstring|string) -> the same
func (p *parser) invalidStringTstringConcat() {
	start := p.mark()
	defer p.reset(start)
	var last ast.Span
	n := 0
	for {
		sp, ok := p.concatItem(false)
		if !ok {
			break
		}
		last = sp
		n++
	}
	if n > 0 {
		if b, ok := p.concatItem(true); ok {
			p.raiseKnownRange(last, b, "cannot mix t-string literals with string or bytes literals")
		}
		p.reset(start)
	}
	n = 0
	for {
		sp, ok := p.concatItem(true)
		if !ok {
			break
		}
		last = sp
		n++
	}
	if n > 0 {
		if b, ok := p.concatItem(false); ok {
			p.raiseKnownRange(last, b, "cannot mix t-string literals with string or bytes literals")
		}
	}
}

// concatItem matches one item of an implicit concatenation: a t-string
// when tstr is set, else an f-string or a plain string, and returns its
// span (the node's position CPython would give it).
func (p *parser) concatItem(tstr bool) (ast.Span, bool) {
	m := p.mark()
	k := p.peek().Kind
	switch {
	case tstr && k == token.TSTRING_START:
		if _, ok := p.tstring(nil); !ok {
			p.reset(m)
			return ast.Span{}, false
		}
	case !tstr && k == token.FSTRING_START:
		if _, ok := p.fstring(nil); !ok {
			p.reset(m)
			return ast.Span{}, false
		}
	case !tstr && k == token.STRING:
		p.pos++
	default:
		return ast.Span{}, false
	}
	return p.spanFrom(m), true
}

// ---- f-strings and t-strings ----

// invalidFstringReplacementField is invalid_fstring_replacement_field.
func (p *parser) invalidFstringReplacementField() { p.invalidReplacementField("f-string") }

// invalidTstringReplacementField is invalid_tstring_replacement_field.
func (p *parser) invalidTstringReplacementField() { p.invalidReplacementField("t-string") }

// invalidReplacementField implements invalid_fstring_replacement_field and
// its t-string twin (kind is "f-string" or "t-string"):
//
//	| '{' a='=' -> a: "valid expression required before '='" (also '!', ':', '}')
//	| '{' !annotated_rhs -> next token: "expecting a valid expression after '{'"
//	| '{' annotated_rhs !('=' | '!' | ':' | '}') -> next: "expecting '=', or '!', or ':', or '}'"
//	| '{' annotated_rhs '=' !('!' | ':' | '}') -> next: "expecting '!', or ':', or '}'"
//	| '{' annotated_rhs '='? invalid_conversion_character
//	| '{' annotated_rhs '='? ['!' NAME] !(':' | '}') -> next: "expecting ':' or '}'"
//	| '{' annotated_rhs '='? ['!' NAME] ':' format_spec* !'}' -> next: "expecting '}', or format specs"
//	| '{' annotated_rhs '='? ['!' NAME] !'}' -> next: "expecting '}'"
func (p *parser) invalidReplacementField(kind string) {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.LBRACE) == nil {
		return
	}
	switch a := p.peek(); a.Kind {
	case token.EQUAL, token.EXCLAMATION, token.COLON, token.RBRACE:
		p.raiseKnownLocation(tokenSpan(a), kind+": valid expression required before '"+a.Kind.String()+"'")
	}
	afterBrace := p.mark()
	if p.annotatedRhs() == nil {
		p.reset(afterBrace)
		p.raiseOnNextToken(kind + ": expecting a valid expression after '{'")
	}
	afterExpr := p.mark()
	if !p.isNext(token.EQUAL, token.EXCLAMATION, token.COLON, token.RBRACE) {
		p.raiseOnNextToken(kind + ": expecting '=', or '!', or ':', or '}'")
	}
	if p.expect(token.EQUAL) != nil && !p.isNext(token.EXCLAMATION, token.COLON, token.RBRACE) {
		p.raiseOnNextToken(kind + ": expecting '!', or ':', or '}'")
	}
	p.reset(afterExpr)
	p.expect(token.EQUAL)
	p.invalidConversionCharacter(kind)
	// ['!' NAME]
	m := p.mark()
	if p.expect(token.EXCLAMATION) == nil || p.expect(token.NAME) == nil {
		p.reset(m)
	}
	if !p.isNext(token.COLON, token.RBRACE) {
		p.raiseOnNextToken(kind + ": expecting ':' or '}'")
	}
	m = p.mark()
	if p.expect(token.COLON) != nil {
		p.skipFstringFormatSpecs()
		if !p.check(token.RBRACE) {
			p.raiseOnNextToken(kind + ": expecting '}', or format specs")
		}
	}
	p.reset(m)
	if !p.check(token.RBRACE) {
		p.raiseOnNextToken(kind + ": expecting '}'")
	}
}

// invalidFstringConversionCharacter is invalid_fstring_conversion_character.
func (p *parser) invalidFstringConversionCharacter() { p.invalidConversionCharacter("f-string") }

// invalidTstringConversionCharacter is invalid_tstring_conversion_character.
func (p *parser) invalidTstringConversionCharacter() { p.invalidConversionCharacter("t-string") }

// invalidConversionCharacter:
//
//	| '!' &(':' | '}') -> next token: "missing conversion character"
//	| '!' !NAME -> next token: "invalid conversion character"
func (p *parser) invalidConversionCharacter(kind string) {
	start := p.mark()
	if p.expect(token.EXCLAMATION) == nil {
		return
	}
	if p.isNext(token.COLON, token.RBRACE) {
		p.raiseOnNextToken(kind + ": missing conversion character")
	}
	if !p.check(token.NAME) {
		p.raiseOnNextToken(kind + ": invalid conversion character")
	}
	p.reset(start)
}

// ---- assignment and other simple statements ----

// invalidAnnAssignTarget is invalid_ann_assign_target:
//
//	| list | tuple | '(' a=invalid_ann_assign_target ')'
func (p *parser) invalidAnnAssignTarget() ast.Expr {
	start := p.mark()
	if e := p.list(); e != nil {
		return e
	}
	p.reset(start)
	if e := p.tuple(); e != nil {
		return e
	}
	p.reset(start)
	if p.expect(token.LPAR) != nil {
		if a := p.invalidAnnAssignTarget(); a != nil && p.expect(token.RPAR) != nil {
			return a
		}
	}
	p.reset(start)
	return nil
}

// invalidAssignment is invalid_assignment:
//
//	| a=invalid_ann_assign_target ':' expression -> a: "only single target (not %s) can be annotated"
//	| a=star_named_expression ',' star_named_expressions* ':' expression
//	    -> a: "only single target (not tuple) can be annotated"
//	| a=expression ':' expression -> a: "illegal target for annotation"
//	| (star_targets '=')* a=star_expressions '=' -> invalid target in a: "cannot assign to %s"
//	| (star_targets '=')* a=yield_expr '=' -> a: "assignment to yield expression not possible"
//	| a=star_expressions augassign annotated_rhs -> a: "'%s' is an illegal expression for augmented assignment"
func (p *parser) invalidAssignment() {
	start := p.mark()
	defer p.reset(start)
	if a := p.invalidAnnAssignTarget(); a != nil && p.expect(token.COLON) != nil && p.expression() != nil {
		p.raiseKnownLocation(span(a), "only single target (not "+exprName(a)+") can be annotated")
	}
	p.reset(start)
	if a := p.starNamedExpression(); a != nil && p.expect(token.COMMA) != nil {
		for p.starNamedExpressions() != nil {
		}
		if p.expect(token.COLON) != nil && p.expression() != nil {
			p.raiseKnownLocation(span(a), "only single target (not tuple) can be annotated")
		}
	}
	p.reset(start)
	if a := p.expression(); a != nil && p.expect(token.COLON) != nil && p.expression() != nil {
		p.raiseKnownLocation(span(a), "illegal target for annotation")
	}
	p.reset(start)
	p.skipStarTargetsAssigns()
	if a := p.starExpressions(); a != nil && p.expect(token.EQUAL) != nil {
		p.raiseInvalidTarget(starTargets, a)
		return
	}
	p.reset(start)
	p.skipStarTargetsAssigns()
	if a := p.yieldExpr(); a != nil && p.expect(token.EQUAL) != nil {
		p.raiseKnownLocation(span(a), "assignment to yield expression not possible")
	}
	p.reset(start)
	if a := p.starExpressions(); a != nil && isAugAssign(p.peek().Kind) {
		p.pos++
		if p.annotatedRhs() != nil {
			p.raiseKnownLocation(span(a), "'"+exprName(a)+"' is an illegal expression for augmented assignment")
		}
	}
}

// skipStarTargetsAssigns matches (star_targets '=')*.
func (p *parser) skipStarTargetsAssigns() {
	for {
		m := p.mark()
		if p.starTargets() == nil || p.expect(token.EQUAL) == nil {
			p.reset(m)
			return
		}
	}
}

// invalidDelStmt is invalid_del_stmt:
//
//	| 'del' a=star_expressions -> invalid target in a: "cannot delete %s"
func (p *parser) invalidDelStmt() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.DEL) != nil {
		if a := p.starExpressions(); a != nil {
			p.raiseInvalidTarget(delTargets, a)
		}
	}
}

// invalidImport is invalid_import:
//
//	| a='import' ','.dotted_name+ 'from' dotted_name
//	    -> starting from a: "Did you mean to use 'from ... import ...' instead?"
//	| 'import' token=NEWLINE -> starting from token: "Expected one or more names after 'import'"
func (p *parser) invalidImport() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.IMPORT)
	if a == nil {
		return
	}
	if _, _, ok := p.dottedName(); ok {
		for {
			m := p.mark()
			if p.expect(token.COMMA) == nil {
				break
			}
			if _, _, ok := p.dottedName(); !ok {
				p.reset(m)
				break
			}
		}
		if p.expect(token.FROM) != nil {
			if _, _, ok := p.dottedName(); ok {
				p.raiseStartingFrom(tokenSpan(a), "Did you mean to use 'from ... import ...' instead?")
			}
		}
	}
	p.reset(start + 1)
	if t := p.expect(token.NEWLINE); t != nil {
		p.raiseStartingFrom(tokenSpan(t), "Expected one or more names after 'import'")
	}
}

// importTargetLookahead is !(NAME (',' | ')' | ';' | NEWLINE)).
func (p *parser) importTargetLookahead() bool {
	if p.peek().Kind != token.NAME {
		return true
	}
	switch p.peekAt(1).Kind {
	case token.COMMA, token.RPAR, token.SEMI, token.NEWLINE:
		return false
	}
	return true
}

// invalidDottedAsName is invalid_dotted_as_name:
//
//	| dotted_name 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression
//	    -> a: "cannot use %s as import target"
func (p *parser) invalidDottedAsName() {
	start := p.mark()
	defer p.reset(start)
	if _, _, ok := p.dottedName(); !ok || p.expect(token.AS) == nil || !p.importTargetLookahead() {
		return
	}
	if a := p.expression(); a != nil {
		p.raiseKnownLocation(span(a), "cannot use "+exprName(a)+" as import target")
	}
}

// invalidImportFromAsName is invalid_import_from_as_name:
//
//	| NAME 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression
//	    -> a: "cannot use %s as import target"
func (p *parser) invalidImportFromAsName() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.NAME) == nil || p.expect(token.AS) == nil || !p.importTargetLookahead() {
		return
	}
	if a := p.expression(); a != nil {
		p.raiseKnownLocation(span(a), "cannot use "+exprName(a)+" as import target")
	}
}

// invalidImportFromTargets is invalid_import_from_targets:
//
//	| import_from_as_names ',' NEWLINE -> "trailing comma not allowed without surrounding parentheses"
//	| token=NEWLINE -> starting from token: "Expected one or more names after 'import'"
func (p *parser) invalidImportFromTargets() {
	start := p.mark()
	defer p.reset(start)
	if p.importFromAsNames() != nil && p.expect(token.COMMA) != nil && p.expect(token.NEWLINE) != nil {
		p.raiseSyntaxError("trailing comma not allowed without surrounding parentheses")
	}
	p.reset(start)
	if t := p.expect(token.NEWLINE); t != nil {
		p.raiseStartingFrom(tokenSpan(t), "Expected one or more names after 'import'")
	}
}

// ---- blocks and compound statements ----

// invalidBlock is invalid_block:
//
//	| NEWLINE !INDENT -> IndentationError "expected an indented block"
func (p *parser) invalidBlock() {
	if p.check(token.NEWLINE) && p.peekAt(1).Kind != token.INDENT {
		p.raiseIndentationError("expected an indented block")
	}
}

// raiseNoIndentedBlock raises "expected an indented block after X on line
// N" when the next tokens are NEWLINE and no INDENT (the common tail of
// the invalid_*_indent rules).
func (p *parser) raiseNoIndentedBlock(what string, kw *token.Token) {
	if p.check(token.NEWLINE) && p.peekAt(1).Kind != token.INDENT {
		p.pos++
		p.raiseIndentationError("expected an indented block after " + what + " on line " + strconv.Itoa(int(kw.Start.Line)))
	}
}

// invalidIfStmt is invalid_if_stmt:
//
//	| 'if' named_expression NEWLINE -> "expected ':'"
//	| a='if' a=named_expression ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'if' statement on line %d"
func (p *parser) invalidIfStmt() { p.invalidCondStmt(token.IF, "'if' statement") }

// invalidElifStmt is invalid_elif_stmt: as invalid_if_stmt for 'elif'.
func (p *parser) invalidElifStmt() { p.invalidCondStmt(token.ELIF, "'elif' statement") }

// invalidWhileStmt is invalid_while_stmt: as invalid_if_stmt for 'while'.
func (p *parser) invalidWhileStmt() { p.invalidCondStmt(token.WHILE, "'while' statement") }

func (p *parser) invalidCondStmt(kw token.Kind, what string) {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(kw)
	if a == nil {
		return
	}
	if p.namedExpression() == nil {
		return
	}
	if p.check(token.NEWLINE) {
		p.pos++
		p.raiseSyntaxError("expected ':'")
	}
	if p.expect(token.COLON) != nil {
		// In CPython's invalid_if_stmt the line reported is that of the
		// condition (the grammar rebinds a); for elif and while it is the
		// keyword's. Both start on the same line unless the condition is
		// parenthesized across lines, which it cannot start with.
		p.raiseNoIndentedBlock(what, a)
	}
}

// invalidElseStmt is invalid_else_stmt:
//
//	| a='else' ':' NEWLINE !INDENT -> IndentationError "expected an indented block after 'else' statement on line %d"
//	| 'else' ':' block 'elif' -> "'elif' block follows an 'else' block"
func (p *parser) invalidElseStmt() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.ELSE)
	if a == nil || p.expect(token.COLON) == nil {
		return
	}
	p.raiseNoIndentedBlock("'else' statement", a)
	if p.block() != nil && p.check(token.ELIF) {
		p.pos++
		p.raiseSyntaxError("'elif' block follows an 'else' block")
	}
}

// invalidForStmt is invalid_for_stmt:
//
//	| ['async'] 'for' star_targets 'in' star_expressions NEWLINE -> "expected ':'"
//	| ['async'] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'for' statement on line %d"
func (p *parser) invalidForStmt() {
	start := p.mark()
	defer p.reset(start)
	p.expect(token.ASYNC)
	a := p.expect(token.FOR)
	if a == nil || p.starTargets() == nil || p.expect(token.IN) == nil || p.starExpressions() == nil {
		return
	}
	if p.check(token.NEWLINE) {
		p.pos++
		p.raiseSyntaxError("expected ':'")
	}
	if p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("'for' statement", a)
	}
}

// invalidForTarget is invalid_for_target:
//
//	| 'async'? 'for' a=star_expressions -> invalid target in a: "cannot assign to %s"
func (p *parser) invalidForTarget() {
	start := p.mark()
	defer p.reset(start)
	p.expect(token.ASYNC)
	if p.expect(token.FOR) == nil {
		return
	}
	if a := p.starExpressions(); a != nil {
		p.raiseInvalidTarget(forTargets, a)
	}
}

// invalidForIfClause is invalid_for_if_clause:
//
//	| 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in'
//	    -> "'in' expected after for-loop variables"
func (p *parser) invalidForIfClause() {
	start := p.mark()
	defer p.reset(start)
	p.expect(token.ASYNC)
	if p.expect(token.FOR) == nil || p.bitwiseOr() == nil {
		return
	}
	for {
		m := p.mark()
		if p.expect(token.COMMA) == nil || p.bitwiseOr() == nil {
			p.reset(m)
			break
		}
	}
	p.expect(token.COMMA)
	if !p.check(token.IN) {
		p.raiseSyntaxError("'in' expected after for-loop variables")
	}
}

// withItemsLoose matches ','.(expression ['as' star_target])+, or with
// parenthesized set, ','.(expressions ['as' star_target])+.
func (p *parser) withItemsLoose(paren bool) bool {
	n := 0
	for {
		m := p.mark()
		if n > 0 && p.expect(token.COMMA) == nil {
			break
		}
		var e ast.Expr
		if paren {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			p.reset(m)
			break
		}
		am := p.mark()
		if p.expect(token.AS) == nil || p.starTarget() == nil {
			p.reset(am)
		}
		n++
	}
	return n > 0
}

// invalidWithStmt is invalid_with_stmt:
//
//	| ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE -> "expected ':'"
//	| ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE -> "expected ':'"
func (p *parser) invalidWithStmt() {
	start := p.mark()
	defer p.reset(start)
	p.expect(token.ASYNC)
	if p.expect(token.WITH) == nil {
		return
	}
	afterWith := p.mark()
	if p.withItemsLoose(false) && p.check(token.NEWLINE) {
		p.pos++
		p.raiseSyntaxError("expected ':'")
	}
	p.reset(afterWith)
	if p.expect(token.LPAR) != nil && p.withItemsLoose(true) {
		p.expect(token.COMMA)
		if p.expect(token.RPAR) != nil && p.check(token.NEWLINE) {
			p.pos++
			p.raiseSyntaxError("expected ':'")
		}
	}
}

// invalidWithStmtIndent is invalid_with_stmt_indent:
//
//	| ['async'] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
//	| ['async'] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'with' statement on line %d"
func (p *parser) invalidWithStmtIndent() {
	start := p.mark()
	defer p.reset(start)
	p.expect(token.ASYNC)
	a := p.expect(token.WITH)
	if a == nil {
		return
	}
	afterWith := p.mark()
	if p.withItemsLoose(false) && p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("'with' statement", a)
	}
	p.reset(afterWith)
	if p.expect(token.LPAR) != nil && p.withItemsLoose(true) {
		p.expect(token.COMMA)
		if p.expect(token.RPAR) != nil && p.expect(token.COLON) != nil {
			p.raiseNoIndentedBlock("'with' statement", a)
		}
	}
}

// invalidWithItem is invalid_with_item:
//
//	| expression 'as' a=expression &(',' | ')' | ':') -> invalid target in a: "cannot assign to %s"
func (p *parser) invalidWithItem() {
	start := p.mark()
	defer p.reset(start)
	if p.expression() == nil || p.expect(token.AS) == nil {
		return
	}
	if a := p.expression(); a != nil && p.isNext(token.COMMA, token.RPAR, token.COLON) {
		p.raiseInvalidTarget(starTargets, a)
	}
}

// invalidTryStmt is invalid_try_stmt:
//
//	| a='try' ':' NEWLINE !INDENT -> IndentationError "expected an indented block after 'try' statement on line %d"
//	| 'try' ':' block !('except' | 'finally') -> "expected 'except' or 'finally' block"
//	| 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
//	    -> a..b "cannot have both 'except' and 'except*' on the same 'try'"
//	| 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
//	    -> a: the same
func (p *parser) invalidTryStmt() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.TRY)
	if a == nil || p.expect(token.COLON) == nil {
		return
	}
	afterColon := p.mark()
	p.raiseNoIndentedBlock("'try' statement", a)
	if p.block() != nil && !p.isNext(token.EXCEPT, token.FINALLY) {
		p.raiseSyntaxError("expected 'except' or 'finally' block")
	}
	p.reset(afterColon)
	for p.block() != nil {
	}
	afterBlocks := p.mark()
	if p.exceptBlock() != nil {
		for p.exceptBlock() != nil {
		}
		if a := p.expect(token.EXCEPT); a != nil {
			if b := p.expect(token.STAR); b != nil && p.expression() != nil {
				p.optAsName()
				if p.check(token.COLON) {
					p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "cannot have both 'except' and 'except*' on the same 'try'")
				}
			}
		}
	}
	p.reset(afterBlocks)
	if p.exceptStarBlock() != nil {
		for p.exceptStarBlock() != nil {
		}
		if a := p.expect(token.EXCEPT); a != nil {
			m := p.mark()
			if p.expression() != nil {
				p.optAsName()
			} else {
				p.reset(m)
			}
			if p.check(token.COLON) {
				p.raiseKnownLocation(tokenSpan(a), "cannot have both 'except' and 'except*' on the same 'try'")
			}
		}
	}
}

// optAsName matches ['as' NAME].
func (p *parser) optAsName() {
	m := p.mark()
	if p.expect(token.AS) == nil || p.expect(token.NAME) == nil {
		p.reset(m)
	}
}

// invalidExceptStmt is invalid_except_stmt:
//
//	| 'except' a=expression ',' expressions 'as' NAME ':'
//	    -> starting from a: "multiple exception types must be parenthesized when using 'as'"
//	| a='except' expression ['as' NAME ] NEWLINE -> "expected ':'"
//	| a='except' NEWLINE -> "expected ':'"
//	| 'except' expression 'as' a=expression ':' block -> a: "cannot use except statement with %s"
func (p *parser) invalidExceptStmt() { p.invalidExcept(false) }

// invalidExceptStarStmt is invalid_except_star_stmt:
//
//	| 'except' '*' a=expression ',' expressions 'as' NAME ':'
//	    -> starting from a: "multiple exception types must be parenthesized when using 'as'"
//	| a='except' '*' expression ['as' NAME ] NEWLINE -> "expected ':'"
//	| a='except' '*' (NEWLINE | ':') -> "expected one or more exception types"
//	| 'except' '*' expression 'as' a=expression ':' block -> a: "cannot use except* statement with %s"
func (p *parser) invalidExceptStarStmt() { p.invalidExcept(true) }

func (p *parser) invalidExcept(star bool) {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.EXCEPT) == nil {
		return
	}
	if star && p.expect(token.STAR) == nil {
		return
	}
	body := p.mark()
	if a := p.expression(); a != nil && p.expect(token.COMMA) != nil && p.expressions() != nil &&
		p.expect(token.AS) != nil && p.expect(token.NAME) != nil && p.check(token.COLON) {
		p.raiseStartingFrom(span(a), "multiple exception types must be parenthesized when using 'as'")
	}
	p.reset(body)
	if p.expression() != nil {
		p.optAsName()
		if p.check(token.NEWLINE) {
			p.pos++
			p.raiseSyntaxError("expected ':'")
		}
	}
	p.reset(body)
	if star {
		if p.isNext(token.NEWLINE, token.COLON) {
			p.pos++
			p.raiseSyntaxError("expected one or more exception types")
		}
	} else if p.check(token.NEWLINE) {
		p.pos++
		p.raiseSyntaxError("expected ':'")
	}
	if p.expression() != nil && p.expect(token.AS) != nil {
		if a := p.expression(); a != nil && p.expect(token.COLON) != nil && p.block() != nil {
			what := "except"
			if star {
				what = "except*"
			}
			p.raiseKnownLocation(span(a), "cannot use "+what+" statement with "+exprName(a))
		}
	}
}

// invalidFinallyStmt is invalid_finally_stmt:
//
//	| a='finally' ':' NEWLINE !INDENT -> IndentationError "expected an indented block after 'finally' statement on line %d"
func (p *parser) invalidFinallyStmt() {
	start := p.mark()
	defer p.reset(start)
	if a := p.expect(token.FINALLY); a != nil && p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("'finally' statement", a)
	}
}

// invalidExceptStmtIndent is invalid_except_stmt_indent:
//
//	| a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
//	| a='except' ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'except' statement on line %d"
func (p *parser) invalidExceptStmtIndent() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.EXCEPT)
	if a == nil {
		return
	}
	if p.expression() != nil {
		p.optAsName()
		if p.expect(token.COLON) != nil {
			p.raiseNoIndentedBlock("'except' statement", a)
		}
	}
	p.reset(start + 1)
	if p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("'except' statement", a)
	}
}

// invalidExceptStarStmtIndent is invalid_except_star_stmt_indent:
//
//	| a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'except*' statement on line %d"
func (p *parser) invalidExceptStarStmtIndent() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.EXCEPT)
	if a == nil || p.expect(token.STAR) == nil || p.expression() == nil {
		return
	}
	p.optAsName()
	if p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("'except*' statement", a)
	}
}

// invalidDefRaw is invalid_def_raw:
//
//	| ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after function definition on line %d"
//	| ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
//
// The second alternative has no action: when it matches it consumes the
// definition and succeeds, and function_def_raw returns its result.
func (p *parser) invalidDefRaw() ast.Stmt {
	start := p.mark()
	async := p.expect(token.ASYNC) != nil
	a := p.expect(token.DEF)
	if a == nil || p.expect(token.NAME) == nil {
		p.reset(start)
		return nil
	}
	name := p.toks[p.pos-1].Value
	afterName := p.mark()
	p.optTypeParams()
	if p.expect(token.LPAR) != nil {
		p.optParams()
		if p.expect(token.RPAR) != nil {
			p.optReturns()
			if p.expect(token.COLON) != nil {
				p.raiseNoIndentedBlock("function definition", a)
			}
		}
	}
	p.reset(afterName)
	p.optTypeParams()
	p.expectForced(token.LPAR, "(")
	p.optParams()
	if p.expect(token.RPAR) == nil {
		p.reset(start)
		return nil
	}
	p.optReturns()
	p.expectForced(token.COLON, ":")
	p.funcTypeComment()
	if p.block() == nil {
		p.reset(start)
		return nil
	}
	sp := p.spanFrom(start)
	if async {
		return &ast.AsyncFunctionDef{Span: sp, Name: name, Args: &ast.Arguments{}}
	}
	return &ast.FunctionDef{Span: sp, Name: name, Args: &ast.Arguments{}}
}

// optParams matches [params].
func (p *parser) optParams() {
	m := p.mark()
	if p.params() == nil {
		p.reset(m)
	}
}

// optReturns matches ['->' expression].
func (p *parser) optReturns() {
	m := p.mark()
	if p.expect(token.RARROW) == nil || p.expression() == nil {
		p.reset(m)
	}
}

// invalidClassDefRaw is invalid_class_def_raw:
//
//	| 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE -> "expected ':'"
//	| a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after class definition on line %d"
func (p *parser) invalidClassDefRaw() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.CLASS)
	if a == nil || p.expect(token.NAME) == nil {
		return
	}
	p.optTypeParams()
	m := p.mark()
	if p.expect(token.LPAR) != nil {
		am := p.mark()
		if p.arguments() == nil {
			p.reset(am)
		}
		if p.expect(token.RPAR) == nil {
			p.reset(m)
		}
	}
	if p.check(token.NEWLINE) {
		p.pos++
		p.raiseSyntaxError("expected ':'")
	}
	if p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("class definition", a)
	}
}

// invalidDoubleTypeComments is invalid_double_type_comments:
//
//	| TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT -> "Cannot have two type comments on def"
func (p *parser) invalidDoubleTypeComments() {
	if p.peek().Kind == token.TYPE_COMMENT && p.peekAt(1).Kind == token.NEWLINE && p.peekAt(2).Kind == token.TYPE_COMMENT &&
		p.peekAt(3).Kind == token.NEWLINE && p.peekAt(4).Kind == token.INDENT {
		p.pos += 5
		p.raiseSyntaxError("Cannot have two type comments on def")
	}
}

// ---- parameters ----

// invalidParameters is invalid_parameters:
//
//	| a="/" ',' -> a: "at least one argument must precede /"
//	| (slash_no_default | slash_with_default) param_maybe_default* a='/' -> a: "/ may appear only once"
//	| slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
//	    -> a: "parameter without a default follows parameter with a default"
//	| param_no_default* a='(' param_no_default+ ','? b=')' -> a..b "Function parameters cannot be parenthesized"
//	| (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//	  param_maybe_default* a='/' -> a: "/ must be ahead of *"
//	| param_maybe_default+ '/' a='*' -> a: "expected comma between / and *"
func (p *parser) invalidParameters() {
	start := p.mark()
	defer p.reset(start)
	if a := p.expect(token.SLASH); a != nil && p.check(token.COMMA) {
		p.raiseKnownLocation(tokenSpan(a), "at least one argument must precede /")
	}
	p.reset(start)
	if p.slashNoDefault() != nil || p.slashWith() {
		for p.paramMaybe() {
		}
		if a := p.expect(token.SLASH); a != nil {
			p.raiseKnownLocation(tokenSpan(a), "/ may appear only once")
		}
	}
	p.reset(start)
	if p.slashNoDefault() == nil {
		p.reset(start)
	}
	for p.paramNoDefault() != nil {
	}
	if p.invalidParametersHelper() {
		if a := p.paramNoDefault(); a != nil {
			p.raiseKnownLocation(span(a), "parameter without a default follows parameter with a default")
		}
	}
	p.reset(start)
	for p.paramNoDefault() != nil {
	}
	if a := p.expect(token.LPAR); a != nil && p.paramNoDefault() != nil {
		for p.paramNoDefault() != nil {
		}
		p.expect(token.COMMA)
		if b := p.expect(token.RPAR); b != nil {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "Function parameters cannot be parenthesized")
		}
	}
	p.reset(start)
	if p.slashNoDefault() == nil {
		p.reset(start)
		if !p.slashWith() {
			p.reset(start)
		}
	}
	for p.paramMaybe() {
	}
	if p.expect(token.STAR) != nil {
		if p.expect(token.COMMA) != nil || p.paramNoDefault() != nil {
			for p.paramMaybe() {
			}
			if a := p.expect(token.SLASH); a != nil {
				p.raiseKnownLocation(tokenSpan(a), "/ must be ahead of *")
			}
		}
	}
	p.reset(start)
	if p.paramMaybe() {
		for p.paramMaybe() {
		}
		if p.expect(token.SLASH) != nil {
			if a := p.expect(token.STAR); a != nil {
				p.raiseKnownLocation(tokenSpan(a), "expected comma between / and *")
			}
		}
	}
}

// invalidParametersHelper is invalid_parameters_helper:
//
//	| slash_with_default | param_with_default+
func (p *parser) invalidParametersHelper() bool {
	m := p.mark()
	if p.slashWith() {
		return true
	}
	p.reset(m)
	if !p.paramWith() {
		p.reset(m)
		return false
	}
	for p.paramWith() {
	}
	return true
}

// invalidDefault is invalid_default:
//
//	| a='=' &(')'|',') -> a: "expected default value expression"
func (p *parser) invalidDefault() {
	if a := p.peek(); a.Kind == token.EQUAL {
		if k := p.peekAt(1).Kind; k == token.RPAR || k == token.COMMA {
			p.raiseKnownLocation(tokenSpan(a), "expected default value expression")
		}
	}
}

// invalidStarEtc is invalid_star_etc:
//
//	| a='*' (')' | ',' (')' | '**')) -> a: "named arguments must follow bare *"
//	| '*' ',' TYPE_COMMENT -> "bare * has associated type comment"
//	| '*' param a='=' -> a: "var-positional argument cannot have default value"
//	| '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
//	    -> a: "* argument may appear only once"
func (p *parser) invalidStarEtc() {
	start := p.mark()
	defer p.reset(start)
	a := p.expect(token.STAR)
	if a == nil {
		return
	}
	switch p.peek().Kind {
	case token.RPAR:
		p.raiseKnownLocation(tokenSpan(a), "named arguments must follow bare *")
	case token.COMMA:
		if k := p.peekAt(1).Kind; k == token.RPAR || k == token.DOUBLESTAR {
			p.raiseKnownLocation(tokenSpan(a), "named arguments must follow bare *")
		}
		if p.peekAt(1).Kind == token.TYPE_COMMENT {
			p.pos += 2
			p.raiseSyntaxError("bare * has associated type comment")
		}
	}
	if p.param() != nil {
		if e := p.expect(token.EQUAL); e != nil {
			p.raiseKnownLocation(tokenSpan(e), "var-positional argument cannot have default value")
		}
	}
	p.reset(start + 1)
	if p.paramNoDefault() != nil || p.expect(token.COMMA) != nil {
		for p.paramMaybe() {
		}
		if a := p.expect(token.STAR); a != nil {
			if p.paramNoDefault() != nil || p.expect(token.COMMA) != nil {
				p.raiseKnownLocation(tokenSpan(a), "* argument may appear only once")
			}
		}
	}
}

// invalidKwds is invalid_kwds:
//
//	| '**' param a='=' -> a: "var-keyword argument cannot have default value"
//	| '**' param ',' a=param -> a: "arguments cannot follow var-keyword argument"
//	| '**' param ',' a=('*'|'**'|'/') -> a: the same
func (p *parser) invalidKwds() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.DOUBLESTAR) == nil || p.param() == nil {
		return
	}
	if a := p.expect(token.EQUAL); a != nil {
		p.raiseKnownLocation(tokenSpan(a), "var-keyword argument cannot have default value")
	}
	if p.expect(token.COMMA) == nil {
		return
	}
	m := p.mark()
	if a := p.param(); a != nil {
		p.raiseKnownLocation(span(a), "arguments cannot follow var-keyword argument")
	}
	p.reset(m)
	if a := p.peek(); a.Kind == token.STAR || a.Kind == token.DOUBLESTAR || a.Kind == token.SLASH {
		p.raiseKnownLocation(tokenSpan(a), "arguments cannot follow var-keyword argument")
	}
}

// invalidLambdaParameters is invalid_lambda_parameters: invalid_parameters
// for lambda parameters (no annotations, ':' ends them), with "Lambda
// expression parameters cannot be parenthesized".
func (p *parser) invalidLambdaParameters() {
	start := p.mark()
	defer p.reset(start)
	if a := p.expect(token.SLASH); a != nil && p.check(token.COMMA) {
		p.raiseKnownLocation(tokenSpan(a), "at least one argument must precede /")
	}
	p.reset(start)
	if p.lambdaSlashNoDefault() != nil || p.lambdaSlashWith() {
		for p.lambdaParamMaybe() {
		}
		if a := p.expect(token.SLASH); a != nil {
			p.raiseKnownLocation(tokenSpan(a), "/ may appear only once")
		}
	}
	p.reset(start)
	if p.lambdaSlashNoDefault() == nil {
		p.reset(start)
	}
	for p.lambdaParamNoDefault() != nil {
	}
	if p.invalidLambdaParametersHelper() {
		if a := p.lambdaParamNoDefault(); a != nil {
			p.raiseKnownLocation(span(a), "parameter without a default follows parameter with a default")
		}
	}
	p.reset(start)
	for p.lambdaParamNoDefault() != nil {
	}
	// '(' ','.lambda_param+ ','? ')'
	if a := p.expect(token.LPAR); a != nil && p.expect(token.NAME) != nil {
		for {
			m := p.mark()
			if p.expect(token.COMMA) == nil || p.expect(token.NAME) == nil {
				p.reset(m)
				break
			}
		}
		p.expect(token.COMMA)
		if b := p.expect(token.RPAR); b != nil {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "Lambda expression parameters cannot be parenthesized")
		}
	}
	p.reset(start)
	if p.lambdaSlashNoDefault() == nil {
		p.reset(start)
		if !p.lambdaSlashWith() {
			p.reset(start)
		}
	}
	for p.lambdaParamMaybe() {
	}
	if p.expect(token.STAR) != nil {
		if p.expect(token.COMMA) != nil || p.lambdaParamNoDefault() != nil {
			for p.lambdaParamMaybe() {
			}
			if a := p.expect(token.SLASH); a != nil {
				p.raiseKnownLocation(tokenSpan(a), "/ must be ahead of *")
			}
		}
	}
	p.reset(start)
	if p.lambdaParamMaybe() {
		for p.lambdaParamMaybe() {
		}
		if p.expect(token.SLASH) != nil {
			if a := p.expect(token.STAR); a != nil {
				p.raiseKnownLocation(tokenSpan(a), "expected comma between / and *")
			}
		}
	}
}

// invalidLambdaParametersHelper is invalid_lambda_parameters_helper:
//
//	| lambda_slash_with_default | lambda_param_with_default+
func (p *parser) invalidLambdaParametersHelper() bool {
	m := p.mark()
	if p.lambdaSlashWith() {
		return true
	}
	p.reset(m)
	if !p.lambdaParamWith() {
		p.reset(m)
		return false
	}
	for p.lambdaParamWith() {
	}
	return true
}

// invalidLambdaStarEtc is invalid_lambda_star_etc:
//
//	| '*' (':' | ',' (':' | '**')) -> "named arguments must follow bare *"
//	| '*' lambda_param a='=' -> a: "var-positional argument cannot have default value"
//	| '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',')
//	    -> a: "* argument may appear only once"
func (p *parser) invalidLambdaStarEtc() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.STAR) == nil {
		return
	}
	switch p.peek().Kind {
	case token.COLON:
		p.pos++
		p.raiseSyntaxError("named arguments must follow bare *")
	case token.COMMA:
		if k := p.peekAt(1).Kind; k == token.COLON || k == token.DOUBLESTAR {
			p.pos += 2
			p.raiseSyntaxError("named arguments must follow bare *")
		}
	}
	if p.expect(token.NAME) != nil {
		if e := p.expect(token.EQUAL); e != nil {
			p.raiseKnownLocation(tokenSpan(e), "var-positional argument cannot have default value")
		}
	}
	p.reset(start + 1)
	if p.lambdaParamNoDefault() != nil || p.expect(token.COMMA) != nil {
		for p.lambdaParamMaybe() {
		}
		if a := p.expect(token.STAR); a != nil {
			if p.lambdaParamNoDefault() != nil || p.expect(token.COMMA) != nil {
				p.raiseKnownLocation(tokenSpan(a), "* argument may appear only once")
			}
		}
	}
}

// invalidLambdaKwds is invalid_lambda_kwds: invalid_kwds for lambdas.
func (p *parser) invalidLambdaKwds() {
	start := p.mark()
	defer p.reset(start)
	if p.expect(token.DOUBLESTAR) == nil || p.expect(token.NAME) == nil {
		return
	}
	if a := p.expect(token.EQUAL); a != nil {
		p.raiseKnownLocation(tokenSpan(a), "var-keyword argument cannot have default value")
	}
	if p.expect(token.COMMA) == nil {
		return
	}
	m := p.mark()
	if a := p.expect(token.NAME); a != nil {
		p.raiseKnownLocation(tokenSpan(a), "arguments cannot follow var-keyword argument")
	}
	p.reset(m)
	if a := p.peek(); a.Kind == token.STAR || a.Kind == token.DOUBLESTAR || a.Kind == token.SLASH {
		p.raiseKnownLocation(tokenSpan(a), "arguments cannot follow var-keyword argument")
	}
}

// ---- type parameters ----

// invalidTypeParams is invalid_type_params:
//
//	| '[' token=']' -> starting from token: "Type parameter list cannot be empty"
func (p *parser) invalidTypeParams() {
	if p.check(token.LSQB) {
		if t := p.peekAt(1); t.Kind == token.RSQB {
			p.pos += 2
			p.raiseStartingFrom(tokenSpan(t), "Type parameter list cannot be empty")
		}
	}
}

// invalidTypeParam is invalid_type_param:
//
//	| '*' a=NAME colon=':' e=expression -> starting from colon:
//	    "cannot use constraints with TypeVarTuple" (e a tuple) or "cannot use bound with TypeVarTuple"
//	| '**' a=NAME colon=':' e=expression -> the same with ParamSpec
func (p *parser) invalidTypeParam() {
	start := p.mark()
	defer p.reset(start)
	what := "TypeVarTuple"
	switch p.peek().Kind {
	case token.STAR:
	case token.DOUBLESTAR:
		what = "ParamSpec"
	default:
		return
	}
	p.pos++
	if p.expect(token.NAME) == nil {
		return
	}
	colon := p.expect(token.COLON)
	if colon == nil {
		return
	}
	if e := p.expression(); e != nil {
		if _, ok := e.(*ast.Tuple); ok {
			p.raiseStartingFrom(tokenSpan(colon), "cannot use constraints with "+what)
		}
		p.raiseStartingFrom(tokenSpan(colon), "cannot use bound with "+what)
	}
}

// ---- match statement ----

// invalidMatchStmt is invalid_match_stmt:
//
//	| "match" subject_expr NEWLINE -> "expected ':'"
//	| a="match" subject=subject_expr ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'match' statement on line %d"
//	| a="case" patterns guard? b=':' block -> a..b "case statement must be inside match statement"
func (p *parser) invalidMatchStmt() {
	start := p.mark()
	defer p.reset(start)
	if a := p.expectSoftKeyword("match"); a != nil && p.subjectExpr() != nil {
		if p.check(token.NEWLINE) {
			p.pos++
			p.raiseSyntaxError("expected ':'")
		}
		if p.expect(token.COLON) != nil {
			p.raiseNoIndentedBlock("'match' statement", a)
		}
	}
	p.reset(start)
	if a := p.expectSoftKeyword("case"); a != nil && p.patterns() != nil {
		p.optGuard()
		if b := p.expect(token.COLON); b != nil && p.block() != nil {
			p.raiseKnownRange(tokenSpan(a), tokenSpan(b), "case statement must be inside match statement")
		}
	}
}

// optGuard matches guard?.
func (p *parser) optGuard() {
	m := p.mark()
	if p.guard() == nil {
		p.reset(m)
	}
}

// invalidCaseBlock is invalid_case_block:
//
//	| "case" patterns guard? NEWLINE -> "expected ':'"
//	| a="case" patterns guard? ':' NEWLINE !INDENT
//	    -> IndentationError "expected an indented block after 'case' statement on line %d"
func (p *parser) invalidCaseBlock() {
	start := p.mark()
	defer p.reset(start)
	a := p.expectSoftKeyword("case")
	if a == nil || p.patterns() == nil {
		return
	}
	p.optGuard()
	if p.check(token.NEWLINE) {
		p.pos++
		p.raiseSyntaxError("expected ':'")
	}
	if p.expect(token.COLON) != nil {
		p.raiseNoIndentedBlock("'case' statement", a)
	}
}

// invalidAsPattern is invalid_as_pattern:
//
//	| or_pattern 'as' a="_" -> a: "cannot use '_' as a target"
//	| or_pattern 'as' a=expression -> a: "cannot use %s as pattern target"
func (p *parser) invalidAsPattern() {
	start := p.mark()
	defer p.reset(start)
	if p.orPattern() == nil || p.expect(token.AS) == nil {
		return
	}
	if a := p.expectSoftKeyword("_"); a != nil {
		p.raiseKnownLocation(tokenSpan(a), "cannot use '_' as a target")
	}
	if a := p.expression(); a != nil {
		p.raiseKnownLocation(span(a), "cannot use "+exprName(a)+" as pattern target")
	}
}

// invalidClassPattern is invalid_class_pattern:
//
//	| name_or_attr '(' a=invalid_class_argument_pattern
//	    -> first..last of a: "positional patterns follow keyword patterns"
func (p *parser) invalidClassPattern() {
	start := p.mark()
	defer p.reset(start)
	if p.nameOrAttr(start) == nil || p.expect(token.LPAR) == nil {
		return
	}
	if a := p.invalidClassArgumentPattern(); len(a) > 0 {
		p.raiseKnownRange(span(a[0]), span(a[len(a)-1]), "positional patterns follow keyword patterns")
	}
}

// invalidClassArgumentPattern is invalid_class_argument_pattern:
//
//	| [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
func (p *parser) invalidClassArgumentPattern() []ast.Pattern {
	start := p.mark()
	if p.posPatternList() == nil || p.expect(token.COMMA) == nil {
		p.reset(start)
	}
	if p.kwPatternList() && p.expect(token.COMMA) != nil {
		if a := p.posPatternList(); a != nil {
			return a
		}
	}
	p.reset(start)
	return nil
}

// posPatternList matches positional_patterns: ','.pattern+.
func (p *parser) posPatternList() []ast.Pattern {
	var pats []ast.Pattern
	for {
		m := p.mark()
		if len(pats) > 0 && p.expect(token.COMMA) == nil {
			break
		}
		pat := p.pattern()
		if pat == nil {
			p.reset(m)
			break
		}
		pats = append(pats, pat)
	}
	return pats
}

// kwPatternList matches keyword_patterns: ','.(NAME '=' pattern)+.
func (p *parser) kwPatternList() bool {
	n := 0
	for {
		m := p.mark()
		if n > 0 && p.expect(token.COMMA) == nil {
			break
		}
		if p.expect(token.NAME) == nil || p.expect(token.EQUAL) == nil || p.pattern() == nil {
			p.reset(m)
			break
		}
		n++
	}
	return n > 0
}

// Adapters from the parameter rules' multi-value results to success.

func (p *parser) slashWith() bool {
	_, _, ok := p.slashWithDefault()
	return ok
}

func (p *parser) paramMaybe() bool {
	a, _ := p.paramMaybeDefault()
	return a != nil
}

func (p *parser) paramWith() bool {
	a, _ := p.paramWithDefault()
	return a != nil
}

func (p *parser) lambdaSlashWith() bool {
	_, _, ok := p.lambdaSlashWithDefault()
	return ok
}

func (p *parser) lambdaParamMaybe() bool {
	_, ok := p.lambdaParamMaybeDefault()
	return ok
}

func (p *parser) lambdaParamWith() bool {
	_, ok := p.lambdaParamWithDefault()
	return ok
}

// skipFstringFormatSpecs matches fstring_format_spec*: FSTRING_MIDDLE
// tokens and replacement fields.
func (p *parser) skipFstringFormatSpecs() {
	for {
		switch p.peek().Kind {
		case token.FSTRING_MIDDLE:
			p.pos++
			continue
		case token.LBRACE:
			m := p.mark()
			if p.replacementField(false, token.FSTRING_MIDDLE, false, false) != nil {
				continue
			}
			p.reset(m)
		}
		return
	}
}
