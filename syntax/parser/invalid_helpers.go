package parser

// Helpers shared by the invalid_ rules (and available to any rule that
// must raise one of CPython's target or argument errors).

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/token"
)

// exprName names an expression's kind in messages such as "cannot assign
// to %s", with CPython's wording.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.TemplateStr, *ast.Interpolation:
		return "t-string expression"
	case *ast.Constant:
		switch v := e.Value.(type) {
		case ast.NoneType:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// targetsType says which kind of target an invalid-target search is for.
type targetsType uint8

const (
	starTargets targetsType = iota // assignment targets
	delTargets                     // del statement targets
	forTargets                     // for loop / comprehension targets
)

// invalidTarget returns the first sub-expression of e that cannot be a
// target of the given kind, or nil. Only tuples and lists are searched,
// as they are the only containers whose parts can be valid targets; a
// starred item is searched inside (except for del, where it is invalid
// itself). For a for target, "a in b" parsed as a comparison stands for
// the target a.
func invalidTarget(e ast.Expr, tt targetsType) ast.Expr {
	switch x := e.(type) {
	case nil:
		return nil
	case *ast.List:
		for _, el := range x.Elts {
			if t := invalidTarget(el, tt); t != nil {
				return t
			}
		}
		return nil
	case *ast.Tuple:
		for _, el := range x.Elts {
			if t := invalidTarget(el, tt); t != nil {
				return t
			}
		}
		return nil
	case *ast.Starred:
		if tt == delTargets {
			return e
		}
		return invalidTarget(x.Value, tt)
	case *ast.Compare:
		if tt == forTargets {
			if x.Ops[0] == ast.In {
				return invalidTarget(x.Left, tt)
			}
			return nil
		}
		return e
	case *ast.Name, *ast.Subscript, *ast.Attribute:
		return nil
	}
	return e
}

// raiseInvalidTarget is RAISE_SYNTAX_ERROR_INVALID_TARGET: when e holds
// an expression that cannot be a target, it raises "cannot assign to X"
// or "cannot delete X" there; otherwise it returns (and the calling
// invalid rule fails).
func (p *parser) raiseInvalidTarget(tt targetsType, e ast.Expr) {
	t := invalidTarget(e, tt)
	if t == nil {
		return
	}
	msg := "cannot assign to "
	if tt == delTargets {
		msg = "cannot delete "
	}
	p.raiseKnownLocation(span(t), msg+exprName(t))
}

// isLegacyStmtName reports whether e is the name of a Python 2 statement
// that became a function (print, exec), for the "Missing parentheses"
// hint.
func isLegacyStmtName(e ast.Expr) bool {
	n, ok := e.(*ast.Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// lastComprehensionItem is the expression a comprehension clause ends
// with: its last condition, or its iterable.
func lastComprehensionItem(c *ast.Comprehension) ast.Expr {
	if len(c.Ifs) > 0 {
		return c.Ifs[len(c.Ifs)-1]
	}
	return c.Iter
}

// tokenLevel returns the bracket nesting depth after token i, as CPython's
// tokenizer records it on each token (a closing bracket counts as already
// closed). It is only needed on error paths, so it simply counts.
func (p *parser) tokenLevel(i int) int {
	level := 0
	for j := 0; j <= i && j < len(p.toks); j++ {
		switch p.toks[j].Kind {
		case token.LPAR, token.LSQB, token.LBRACE:
			level++
		case token.RPAR, token.RSQB, token.RBRACE:
			if level > 0 {
				level--
			}
		case token.FSTRING_START, token.TSTRING_START, token.FSTRING_END, token.TSTRING_END:
		}
	}
	return level
}

// isSoftKeyword reports whether t is one of the soft keywords.
func isSoftKeyword(t *token.Token) bool {
	if t.Kind != token.NAME {
		return false
	}
	switch t.Value {
	case "match", "case", "_", "type":
		return true
	}
	return false
}

// isAugAssign reports whether k is an augmented assignment operator.
func isAugAssign(k token.Kind) bool {
	switch k {
	case token.PLUSEQUAL, token.MINEQUAL, token.STAREQUAL, token.ATEQUAL, token.SLASHEQUAL,
		token.PERCENTEQUAL, token.AMPEREQUAL, token.VBAREQUAL, token.CIRCUMFLEXEQUAL,
		token.LEFTSHIFTEQUAL, token.RIGHTSHIFTEQUAL, token.DOUBLESTAREQUAL, token.DOUBLESLASHEQUAL:
		return true
	}
	return false
}

// tokenSpan is the span of a token as CPython records it. Our NEWLINE
// tokens are empty; CPython's cover the newline character.
func tokenSpan(t *token.Token) ast.Span {
	if isEndNL(t) {
		// The single mode's converted end of input has no columns.
		l := int32(endmarkerLine(t))
		return ast.Span{Start: token.Pos{Line: l, Col: -1}, End: token.Pos{Line: l, Col: -1}}
	}
	s := ast.Span{Start: t.Start, End: t.End}
	if t.Kind == token.NEWLINE {
		// The newline character itself ends the token (the scanner's
		// token stops before it; it may start at a comment).
		s.End.Col++
	}
	return s
}

// argumentsParsingError raises the error for positional arguments after
// keyword arguments, given the call-shaped result of the args rule.
func (p *parser) argumentsParsingError(c *ast.Call) {
	for _, k := range c.Keywords {
		if k.Arg == "" {
			p.raiseSyntaxError("positional argument follows keyword argument unpacking")
		}
	}
	p.raiseSyntaxError("positional argument follows keyword argument")
}

// nonparenGenexpInCall raises "Generator expression must be
// parenthesized" for f(a, x for x in y): args holds the arguments before
// the comprehension clauses. With a single argument the call is valid
// (f(x for x in y)) and nothing is raised.
func (p *parser) nonparenGenexpInCall(c *ast.Call, comps []*ast.Comprehension) {
	if len(c.Args) <= 1 {
		return
	}
	p.raiseKnownRange(span(c.Args[len(c.Args)-1]), span(lastComprehensionItem(comps[len(comps)-1])), "Generator expression must be parenthesized")
}

// checkFutureImports reproduces the checks CPython makes on the future
// statements at the start of a module (after an optional docstring), which
// ast.parse reports as SyntaxErrors: "from __future__ import braces" and
// unknown feature names. It must be called on the body of a successfully
// parsed Module or Interactive.
func (p *parser) checkFutureImports(body []ast.Stmt) {
	i := 0
	if len(body) > 0 && isDocstring(body[0]) {
		i = 1
	}
	for ; i < len(body); i++ {
		imp, ok := body[i].(*ast.ImportFrom)
		if !ok || imp.Level != 0 || imp.Module != "__future__" {
			return
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
				"print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations":
			case "braces":
				p.raiseKnownLocation(a.Span, "not a chance")
			default:
				p.raiseKnownLocation(a.Span, "future feature "+a.Name+" is not defined")
			}
		}
	}
}

// isDocstring reports whether s is an expression statement holding a
// string constant.
func isDocstring(s ast.Stmt) bool {
	e, ok := s.(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}
