package compiler

import (
	"math/big"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
)

// The code generator's SyntaxWarnings about literals used where they
// cannot work ("is" with a literal, calling or subscripting a literal):
// CPython's compiler emits them while compiling the expression.

func (c *compiler) warn(msg string, span *ast.Span) {
	c.warnings = append(c.warnings, scanner.Warning{Category: "SyntaxWarning", Msg: msg,
		Lineno: int(span.Start.Line), Offset: int(span.Start.Col) + 1})
}

// literalType is CPython's infer_type: the type name of a literal
// expression, "" when it is not a literal.
func literalType(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Constant:
		switch e.Value.(type) {
		case ast.NoneType:
			return "NoneType"
		case ast.EllipsisType:
			return "ellipsis"
		case bool:
			return "bool"
		case int64, *big.Int:
			return "int"
		case float64:
			return "float"
		case complex128:
			return "complex"
		case string:
			return "str"
		case ast.Bytes:
			return "bytes"
		}
		return "tuple"
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	case *ast.TemplateStr, *ast.Interpolation:
		return "string.templatelib.Template"
	}
	return ""
}

// isArgOK is check_is_arg: only None, True, False and ... may be
// compared by identity without a warning among constants.
func isArgOK(e ast.Expr) bool {
	k, ok := e.(*ast.Constant)
	if !ok {
		return true
	}
	switch v := k.Value.(type) {
	case ast.NoneType, ast.EllipsisType:
		return true
	case bool:
		_ = v
		return true
	}
	return false
}

func (c *compiler) checkCompare(e *ast.Compare) {
	left, leftExpr := isArgOK(e.Left), e.Left
	for i, op := range e.Ops {
		right := isArgOK(e.Comparators[i])
		if op == ast.Is || op == ast.IsNot {
			if !left || !right {
				lit := e.Comparators[i]
				if !left {
					lit = leftExpr
				}
				if op == ast.Is {
					c.warn("\"is\" with '"+literalType(lit)+"' literal. Did you mean \"==\"?", &e.Span)
				} else {
					c.warn("\"is not\" with '"+literalType(lit)+"' literal. Did you mean \"!=\"?", &e.Span)
				}
				return
			}
		}
		left, leftExpr = right, e.Comparators[i]
	}
}

func (c *compiler) checkCaller(e *ast.Call) {
	switch e.Func.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp,
		*ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.TemplateStr,
		*ast.FormattedValue, *ast.Interpolation:
		c.warn("'"+literalType(e.Func)+"' object is not callable; perhaps you missed a comma?", &e.Span)
	}
}

func (c *compiler) checkSubscript(e *ast.Subscript) {
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch v.Value.(type) {
		case ast.NoneType, ast.EllipsisType, int64, *big.Int, float64, complex128, bool:
			c.warn("'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?", &e.Span)
			return
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
		c.warn("'"+literalType(v)+"' object is not subscriptable; perhaps you missed a comma?", &e.Span)
		return
	}
	idx := literalType(e.Slice)
	if idx == "" || idx == "int" || idx == "bool" {
		return
	}
	if _, ok := e.Slice.(*ast.Slice); ok {
		return
	}
	switch v := e.Value.(type) {
	case *ast.Constant:
		switch v.Value.(type) {
		case string, ast.Bytes:
		default:
			if literalType(v) != "tuple" {
				return
			}
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		return
	}
	c.warn(literalType(e.Value)+" indices must be integers or slices, not "+idx+"; perhaps you missed a comma?", &e.Span)
}
