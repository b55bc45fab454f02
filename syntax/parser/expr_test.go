package parser

import (
	"fmt"
	"testing"

	"github.com/pygo/pygo/syntax/ast"
)

// exprCases are expression-level programs with what CPython 3.14 makes of
// them: ast.dump(tree, include_attributes=True) of a valid one, or
// "Kind|msg|lineno|offset|end_lineno|end_offset" of its SyntaxError. The
// expectations were printed by the oracle (tools/py314), not written by
// hand.
var exprCases = []struct {
	name, mode, src string
	dump            string
	err             string
}{
	{"fstr_basic", "eval", "f\"a{x}b\"",
		"Expression(body=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), Constant(value='b', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8))",
		""},
	{"fstr_debug", "eval", "f\"a{ x = }b{y=!s}{z=:>3}\"",
		"Expression(body=JoinedStr(values=[Constant(value='a x = ', lineno=1, col_offset=2, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=114, lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), Constant(value='by=', lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=115, lineno=1, col_offset=11, end_lineno=1, end_col_offset=17), Constant(value='z=', lineno=1, col_offset=18, end_lineno=1, end_col_offset=20), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3', lineno=1, col_offset=21, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=20, end_lineno=1, end_col_offset=23), lineno=1, col_offset=17, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=25))",
		""},
	{"fstr_debug_comment", "exec", "f\"\"\"{x # c\n=}\"\"\"\n",
		"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x \\n=', lineno=1, col_offset=5, end_lineno=2, end_col_offset=1), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=114, lineno=1, col_offset=4, end_lineno=2, end_col_offset=2)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)])",
		""},
	{"fstr_nested_spec", "eval", "f\"{x:>{w}.{p}f}\"",
		"Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), Constant(value='.', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), FormattedValue(value=Name(id='p', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), Constant(value='f', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=2, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16))",
		""},
	{"fstr_empty_spec", "eval", "f\"{x:}\"",
		"Expression(body=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7))",
		""},
	{"fstr_escaped_braces", "eval", "f\"{{a}}{x}}}\"",
		"Expression(body=JoinedStr(values=[Constant(value='{a}', lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Constant(value='}', lineno=1, col_offset=10, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13))",
		""},
	{"fstr_concat", "eval", "\"a\" f\"b{c}\" u\"d\" \"\" f\"\"",
		"Expression(body=JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Constant(value='d', kind='u', lineno=1, col_offset=12, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23))",
		""},
	{"fstr_u_first", "eval", "u\"a\" f\"{x}\"",
		"Expression(body=JoinedStr(values=[Constant(value='a', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11))",
		""},
	{"fstr_nested_fstring", "eval", "f\"{f\"{x!r}\"}\"",
		"Expression(body=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=114, lineno=1, col_offset=5, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13))",
		""},
	{"fstr_multiline_expr", "exec", "f\"\"\"{\nx\n+ 1}\"\"\"\n",
		"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), op=Add(), right=Constant(value=1, lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), lineno=2, col_offset=0, end_lineno=3, end_col_offset=3), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=7), lineno=1, col_offset=0, end_lineno=3, end_col_offset=7)])",
		""},
	{"fstr_named_escape", "eval", "f\"\\N{BULLET}{x}\\n\"",
		"Expression(body=JoinedStr(values=[Constant(value='\u2022', lineno=1, col_offset=2, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), Constant(value='\\n', lineno=1, col_offset=15, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18))",
		""},
	{"fstr_raw", "eval", "rf\"\\d{x:\\n}\"",
		"Expression(body=JoinedStr(values=[Constant(value='\\\\d', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\\\n', lineno=1, col_offset=8, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12))",
		""},
	{"tstr_basic", "eval", "t\"a{ x !r:>{w}}b\"",
		"Expression(body=TemplateStr(values=[Constant(value='a', lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), str=' x', conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), lineno=1, col_offset=3, end_lineno=1, end_col_offset=15), Constant(value='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17))",
		""},
	{"tstr_debug", "eval", "t\"{ x = }\" t\"c\"",
		"Expression(body=TemplateStr(values=[Constant(value=' x = ', lineno=1, col_offset=3, end_lineno=1, end_col_offset=8), Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), str=' x', conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=9), Constant(value='c', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15))",
		""},
	{"tstr_comment", "exec", "t'''{x # c\n}'''\n",
		"Module(body=[Expr(value=TemplateStr(values=[Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), str='x', conversion=-1, lineno=1, col_offset=4, end_lineno=2, end_col_offset=1)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)])",
		""},
	{"str_concat_u", "eval", "u\"a\" \"b\"",
		"Expression(body=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8))",
		""},
	{"str_concat_U", "eval", "U\"a\" \"b\"",
		"Expression(body=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8))",
		""},
	{"bytes_concat", "eval", "b\"a\" rb\"\\n\"",
		"Expression(body=Constant(value=b'a\\\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11))",
		""},
	{"numbers", "eval", "(1, 0x10, 1_000, 1.5, 1e10, 2j, 10**100)",
		"Expression(body=Tuple(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Constant(value=16, lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), Constant(value=1000, lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), Constant(value=1.5, lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), Constant(value=10000000000.0, lineno=1, col_offset=22, end_lineno=1, end_col_offset=26), Constant(value=2j, lineno=1, col_offset=28, end_lineno=1, end_col_offset=30), BinOp(left=Constant(value=10, lineno=1, col_offset=32, end_lineno=1, end_col_offset=34), op=Pow(), right=Constant(value=100, lineno=1, col_offset=36, end_lineno=1, end_col_offset=39), lineno=1, col_offset=32, end_lineno=1, end_col_offset=39)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=40))",
		""},
	{"slices", "eval", "x[1:2, ::3, *a][:][a:=1][()][b:c:]",
		"Expression(body=Subscript(value=Subscript(value=Subscript(value=Subscript(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), slice=Slice(lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), slice=NamedExpr(target=Name(id='a', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), value=Constant(value=1, lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=19, end_lineno=1, end_col_offset=23), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), slice=Tuple(ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=27), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=28), slice=Slice(lower=Name(id='b', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), upper=Name(id='c', ctx=Load(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), lineno=1, col_offset=29, end_lineno=1, end_col_offset=33), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34))",
		""},
	{"calls", "eval", "f(a, *b, c=1, *d, **e, g=2)(x for x in y)(*a)",
		"Expression(body=Call(func=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7), Starred(value=Name(id='d', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16)], keywords=[keyword(arg='c', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='e', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=18, end_lineno=1, end_col_offset=21), keyword(arg='g', value=Constant(value=2, lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=23, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=39, end_lineno=1, end_col_offset=40), is_async=0)], lineno=1, col_offset=27, end_lineno=1, end_col_offset=41)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=41), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=43, end_lineno=1, end_col_offset=44), ctx=Load(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=44)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=45))",
		""},
	{"call_walrus", "eval", "f(a := 1, b)",
		"Expression(body=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[NamedExpr(target=Name(id='a', ctx=Store(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12))",
		""},
	{"lambda_all", "eval", "lambda a, /, b=1, *c, d, e=2, **f: 0",
		"Expression(body=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='b', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], vararg=arg(arg='c', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), kwonlyargs=[arg(arg='d', lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), arg(arg='e', lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], kwarg=arg(arg='f', lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=Constant(value=0, lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, end_col_offset=36))",
		""},
	{"lambda_kwonly", "eval", "lambda *, a, b=1: (yield)",
		"Expression(body=Lambda(args=arguments(kwonlyargs=[arg(arg='a', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), arg(arg='b', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], kw_defaults=[None, Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=Yield(lineno=1, col_offset=19, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25))",
		""},
	{"lambda_slash_default", "eval", "lambda a=1, /, b=2: a",
		"Expression(body=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], defaults=[Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Constant(value=2, lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21))",
		""},
	{"comprehensions", "eval", "[x async for x in y if a if b for z in w] + {k: v for k, v in d} + {s for s in t} + (g for g in h)",
		"Expression(body=BinOp(left=BinOp(left=BinOp(left=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), ifs=[Name(id='a', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Name(id='b', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], is_async=1), comprehension(target=Name(id='z', ctx=Store(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), iter=Name(id='w', ctx=Load(), lineno=1, col_offset=39, end_lineno=1, end_col_offset=40), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=41), op=Add(), right=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=45, end_lineno=1, end_col_offset=46), value=Name(id='v', ctx=Load(), lineno=1, col_offset=48, end_lineno=1, end_col_offset=49), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=54, end_lineno=1, end_col_offset=55), Name(id='v', ctx=Store(), lineno=1, col_offset=57, end_lineno=1, end_col_offset=58)], ctx=Store(), lineno=1, col_offset=54, end_lineno=1, end_col_offset=58), iter=Name(id='d', ctx=Load(), lineno=1, col_offset=62, end_lineno=1, end_col_offset=63), is_async=0)], lineno=1, col_offset=44, end_lineno=1, end_col_offset=64), lineno=1, col_offset=0, end_lineno=1, end_col_offset=64), op=Add(), right=SetComp(elt=Name(id='s', ctx=Load(), lineno=1, col_offset=68, end_lineno=1, end_col_offset=69), generators=[comprehension(target=Name(id='s', ctx=Store(), lineno=1, col_offset=74, end_lineno=1, end_col_offset=75), iter=Name(id='t', ctx=Load(), lineno=1, col_offset=79, end_lineno=1, end_col_offset=80), is_async=0)], lineno=1, col_offset=67, end_lineno=1, end_col_offset=81), lineno=1, col_offset=0, end_lineno=1, end_col_offset=81), op=Add(), right=GeneratorExp(elt=Name(id='g', ctx=Load(), lineno=1, col_offset=85, end_lineno=1, end_col_offset=86), generators=[comprehension(target=Name(id='g', ctx=Store(), lineno=1, col_offset=91, end_lineno=1, end_col_offset=92), iter=Name(id='h', ctx=Load(), lineno=1, col_offset=96, end_lineno=1, end_col_offset=97), is_async=0)], lineno=1, col_offset=84, end_lineno=1, end_col_offset=98), lineno=1, col_offset=0, end_lineno=1, end_col_offset=98))",
		""},
	{"displays", "eval", "({**a, b: c}, {*a, b}, [*a, *b], (*a,), (), [], {})",
		"Expression(body=Tuple(elts=[Dict(keys=[None, Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=12), Set(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=17), Name(id='b', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=14, end_lineno=1, end_col_offset=21), List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=26), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=30)], ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=31), Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=36)], ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=38), Tuple(ctx=Load(), lineno=1, col_offset=40, end_lineno=1, end_col_offset=42), List(ctx=Load(), lineno=1, col_offset=44, end_lineno=1, end_col_offset=46), Dict(lineno=1, col_offset=48, end_lineno=1, end_col_offset=50)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=51))",
		""},
	{"ops", "eval", "not a or b and c < d <= e is not f not in g | h ^ i & j << k + l * -m ** ~n @ o // p % q",
		"Expression(body=BoolOp(op=Or(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), BoolOp(op=And(), values=[Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Compare(left=Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), Name(id='f', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), BinOp(left=Name(id='g', ctx=Load(), lineno=1, col_offset=42, end_lineno=1, end_col_offset=43), op=BitOr(), right=BinOp(left=Name(id='h', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47), op=BitXor(), right=BinOp(left=Name(id='i', ctx=Load(), lineno=1, col_offset=50, end_lineno=1, end_col_offset=51), op=BitAnd(), right=BinOp(left=Name(id='j', ctx=Load(), lineno=1, col_offset=54, end_lineno=1, end_col_offset=55), op=LShift(), right=BinOp(left=Name(id='k', ctx=Load(), lineno=1, col_offset=59, end_lineno=1, end_col_offset=60), op=Add(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='l', ctx=Load(), lineno=1, col_offset=63, end_lineno=1, end_col_offset=64), op=Mult(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='m', ctx=Load(), lineno=1, col_offset=68, end_lineno=1, end_col_offset=69), op=Pow(), right=UnaryOp(op=Invert(), operand=Name(id='n', ctx=Load(), lineno=1, col_offset=74, end_lineno=1, end_col_offset=75), lineno=1, col_offset=73, end_lineno=1, end_col_offset=75), lineno=1, col_offset=68, end_lineno=1, end_col_offset=75), lineno=1, col_offset=67, end_lineno=1, end_col_offset=75), lineno=1, col_offset=63, end_lineno=1, end_col_offset=75), op=MatMult(), right=Name(id='o', ctx=Load(), lineno=1, col_offset=78, end_lineno=1, end_col_offset=79), lineno=1, col_offset=63, end_lineno=1, end_col_offset=79), op=FloorDiv(), right=Name(id='p', ctx=Load(), lineno=1, col_offset=83, end_lineno=1, end_col_offset=84), lineno=1, col_offset=63, end_lineno=1, end_col_offset=84), op=Mod(), right=Name(id='q', ctx=Load(), lineno=1, col_offset=87, end_lineno=1, end_col_offset=88), lineno=1, col_offset=63, end_lineno=1, end_col_offset=88), lineno=1, col_offset=59, end_lineno=1, end_col_offset=88), lineno=1, col_offset=54, end_lineno=1, end_col_offset=88), lineno=1, col_offset=50, end_lineno=1, end_col_offset=88), lineno=1, col_offset=46, end_lineno=1, end_col_offset=88), lineno=1, col_offset=42, end_lineno=1, end_col_offset=88)], lineno=1, col_offset=15, end_lineno=1, end_col_offset=88)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=88)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=88))",
		""},
	{"ifexp_await", "exec", "async def f():\n  return await x if y else -await z ** 2\n",
		"Module(body=[AsyncFunctionDef(name='f', args=arguments(), body=[Return(value=IfExp(test=Name(id='y', ctx=Load(), lineno=2, col_offset=20, end_lineno=2, end_col_offset=21), body=Await(value=Name(id='x', ctx=Load(), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16), lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), orelse=UnaryOp(op=USub(), operand=BinOp(left=Await(value=Name(id='z', ctx=Load(), lineno=2, col_offset=34, end_lineno=2, end_col_offset=35), lineno=2, col_offset=28, end_lineno=2, end_col_offset=35), op=Pow(), right=Constant(value=2, lineno=2, col_offset=39, end_lineno=2, end_col_offset=40), lineno=2, col_offset=28, end_lineno=2, end_col_offset=40), lineno=2, col_offset=27, end_lineno=2, end_col_offset=40), lineno=2, col_offset=9, end_lineno=2, end_col_offset=40), lineno=2, col_offset=2, end_lineno=2, end_col_offset=40)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=40)])",
		""},
	{"targets", "exec", "a, *b, (c, d), [e, f], g.h, i[j], k().l, m[n][o] = x\n",
		"Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), Tuple(elts=[Name(id='c', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Name(id='d', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=13), List(elts=[Name(id='e', ctx=Store(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), Name(id='f', ctx=Store(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=21), Attribute(value=Name(id='g', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), attr='h', ctx=Store(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=26), Subscript(value=Name(id='i', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), slice=Name(id='j', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), ctx=Store(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=32), Attribute(value=Call(func=Name(id='k', ctx=Load(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=35), lineno=1, col_offset=34, end_lineno=1, end_col_offset=37), attr='l', ctx=Store(), lineno=1, col_offset=34, end_lineno=1, end_col_offset=39), Subscript(value=Subscript(value=Name(id='m', ctx=Load(), lineno=1, col_offset=41, end_lineno=1, end_col_offset=42), slice=Name(id='n', ctx=Load(), lineno=1, col_offset=43, end_lineno=1, end_col_offset=44), ctx=Load(), lineno=1, col_offset=41, end_lineno=1, end_col_offset=45), slice=Name(id='o', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset=47), ctx=Store(), lineno=1, col_offset=41, end_lineno=1, end_col_offset=48)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=48)], value=Name(id='x', ctx=Load(), lineno=1, col_offset=51, end_lineno=1, end_col_offset=52), lineno=1, col_offset=0, end_lineno=1, end_col_offset=52)])",
		""},
	{"del_targets", "exec", "del a, (b), (c, d), [e], f.g, h[i], (j.k)\n",
		"Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Del(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), Tuple(elts=[Name(id='c', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), Name(id='d', ctx=Del(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], ctx=Del(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18), List(elts=[Name(id='e', ctx=Del(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], ctx=Del(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=23), Attribute(value=Name(id='f', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), attr='g', ctx=Del(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=28), Subscript(value=Name(id='h', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), slice=Name(id='i', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), ctx=Del(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=34), Attribute(value=Name(id='j', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=38), attr='k', ctx=Del(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=40)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=41)])",
		""},
	{"aug_ann", "exec", "x.y += 1\n(z): int = 2\na[b]: c\n",
		"Module(body=[AugAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), op=Add(), value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), AnnAssign(target=Name(id='z', ctx=Store(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=8), value=Constant(value=2, lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), simple=0, lineno=2, col_offset=0, end_lineno=2, end_col_offset=12), AnnAssign(target=Subscript(value=Name(id='a', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), slice=Name(id='b', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3), ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), annotation=Name(id='c', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7), simple=0, lineno=3, col_offset=0, end_lineno=3, end_col_offset=7)])",
		""},
	{"yield_forms", "exec", "def f():\n  x = yield\n  y = yield from z\n  yield a, *b\n",
		"Module(body=[FunctionDef(name='f', args=arguments(), body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3)], value=Yield(lineno=2, col_offset=6, end_lineno=2, end_col_offset=11), lineno=2, col_offset=2, end_lineno=2, end_col_offset=11), Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=2, end_lineno=3, end_col_offset=3)], value=YieldFrom(value=Name(id='z', ctx=Load(), lineno=3, col_offset=17, end_lineno=3, end_col_offset=18), lineno=3, col_offset=6, end_lineno=3, end_col_offset=18), lineno=3, col_offset=2, end_lineno=3, end_col_offset=18), Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=4, col_offset=8, end_lineno=4, end_col_offset=9), Starred(value=Name(id='b', ctx=Load(), lineno=4, col_offset=12, end_lineno=4, end_col_offset=13), ctx=Load(), lineno=4, col_offset=11, end_lineno=4, end_col_offset=13)], ctx=Load(), lineno=4, col_offset=8, end_lineno=4, end_col_offset=13), lineno=4, col_offset=2, end_lineno=4, end_col_offset=13), lineno=4, col_offset=2, end_lineno=4, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=13)])",
		""},
	{"walrus", "exec", "if (n := len(a)) > 10: pass\n",
		"Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), value=Call(func=Name(id='len', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), ops=[Gt()], comparators=[Constant(value=10, lineno=1, col_offset=19, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21), body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)])",
		""},
	{"genexp_in_call_kw", "eval", "f(x for x in y)",
		"Expression(body=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15))",
		""},
	{"star_expr_stmt", "exec", "*a, b = c\nprint(*a, sep=\"\")\n",
		"Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), args=[Starred(value=Name(id='a', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=8)], keywords=[keyword(arg='sep', value=Constant(value='', lineno=2, col_offset=14, end_lineno=2, end_col_offset=16), lineno=2, col_offset=10, end_lineno=2, end_col_offset=16)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=17), lineno=2, col_offset=0, end_lineno=2, end_col_offset=17)])",
		""},
	{"ellipsis_consts", "eval", "(..., None, True, False)",
		"Expression(body=Tuple(elts=[Constant(value=Ellipsis, lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Constant(value=None, lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), Constant(value=True, lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), Constant(value=False, lineno=1, col_offset=18, end_lineno=1, end_col_offset=23)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24))",
		""},
	{"err_mix_bytes", "exec", "x = b\"a\" \"b\"\n",
		"",
		"SyntaxError|cannot mix bytes and nonbytes literals|1|13|1|14"},
	{"err_mix_fbytes", "exec", "x = f\"{a}\" b\"a\"\n",
		"",
		"SyntaxError|cannot mix bytes and nonbytes literals|1|16|1|17"},
	{"err_conv_invalid", "exec", "f\"{x!z}\"\n",
		"",
		"SyntaxError|f-string: invalid conversion character 'z': expected 's', 'r', or 'a'|1|6|1|7"},
	{"err_conv_space", "exec", "f\"{x! r}\"\n",
		"",
		"SyntaxError|f-string: conversion type must come right after the exclamation mark|1|5|1|8"},
	{"err_tconv_invalid", "exec", "t\"{x!z}\"\n",
		"",
		"SyntaxError|t-string: invalid conversion character 'z': expected 's', 'r', or 'a'|1|6|1|7"},
	{"err_escape", "exec", "x = \"\\N{NOPE}\"\n",
		"",
		"SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name|1|5|1|15"},
	{"err_ltgt", "exec", "1 <> 2\n",
		"",
		"SyntaxError|invalid syntax|1|3|1|5"},
	{"err_fstring_escape", "exec", "f\"ab\\N{nope}{x}\"\n",
		"",
		"SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 2-9: unknown Unicode character name|1|16|1|17"},
	{"err_fstring_escape_paren", "exec", "x = (f\"\\xZ\"\n \"a\")\n",
		"",
		"SyntaxError|(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape|1|11|1|12"},
	{"err_bytes_escape", "exec", "b\"\\xZZ\"\n",
		"",
		"SyntaxError|(value error) invalid \\x escape at position 0|1|1|1|8"},
}

func TestExprCases(t *testing.T) {
	for _, c := range exprCases {
		t.Run(c.name, func(t *testing.T) {
			mod, _, err := ParseString("<test>", c.src, Options{Mode: c.mode})
			if c.err != "" {
				if err == nil {
					t.Fatalf("parsed, want error %s", c.err)
				}
				got := fmt.Sprintf("%s|%s|%d|%d|%d|%d", err.Kind, err.Msg, err.Lineno, err.Offset, err.EndLineno, err.EndOffset)
				if got != c.err {
					t.Fatalf("error\n got %s\nwant %s", got, c.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v (%d:%d)", err, err.Lineno, err.Offset)
			}
			got := ast.Dump(mod, ast.DumpOptions{IncludeAttributes: true, Indent: -1})
			if got != c.dump {
				t.Fatalf("dump differs:\n got %s\nwant %s", got, c.dump)
			}
		})
	}
}
