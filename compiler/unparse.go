package compiler

import (
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/ast"
)

// unparse renders an annotation as source text for `from __future__
// import annotations`. It covers the expression forms annotations use
// (names, attributes, subscripts, constants, calls, operators, tuples,
// lists); anything else is rendered approximately.
func unparse(e ast.Expr) string {
	var b strings.Builder
	unparseTo(&b, e, 0)
	return b.String()
}

var binOpText = [...]string{" + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ", " ^ ", " & ", " // "}

func unparseTo(b *strings.Builder, e ast.Expr, depth int) {
	if depth > 100 {
		b.WriteString("...")
		return
	}
	d := depth + 1
	list := func(xs []ast.Expr) {
		for i, x := range xs {
			if i > 0 {
				b.WriteString(", ")
			}
			unparseTo(b, x, d)
		}
	}
	switch e := e.(type) {
	case *ast.Name:
		b.WriteString(e.Id)
	case *ast.Constant:
		if s, ok := e.Value.(string); ok {
			b.WriteString(bytecode.ConstRepr(s))
		} else {
			b.WriteString(bytecode.ConstRepr(e.Value))
		}
	case *ast.Attribute:
		unparseTo(b, e.Value, d)
		b.WriteByte('.')
		b.WriteString(e.Attr)
	case *ast.Subscript:
		unparseTo(b, e.Value, d)
		b.WriteByte('[')
		if t, ok := e.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			list(t.Elts)
		} else {
			unparseTo(b, e.Slice, d)
		}
		b.WriteByte(']')
	case *ast.BinOp:
		unparseTo(b, e.Left, d)
		b.WriteString(binOpText[e.Op])
		unparseTo(b, e.Right, d)
	case *ast.Tuple:
		b.WriteByte('(')
		list(e.Elts)
		if len(e.Elts) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *ast.List:
		b.WriteByte('[')
		list(e.Elts)
		b.WriteByte(']')
	case *ast.Call:
		unparseTo(b, e.Func, d)
		b.WriteByte('(')
		list(e.Args)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				b.WriteString(", ")
			}
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg + "=")
			}
			unparseTo(b, k.Value, d)
		}
		b.WriteByte(')')
	case *ast.Starred:
		b.WriteByte('*')
		unparseTo(b, e.Value, d)
	case *ast.UnaryOp:
		b.WriteString([...]string{"~", "not ", "+", "-"}[e.Op])
		unparseTo(b, e.Operand, d)
	default:
		b.WriteString("...")
	}
}
