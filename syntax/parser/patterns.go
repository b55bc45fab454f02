package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// The match statement and its patterns.

// matchStmt:
//
//	| "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT
//	| invalid_match_stmt
func (p *parser) matchStmt() ast.Stmt {
	start := p.mark()
	if p.expectSoftKeyword("match") == nil {
		return nil
	}
	if subject := p.subjectExpr(); subject != nil && p.expect(token.COLON) != nil &&
		p.expect(token.NEWLINE) != nil && p.expect(token.INDENT) != nil {
		var cases []*ast.MatchCase
		for {
			c := p.caseBlock()
			if c == nil {
				break
			}
			cases = append(cases, c)
		}
		if cases != nil && p.expect(token.DEDENT) != nil {
			return &ast.Match{Span: p.spanFrom(start), Subject: subject, Cases: cases}
		}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidMatchStmt()
	}
	return nil
}

// subjectExpr:
//
//	| value=star_named_expression ',' values=star_named_expressions?
//	| named_expression
func (p *parser) subjectExpr() ast.Expr {
	start := p.mark()
	if first := p.starNamedExpression(); first != nil {
		if p.expect(token.COMMA) != nil {
			rest := p.starNamedExpressions()
			elts := make([]ast.Expr, 0, 1+len(rest))
			elts = append(elts, first)
			elts = append(elts, rest...)
			return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Load}
		}
		p.reset(start)
	}
	return p.namedExpression()
}

// caseBlock:
//
//	| invalid_case_block
//	| "case" pattern=patterns guard=guard? ':' body=block
func (p *parser) caseBlock() *ast.MatchCase {
	if p.callInvalidRules {
		p.invalidCaseBlock()
	}
	start := p.mark()
	if p.expectSoftKeyword("case") == nil {
		return nil
	}
	pat := p.patterns()
	if pat == nil {
		p.reset(start)
		return nil
	}
	guard := p.guard()
	if p.expect(token.COLON) == nil {
		p.reset(start)
		return nil
	}
	body := p.block()
	if body == nil {
		p.reset(start)
		return nil
	}
	return &ast.MatchCase{Pattern: pat, Guard: guard, Body: body}
}

// guard: 'if' guard=named_expression
func (p *parser) guard() ast.Expr {
	m := p.mark()
	if p.expect(token.IF) == nil {
		return nil
	}
	if e := p.namedExpression(); e != nil {
		return e
	}
	p.reset(m)
	return nil
}

// patterns:
//
//	| patterns=open_sequence_pattern     MatchSequence
//	| pattern
func (p *parser) patterns() ast.Pattern {
	start := p.mark()
	if list := p.openSequencePattern(); list != nil {
		return &ast.MatchSequence{Span: p.spanFrom(start), Patterns: list}
	}
	return p.pattern()
}

// pattern: as_pattern | or_pattern, where
//
//	as_pattern:
//	    | pattern=or_pattern 'as' target=pattern_capture_target
//	    | invalid_as_pattern
//
// The or_pattern both alternatives begin with is parsed once.
func (p *parser) pattern() ast.Pattern {
	start := p.mark()
	or := p.orPattern()
	if or == nil {
		return nil
	}
	afterOr := p.mark()
	if p.expect(token.AS) != nil {
		if name := p.patternCaptureTarget(); name != nil {
			return &ast.MatchAs{Span: p.spanFrom(start), Pattern: or, Name: name.Value}
		}
	}
	if p.callInvalidRules {
		p.reset(start)
		p.invalidAsPattern()
	}
	p.reset(afterOr)
	return or
}

// orPattern: '|'.closed_pattern+ (a single one is itself, more make a
// MatchOr).
func (p *parser) orPattern() ast.Pattern {
	start := p.mark()
	first := p.closedPattern()
	if first == nil {
		return nil
	}
	if !p.check(token.VBAR) {
		return first
	}
	list := []ast.Pattern{first}
	for {
		m := p.mark()
		if p.expect(token.VBAR) == nil {
			break
		}
		next := p.closedPattern()
		if next == nil {
			p.reset(m)
			break
		}
		list = append(list, next)
	}
	if len(list) == 1 {
		return first
	}
	return &ast.MatchOr{Span: p.spanFrom(start), Patterns: list}
}

// closedPattern:
//
//	closed_pattern (memo):
//	    | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//	    | group_pattern | sequence_pattern | mapping_pattern | class_pattern
func (p *parser) closedPattern() ast.Pattern {
	if r, ok := p.memoGet(memoClosedPattern); ok {
		pat, _ := r.(ast.Pattern)
		return pat
	}
	start := p.mark()
	pat := p.closedPatternRaw()
	if pat == nil {
		p.memoPut(memoClosedPattern, start, nil)
	} else {
		p.memoPut(memoClosedPattern, start, pat)
	}
	return pat
}

func (p *parser) closedPatternRaw() ast.Pattern {
	start := p.mark()
	t := p.peek()
	switch t.Kind {
	case token.NUMBER, token.MINUS, token.STRING, token.FSTRING_START, token.TSTRING_START,
		token.NONE, token.TRUE, token.FALSE:
		if pat := p.literalPattern(); pat != nil {
			return pat
		}
		return nil
	case token.NAME:
		// capture_pattern, wildcard_pattern, value_pattern, class_pattern.
		if name := p.patternCaptureTarget(); name != nil {
			return &ast.MatchAs{Span: p.spanFrom(start), Name: name.Value}
		}
		if t.Value == "_" {
			p.next()
			return &ast.MatchAs{Span: p.spanFrom(start)}
		}
		if pat := p.valuePattern(); pat != nil {
			return pat
		}
		return p.classPattern()
	case token.LPAR:
		// group_pattern: '(' pattern ')'
		if p.expect(token.LPAR) != nil {
			if pat := p.pattern(); pat != nil && p.expect(token.RPAR) != nil {
				return pat
			}
			p.reset(start)
		}
		return p.sequencePattern()
	case token.LSQB:
		return p.sequencePattern()
	case token.LBRACE:
		return p.mappingPattern()
	}
	return nil
}

// literalPattern:
//
//	| value=signed_number !('+' | '-')   MatchValue
//	| value=complex_number               MatchValue
//	| value=strings                      MatchValue
//	| 'None' | 'True' | 'False'          MatchSingleton
func (p *parser) literalPattern() ast.Pattern {
	start := p.mark()
	switch t := p.peek(); t.Kind {
	case token.NONE:
		p.next()
		return &ast.MatchSingleton{Span: p.spanFrom(start), Value: ast.None}
	case token.TRUE:
		p.next()
		return &ast.MatchSingleton{Span: p.spanFrom(start), Value: true}
	case token.FALSE:
		p.next()
		return &ast.MatchSingleton{Span: p.spanFrom(start), Value: false}
	case token.STRING, token.FSTRING_START, token.TSTRING_START:
		if s := p.strings(); s != nil {
			return &ast.MatchValue{Span: p.spanFrom(start), Value: s}
		}
		return nil
	}
	if e := p.numberLiteral(); e != nil {
		return &ast.MatchValue{Span: p.spanFrom(start), Value: e}
	}
	return nil
}

// numberLiteral parses the number forms shared by literal_pattern and
// literal_expr: "signed_number !('+' | '-') | complex_number".
func (p *parser) numberLiteral() ast.Expr {
	start := p.mark()
	if n := p.signedNumber(); n != nil {
		if k := p.peek().Kind; k != token.PLUS && k != token.MINUS {
			return n
		}
		p.reset(start)
	}
	return p.complexNumber()
}

// complexNumber:
//
//	| real=signed_real_number '+' imag=imaginary_number
//	| real=signed_real_number '-' imag=imaginary_number
func (p *parser) complexNumber() ast.Expr {
	start := p.mark()
	real := p.signedRealNumber()
	if real == nil {
		return nil
	}
	var op ast.Operator
	switch p.peek().Kind {
	case token.PLUS:
		op = ast.Add
	case token.MINUS:
		op = ast.Sub
	default:
		p.reset(start)
		return nil
	}
	p.next()
	imag := p.imaginaryNumber()
	if imag == nil {
		p.reset(start)
		return nil
	}
	return &ast.BinOp{Span: p.spanFrom(start), Left: real, Op: op, Right: imag}
}

// signedNumber:
//
//	| NUMBER
//	| '-' number=NUMBER      UnaryOp(USub)
//
// (A leading '+' is new in 3.15; 3.14 rejects it.)
func (p *parser) signedNumber() ast.Expr {
	start := p.mark()
	switch p.peek().Kind {
	case token.NUMBER:
		return p.numberAtom()
	case token.MINUS:
		if p.peekAt(1).Kind == token.NUMBER {
			p.next()
			n := p.numberAtom()
			return &ast.UnaryOp{Span: p.spanFrom(start), Op: ast.USub, Operand: n}
		}
	}
	return nil
}

// signedRealNumber:
//
//	| real_number
//	| '-' real=real_number    UnaryOp(USub)
//
// real_number: NUMBER, which must not be imaginary.
func (p *parser) signedRealNumber() ast.Expr {
	start := p.mark()
	switch p.peek().Kind {
	case token.NUMBER:
		return p.ensureReal(p.numberAtom())
	case token.MINUS:
		if p.peekAt(1).Kind == token.NUMBER {
			p.next()
			n := p.ensureReal(p.numberAtom())
			return &ast.UnaryOp{Span: p.spanFrom(start), Op: ast.USub, Operand: n}
		}
	}
	return nil
}

// imaginaryNumber: NUMBER, which must be imaginary.
func (p *parser) imaginaryNumber() ast.Expr {
	if !p.check(token.NUMBER) {
		return nil
	}
	n := p.numberAtom()
	if c, ok := n.(*ast.Constant); !ok || !isComplex(c.Value) {
		p.raiseKnownLocation(span(n), "imaginary number required in complex literal")
	}
	return n
}

// ensureReal is CPython's _PyPegen_ensure_real.
func (p *parser) ensureReal(n ast.Expr) ast.Expr {
	if c, ok := n.(*ast.Constant); !ok || isComplex(c.Value) {
		p.raiseKnownLocation(span(n), "real number required in complex literal")
	}
	return n
}

func isComplex(v any) bool {
	_, ok := v.(complex128)
	return ok
}

// numberAtom builds the Constant of the NUMBER token at the current
// position (the expr engineer's atom rule decodes it).
func (p *parser) numberAtom() ast.Expr {
	return p.atom()
}

// patternCaptureTarget: !"_" name=NAME !('.' | '(' | '=')
//
// It returns the NAME token.
func (p *parser) patternCaptureTarget() *token.Token {
	t := p.peek()
	if t.Kind != token.NAME || t.Value == "_" {
		return nil
	}
	switch p.peekAt(1).Kind {
	case token.DOT, token.LPAR, token.EQUAL:
		return nil
	}
	p.pos++
	return t
}

// valuePattern: attr=attr !('.' | '(' | '=')
func (p *parser) valuePattern() ast.Pattern {
	start := p.mark()
	a := p.attr()
	if a == nil {
		return nil
	}
	switch p.peek().Kind {
	case token.DOT, token.LPAR, token.EQUAL:
		p.reset(start)
		return nil
	}
	return &ast.MatchValue{Span: p.spanFrom(start), Value: a}
}

// attr: name_or_attr '.' NAME — at least one dot.
func (p *parser) attr() ast.Expr {
	start := p.mark()
	if !p.check(token.NAME) || p.peekAt(1).Kind != token.DOT || p.peekAt(2).Kind != token.NAME {
		return nil
	}
	return p.nameOrAttr(start)
}

// nameOrAttr: attr | NAME. The left-recursive chain is a loop; each
// Attribute spans from the first name.
func (p *parser) nameOrAttr(start int) ast.Expr {
	t := p.expect(token.NAME)
	if t == nil {
		return nil
	}
	var e ast.Expr = nameExpr(t, ast.Load)
	for p.check(token.DOT) && p.peekAt(1).Kind == token.NAME {
		p.pos += 2
		e = &ast.Attribute{Span: p.spanFrom(start), Value: e, Attr: p.toks[p.pos-1].Value, Ctx: ast.Load}
	}
	return e
}

// sequencePattern:
//
//	| '[' patterns=maybe_sequence_pattern? ']'
//	| '(' patterns=open_sequence_pattern? ')'
func (p *parser) sequencePattern() ast.Pattern {
	start := p.mark()
	if p.expect(token.LSQB) != nil {
		list := p.maybeSequencePattern()
		if p.expect(token.RSQB) != nil {
			return &ast.MatchSequence{Span: p.spanFrom(start), Patterns: list}
		}
		p.reset(start)
		return nil
	}
	if p.expect(token.LPAR) != nil {
		list := p.openSequencePattern()
		if p.expect(token.RPAR) != nil {
			return &ast.MatchSequence{Span: p.spanFrom(start), Patterns: list}
		}
		p.reset(start)
	}
	return nil
}

// openSequencePattern:
//
//	| pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern?
func (p *parser) openSequencePattern() []ast.Pattern {
	start := p.mark()
	first := p.maybeStarPattern()
	if first == nil || p.expect(token.COMMA) == nil {
		p.reset(start)
		return nil
	}
	rest := p.maybeSequencePattern()
	list := make([]ast.Pattern, 0, 1+len(rest))
	list = append(list, first)
	return append(list, rest...)
}

// maybeSequencePattern: ','.maybe_star_pattern+ ','?
func (p *parser) maybeSequencePattern() []ast.Pattern {
	var list []ast.Pattern
	for {
		pat := p.maybeStarPattern()
		if pat == nil {
			return list // a trailing ',' stays consumed
		}
		list = append(list, pat)
		if p.expect(token.COMMA) == nil {
			return list
		}
	}
}

// maybeStarPattern: star_pattern | pattern
func (p *parser) maybeStarPattern() ast.Pattern {
	if p.check(token.STAR) {
		return p.starPattern()
	}
	return p.pattern()
}

// starPattern:
//
//	star_pattern (memo):
//	    | '*' target=pattern_capture_target   MatchStar(name)
//	    | '*' wildcard_pattern                MatchStar()
func (p *parser) starPattern() ast.Pattern {
	start := p.mark()
	if p.expect(token.STAR) == nil {
		return nil
	}
	if name := p.patternCaptureTarget(); name != nil {
		return &ast.MatchStar{Span: p.spanFrom(start), Name: name.Value}
	}
	if p.expectSoftKeyword("_") != nil {
		return &ast.MatchStar{Span: p.spanFrom(start)}
	}
	p.reset(start)
	return nil
}

// mappingPattern:
//
//	| '{' '}'
//	| '{' rest=double_star_pattern ','? '}'
//	| '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
//	| '{' items=items_pattern ','? '}'
//
// (3.14 has no invalid_mapping_pattern yet.)
func (p *parser) mappingPattern() ast.Pattern {
	start := p.mark()
	if p.expect(token.LBRACE) == nil {
		return nil
	}
	if p.expect(token.RBRACE) != nil {
		return &ast.MatchMapping{Span: p.spanFrom(start)}
	}
	afterBrace := p.mark()
	if rest := p.doubleStarPattern(); rest != nil {
		p.expect(token.COMMA)
		if p.expect(token.RBRACE) != nil {
			return &ast.MatchMapping{Span: p.spanFrom(start), Rest: rest.Value}
		}
		p.reset(afterBrace)
	}
	if keys, pats := p.itemsPattern(); keys != nil {
		afterItems := p.mark()
		if p.expect(token.COMMA) != nil {
			if rest := p.doubleStarPattern(); rest != nil {
				p.expect(token.COMMA)
				if p.expect(token.RBRACE) != nil {
					return &ast.MatchMapping{Span: p.spanFrom(start), Keys: keys, Patterns: pats, Rest: rest.Value}
				}
			}
		}
		p.reset(afterItems)
		p.expect(token.COMMA)
		if p.expect(token.RBRACE) != nil {
			return &ast.MatchMapping{Span: p.spanFrom(start), Keys: keys, Patterns: pats}
		}
	}
	p.reset(start)
	return nil
}

// itemsPattern: ','.key_value_pattern+, where
//
//	key_value_pattern: key=(literal_expr | attr) ':' pattern=pattern
func (p *parser) itemsPattern() ([]ast.Expr, []ast.Pattern) {
	var keys []ast.Expr
	var pats []ast.Pattern
	for {
		m := p.mark()
		key := p.literalExpr()
		if key == nil {
			key = p.attr()
		}
		var pat ast.Pattern
		if key != nil && p.expect(token.COLON) != nil {
			pat = p.pattern()
		}
		if pat == nil {
			p.reset(m)
			if keys != nil {
				p.reset(m - 1) // give back the ','
			}
			return keys, pats
		}
		keys = append(keys, key)
		pats = append(pats, pat)
		if p.expect(token.COMMA) == nil {
			return keys, pats
		}
	}
}

// literalExpr:
//
//	| signed_number !('+' | '-')
//	| complex_number
//	| &(STRING|FSTRING_START|TSTRING_START) strings
//	| 'None' | 'True' | 'False'      Constant
func (p *parser) literalExpr() ast.Expr {
	switch t := p.peek(); t.Kind {
	case token.NONE:
		p.next()
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: ast.None}
	case token.TRUE:
		p.next()
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: true}
	case token.FALSE:
		p.next()
		return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: false}
	case token.STRING, token.FSTRING_START, token.TSTRING_START:
		return p.strings()
	case token.NUMBER, token.MINUS:
		return p.numberLiteral()
	}
	return nil
}

// doubleStarPattern: '**' target=pattern_capture_target
func (p *parser) doubleStarPattern() *token.Token {
	m := p.mark()
	if p.expect(token.DOUBLESTAR) == nil {
		return nil
	}
	if t := p.patternCaptureTarget(); t != nil {
		return t
	}
	p.reset(m)
	return nil
}

// classPattern:
//
//	| cls=name_or_attr '(' ')'
//	| cls=name_or_attr '(' patterns=positional_patterns ','? ')'
//	| cls=name_or_attr '(' keywords=keyword_patterns ','? ')'
//	| cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')'
//	| invalid_class_pattern
//
// positional_patterns is ','.pattern+ and keyword_patterns is
// ','.keyword_pattern+ with keyword_pattern: arg=NAME '=' value=pattern.
// A positional pattern never starts with NAME '=' (pattern_capture_target
// and the others refuse it), so one loop can take the positional patterns
// and then the keyword ones.
func (p *parser) classPattern() ast.Pattern {
	start := p.mark()
	cls := p.nameOrAttr(start)
	if cls == nil || p.expect(token.LPAR) == nil {
		p.reset(start)
		return nil
	}
	var pats []ast.Pattern
	var kwNames []string
	var kwPats []ast.Pattern
	ok := true
	// Positional patterns.
	for !p.check(token.RPAR) && !p.isKeywordPattern() {
		pat := p.pattern()
		if pat == nil {
			ok = false
			break
		}
		pats = append(pats, pat)
		if p.expect(token.COMMA) == nil {
			break
		}
	}
	// Keyword patterns, after a ',' when positional ones came first.
	if ok && (pats == nil || p.toks[p.pos-1].Kind == token.COMMA) {
		for p.isKeywordPattern() {
			m := p.mark()
			name := p.next()
			p.next() // '='
			pat := p.pattern()
			if pat == nil {
				p.reset(m)
				ok = false
				break
			}
			kwNames = append(kwNames, name.Value)
			kwPats = append(kwPats, pat)
			if p.expect(token.COMMA) == nil {
				break
			}
		}
	}
	if ok && p.expect(token.RPAR) != nil {
		return &ast.MatchClass{Span: p.spanFrom(start), Cls: cls, Patterns: pats, KwdAttrs: kwNames, KwdPatterns: kwPats}
	}
	p.reset(start)
	if p.callInvalidRules {
		p.invalidClassPattern()
	}
	return nil
}

// isKeywordPattern reports whether a keyword_pattern (NAME '=') starts at
// the current position.
func (p *parser) isKeywordPattern() bool {
	return p.check(token.NAME) && p.peekAt(1).Kind == token.EQUAL
}
