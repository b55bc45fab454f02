package parser

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// Expression rules (grammar section EXPRESSIONS): from expressions down to
// primary. Left-recursive rules are loops. Where several alternatives of a
// rule begin with the same sub-rule at the same position, the sub-rule is
// parsed once and the alternatives are told apart by what follows: a rule
// tried twice at one position gives the same result, so this is the
// grammar's behaviour without the reparse.

// maxExprDepth bounds the nesting of expression rules. CPython gives up
// with a MemoryError once its rule calls nest 6000 deep. We count one level
// per nesting construct (a 'not', a unary minus, a '**', a bracket, a
// lambda body ...), which is about what each costs CPython for the chains
// that can get that deep (brackets stop at 200 in the scanner), so the
// same number approximates its limit.
const maxExprDepth = 6000

// enter counts one level of expression nesting and fails the parse once
// it gets too deep, as CPython does when its parser stack overflows.
func (p *parser) enter() {
	p.level++
	if p.level > maxExprDepth {
		p.tooDeep()
	}
	if p.steps >= p.stepLimit && p.stepLimit > 0 {
		// Only tests set a limit.
		p.err = &scanner.Error{Kind: "StepLimit", Msg: "parser step limit reached", NoText: true}
		panic(bailout{})
	}
}

// tooDeep reports source nested beyond what the parser handles.
func (p *parser) tooDeep() {
	if p.err == nil {
		p.err = &scanner.Error{Kind: "MemoryError", Msg: "Parser stack overflowed - Python source too complex to parse", Filename: p.sc.Filename(), NoText: true}
	}
	panic(bailout{})
}

// expressions:
//
//	| expression (',' expression)+ [','] -> Tuple
//	| expression ',' -> Tuple
//	| expression
func (p *parser) expressions() ast.Expr {
	start := p.mark()
	a := p.expression()
	if a == nil {
		return nil
	}
	if !p.check(token.COMMA) {
		return a
	}
	elts := []ast.Expr{a}
	for {
		m := p.mark()
		if p.expect(token.COMMA) == nil {
			break
		}
		e := p.expression()
		if e == nil {
			p.reset(m + 1) // keep the trailing comma
			break
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Load}
}

// expression (memo):
//
//	| invalid_expression
//	| invalid_legacy_expression
//	| disjunction 'if' disjunction 'else' expression
//	| disjunction
//	| lambdef
func (p *parser) expression() ast.Expr {
	if r, ok := p.memoGet(memoExpression); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.pos
	p.enter()
	res := p.expressionRaw()
	p.level--
	p.memoPut(memoExpression, start, res)
	return res
}

func (p *parser) expressionRaw() ast.Expr {
	if p.callInvalidRules {
		p.invalidExpression()
		p.invalidLegacyExpression()
	}
	start := p.mark()
	if a := p.disjunction(); a != nil {
		if p.check(token.IF) {
			m := p.mark()
			p.pos++
			if b := p.disjunction(); b != nil && p.expect(token.ELSE) != nil {
				if c := p.expression(); c != nil {
					return &ast.IfExp{Span: p.spanFrom(start), Test: b, Body: a, Orelse: c}
				}
			}
			p.reset(m)
		}
		return a
	}
	if p.check(token.LAMBDA) {
		return p.lambdef()
	}
	return nil
}

// yield_expr:
//
//	| 'yield' 'from' expression
//	| 'yield' [star_expressions]
func (p *parser) yieldExpr() ast.Expr {
	start := p.mark()
	if p.expect(token.YIELD) == nil {
		return nil
	}
	if p.check(token.FROM) {
		p.pos++
		if a := p.expression(); a != nil {
			return &ast.YieldFrom{Span: p.spanFrom(start), Value: a}
		}
		p.reset(start + 1)
	}
	a := p.starExpressions()
	return &ast.Yield{Span: p.spanFrom(start), Value: a}
}

// star_expressions:
//
//	| star_expression (',' star_expression)+ [','] -> Tuple
//	| star_expression ',' -> Tuple
//	| star_expression
func (p *parser) starExpressions() ast.Expr {
	start := p.mark()
	a := p.starExpression()
	if a == nil {
		return nil
	}
	if !p.check(token.COMMA) {
		return a
	}
	elts := []ast.Expr{a}
	for {
		m := p.mark()
		if p.expect(token.COMMA) == nil {
			break
		}
		e := p.starExpression()
		if e == nil {
			p.reset(m + 1)
			break
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Load}
}

// star_expression (memo):
//
//	| '*' bitwise_or -> Starred
//	| expression
//
// Not memoized (see memoRule): it was hit 31 times in 124k lookups on the
// stdlib; expression, which it calls, is.
func (p *parser) starExpression() ast.Expr {
	start := p.pos
	var res ast.Expr
	if p.check(token.STAR) {
		p.pos++
		if a := p.bitwiseOr(); a != nil {
			res = &ast.Starred{Span: p.spanFrom(start), Value: a, Ctx: ast.Load}
		} else {
			p.reset(start)
		}
	}
	if res == nil {
		res = p.expression()
	}
	return res
}

// star_named_expressions: ','.star_named_expression+ [',']
func (p *parser) starNamedExpressions() []ast.Expr {
	a := p.starNamedExpression()
	if a == nil {
		return nil
	}
	return p.starNamedExpressionsRest(a)
}

// starNamedExpressionsRest continues star_named_expressions after its
// first element.
func (p *parser) starNamedExpressionsRest(a ast.Expr) []ast.Expr {
	elts := []ast.Expr{a}
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		e := p.starNamedExpression()
		if e == nil {
			p.reset(m + 1) // the optional trailing comma
			break
		}
		elts = append(elts, e)
	}
	return elts
}

// star_named_expression:
//
//	| '*' bitwise_or -> Starred
//	| named_expression
func (p *parser) starNamedExpression() ast.Expr {
	if p.check(token.STAR) {
		start := p.mark()
		p.pos++
		if a := p.bitwiseOr(); a != nil {
			return &ast.Starred{Span: p.spanFrom(start), Value: a, Ctx: ast.Load}
		}
		p.reset(start)
	}
	return p.namedExpression()
}

// assignment_expression: NAME ':=' ~ expression
func (p *parser) assignmentExpression() ast.Expr {
	t := p.peek()
	if t.Kind != token.NAME || p.peekAt(1).Kind != token.COLONEQUAL {
		return nil
	}
	start := p.mark()
	p.pos += 2
	b := p.expression()
	if b == nil {
		p.reset(start)
		return nil
	}
	return &ast.NamedExpr{Span: p.spanFrom(start), Target: nameExpr(t, ast.Store), Value: b}
}

// named_expression:
//
//	| assignment_expression
//	| invalid_named_expression
//	| expression !':='
func (p *parser) namedExpression() ast.Expr {
	if a := p.assignmentExpression(); a != nil {
		return a
	}
	if p.callInvalidRules {
		p.invalidNamedExpression()
	}
	start := p.mark()
	if a := p.expression(); a != nil {
		if !p.check(token.COLONEQUAL) {
			return a
		}
		p.reset(start)
	}
	return nil
}

// disjunction (memo): conjunction ('or' conjunction)+ -> BoolOp | conjunction
//
// Not memoized (see memoRule): 0.2% of its lookups hit on the stdlib;
// expression, its main caller, is memoized.
func (p *parser) disjunction() ast.Expr {
	return p.disjunctionRaw()
}

func (p *parser) disjunctionRaw() ast.Expr {
	start := p.mark()
	a := p.conjunction()
	if a == nil || !p.check(token.OR) {
		return a
	}
	values := []ast.Expr{a}
	for p.check(token.OR) {
		m := p.mark()
		p.pos++
		b := p.conjunction()
		if b == nil {
			p.reset(m)
			break
		}
		values = append(values, b)
	}
	if len(values) == 1 {
		return a
	}
	return &ast.BoolOp{Span: p.spanFrom(start), Op: ast.Or, Values: values}
}

// conjunction (memo): inversion ('and' inversion)+ -> BoolOp | inversion
func (p *parser) conjunction() ast.Expr {
	start := p.mark()
	a := p.inversion()
	if a == nil || !p.check(token.AND) {
		return a
	}
	values := []ast.Expr{a}
	for p.check(token.AND) {
		m := p.mark()
		p.pos++
		b := p.inversion()
		if b == nil {
			p.reset(m)
			break
		}
		values = append(values, b)
	}
	if len(values) == 1 {
		return a
	}
	return &ast.BoolOp{Span: p.spanFrom(start), Op: ast.And, Values: values}
}

// inversion (memo): 'not' inversion -> UnaryOp | comparison
func (p *parser) inversion() ast.Expr {
	if p.check(token.NOT) {
		start := p.mark()
		p.pos++
		p.enter()
		a := p.inversion()
		p.level--
		if a != nil {
			return &ast.UnaryOp{Span: p.spanFrom(start), Op: ast.Not, Operand: a}
		}
		p.reset(start)
		return nil
	}
	return p.comparison()
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ -> Compare | bitwise_or
func (p *parser) comparison() ast.Expr {
	start := p.mark()
	a := p.bitwiseOr()
	if a == nil {
		return nil
	}
	var ops []ast.CmpOp
	var comps []ast.Expr
	for {
		m := p.mark()
		op, ok := p.compareOp()
		if !ok {
			break
		}
		b := p.bitwiseOr()
		if b == nil {
			p.reset(m)
			break
		}
		ops = append(ops, op)
		comps = append(comps, b)
	}
	if ops == nil {
		return a
	}
	return &ast.Compare{Span: p.spanFrom(start), Left: a, Ops: ops, Comparators: comps}
}

// compareOp consumes the operator of compare_op_bitwise_or_pair. '!='
// spelt '<>' is refused unless barry_as_FLUFL is in effect (and then '!='
// is an error), as CPython's _PyPegen_check_barry_as_flufl.
func (p *parser) compareOp() (ast.CmpOp, bool) {
	t := p.peek()
	switch t.Kind {
	case token.EQEQUAL:
		p.pos++
		return ast.Eq, true
	case token.NOTEQUAL:
		isLtGt := t.EndOffset-t.Offset == 2 && p.sc.SrcString()[t.Offset] == '<'
		if p.barryAsFLUFL {
			if !isLtGt {
				p.pos++
				p.raiseSyntaxError("with Barry as BDFL, use '<>' instead of '!='")
			}
		} else if isLtGt {
			return 0, false
		}
		p.pos++
		return ast.NotEq, true
	case token.LESSEQUAL:
		p.pos++
		return ast.LtE, true
	case token.LESS:
		p.pos++
		return ast.Lt, true
	case token.GREATEREQUAL:
		p.pos++
		return ast.GtE, true
	case token.GREATER:
		p.pos++
		return ast.Gt, true
	case token.NOT:
		if p.peekAt(1).Kind == token.IN {
			p.pos += 2
			return ast.NotIn, true
		}
	case token.IN:
		p.pos++
		return ast.In, true
	case token.IS:
		if p.peekAt(1).Kind == token.NOT {
			p.pos += 2
			return ast.IsNot, true
		}
		p.pos++
		return ast.Is, true
	}
	return 0, false
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
//
// Memoized although valid programs almost never hit the cache (44 hits in
// 345k lookups on the stdlib): the second pass's invalid_named_expression
// tries bitwise_or at every level of nested brackets, which is
// exponential without it.
func (p *parser) bitwiseOr() ast.Expr {
	if r, ok := p.memoGet(memoBitwiseOr); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.pos
	res := p.bitwiseOrRaw()
	p.memoPut(memoBitwiseOr, start, res)
	return res
}

func (p *parser) bitwiseOrRaw() ast.Expr {
	start := p.mark()
	a := p.bitwiseXor()
	if a == nil {
		return nil
	}
	for p.check(token.VBAR) {
		m := p.mark()
		p.pos++
		b := p.bitwiseXor()
		if b == nil {
			p.reset(m)
			break
		}
		a = &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: ast.BitOr, Right: b}
	}
	return a
}

// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
func (p *parser) bitwiseXor() ast.Expr {
	start := p.mark()
	a := p.bitwiseAnd()
	if a == nil {
		return nil
	}
	for p.check(token.CIRCUMFLEX) {
		m := p.mark()
		p.pos++
		b := p.bitwiseAnd()
		if b == nil {
			p.reset(m)
			break
		}
		a = &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: ast.BitXor, Right: b}
	}
	return a
}

// bitwise_and: bitwise_and '&' shift_expr | shift_expr
func (p *parser) bitwiseAnd() ast.Expr {
	start := p.mark()
	a := p.shiftExpr()
	if a == nil {
		return nil
	}
	for p.check(token.AMPER) {
		m := p.mark()
		p.pos++
		b := p.shiftExpr()
		if b == nil {
			p.reset(m)
			break
		}
		a = &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: ast.BitAnd, Right: b}
	}
	return a
}

// shift_expr:
//
//	| shift_expr '<<' sum
//	| shift_expr '>>' sum
//	| invalid_arithmetic
//	| sum
func (p *parser) shiftExpr() ast.Expr {
	start := p.mark()
	if p.callInvalidRules {
		p.invalidArithmetic()
	}
	a := p.sum()
	if a == nil {
		return nil
	}
	for {
		var op ast.Operator
		switch p.peek().Kind {
		case token.LEFTSHIFT:
			op = ast.LShift
		case token.RIGHTSHIFT:
			op = ast.RShift
		default:
			return a
		}
		m := p.mark()
		p.pos++
		b := p.sum()
		if b == nil {
			p.reset(m)
			return a
		}
		a = &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: op, Right: b}
	}
}

// sum: sum '+' term | sum '-' term | term
func (p *parser) sum() ast.Expr {
	start := p.mark()
	a := p.term()
	if a == nil {
		return nil
	}
	for {
		var op ast.Operator
		switch p.peek().Kind {
		case token.PLUS:
			op = ast.Add
		case token.MINUS:
			op = ast.Sub
		default:
			return a
		}
		m := p.mark()
		p.pos++
		b := p.term()
		if b == nil {
			p.reset(m)
			return a
		}
		a = &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: op, Right: b}
	}
}

// term:
//
//	| term ('*' | '/' | '//' | '%' | '@') factor
//	| invalid_factor
//	| factor
func (p *parser) term() ast.Expr {
	start := p.mark()
	if p.callInvalidRules {
		p.invalidFactor()
	}
	a := p.factor()
	if a == nil {
		return nil
	}
	for {
		var op ast.Operator
		switch p.peek().Kind {
		case token.STAR:
			op = ast.Mult
		case token.SLASH:
			op = ast.Div
		case token.DOUBLESLASH:
			op = ast.FloorDiv
		case token.PERCENT:
			op = ast.Modulo
		case token.AT:
			op = ast.MatMult
		default:
			return a
		}
		m := p.mark()
		p.pos++
		b := p.factor()
		if b == nil {
			p.reset(m)
			return a
		}
		a = &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: op, Right: b}
	}
}

// factor (memo):
//
//	| '+' factor | '-' factor | '~' factor -> UnaryOp
//	| power
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.peek().Kind {
	case token.PLUS:
		op = ast.UAdd
	case token.MINUS:
		op = ast.USub
	case token.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	if r, ok := p.memoGet(memoFactor); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.mark()
	p.pos++
	p.enter()
	a := p.factor()
	p.level--
	var res ast.Expr
	if a != nil {
		res = &ast.UnaryOp{Span: p.spanFrom(start), Op: op, Operand: a}
	} else {
		p.reset(start)
	}
	p.memoPut(memoFactor, start, res)
	return res
}

// power: await_primary '**' factor -> BinOp | await_primary
func (p *parser) power() ast.Expr {
	start := p.mark()
	a := p.awaitPrimary()
	if a == nil {
		return nil
	}
	if p.check(token.DOUBLESTAR) {
		m := p.mark()
		p.pos++
		p.enter()
		b := p.factor()
		p.level--
		if b != nil {
			return &ast.BinOp{Span: p.spanFrom(start), Left: a, Op: ast.Pow, Right: b}
		}
		p.reset(m)
	}
	return a
}

// await_primary (memo): 'await' primary -> Await | primary
func (p *parser) awaitPrimary() ast.Expr {
	if p.check(token.AWAIT) {
		start := p.mark()
		p.pos++
		if a := p.primary(); a != nil {
			return &ast.Await{Span: p.spanFrom(start), Value: a}
		}
		p.reset(start)
		return nil
	}
	return p.primary()
}

// primary:
//
//	| primary '.' NAME -> Attribute
//	| primary genexp -> Call
//	| primary '(' [arguments] ')' -> Call
//	| primary '[' slices ']' -> Subscript
//	| atom
func (p *parser) primary() ast.Expr {
	start := p.mark()
	a := p.atom()
	if a == nil {
		return nil
	}
	for {
		switch p.peek().Kind {
		case token.DOT:
			if n := p.peekAt(1); n.Kind == token.NAME {
				p.pos += 2
				a = &ast.Attribute{Span: p.spanFrom(start), Value: a, Attr: n.Value, Ctx: ast.Load}
				continue
			}
			return a
		case token.LPAR:
			c := p.callTrailer(a, start)
			if c == nil {
				return a
			}
			a = c
		case token.LSQB:
			m := p.mark()
			p.pos++
			s := p.slices()
			if s == nil || p.expect(token.RSQB) == nil {
				p.reset(m)
				return a
			}
			a = &ast.Subscript{Span: p.spanFrom(start), Value: a, Slice: s, Ctx: ast.Load}
		default:
			return a
		}
	}
}

// slices:
//
//	| slice !','
//	| ','.(slice | starred_expression)+ [','] -> Tuple
func (p *parser) slices() ast.Expr {
	start := p.mark()
	a := p.slice()
	if a != nil && !p.check(token.COMMA) {
		return a
	}
	if a == nil {
		a = p.starredExpression()
		if a == nil {
			return nil
		}
	}
	elts := []ast.Expr{a}
	for p.check(token.COMMA) {
		m := p.mark()
		p.pos++
		e := p.slice()
		if e == nil {
			e = p.starredExpression()
		}
		if e == nil {
			p.reset(m + 1)
			break
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Span: p.spanFrom(start), Elts: elts, Ctx: ast.Load}
}

// slice:
//
//	| [expression] ':' [expression] [':' [expression]] -> Slice
//	| named_expression
func (p *parser) slice() ast.Expr {
	start := p.mark()
	lower := p.expression()
	if p.check(token.COLON) {
		p.pos++
		upper := p.expression()
		var step ast.Expr
		if p.check(token.COLON) {
			p.pos++
			step = p.expression()
		}
		return &ast.Slice{Span: p.spanFrom(start), Lower: lower, Upper: upper, Step: step}
	}
	if lower != nil && !p.check(token.COLONEQUAL) && !p.callInvalidRules {
		// named_expression would parse the same expression again.
		return lower
	}
	p.reset(start)
	return p.namedExpression()
}
