package ast

import (
	"testing"

	"github.com/pygo/pygo/syntax/token"
)

func span(l1, c1, l2, c2 int32) Span {
	return Span{Start: token.Pos{Line: l1, Col: c1}, End: token.Pos{Line: l2, Col: c2}}
}

// The expected texts were printed by CPython 3.14 for
// ast.parse("x = 1 # type: int\n", type_comments=True) and from f(*a, k=None).
func TestDump(t *testing.T) {
	assign := &Module{Body: []Stmt{&Assign{
		Span:        span(1, 0, 1, 17),
		Targets:     []Expr{&Name{Span: span(1, 0, 1, 1), Id: "x", Ctx: Store}},
		Value:       &Constant{Span: span(1, 4, 1, 5), Value: int64(1)},
		TypeComment: "int",
	}}}
	const wantAttrs = `Module(
 body=[
  Assign(
   targets=[
    Name(
     id='x',
     ctx=Store(),
     lineno=1,
     col_offset=0,
     end_lineno=1,
     end_col_offset=1)],
   value=Constant(
    value=1,
    lineno=1,
    col_offset=4,
    end_lineno=1,
    end_col_offset=5),
   type_comment='int',
   lineno=1,
   col_offset=0,
   end_lineno=1,
   end_col_offset=17)])`
	if got := Dump(assign, DumpOptions{IncludeAttributes: true, Indent: 1}); got != wantAttrs {
		t.Errorf("got\n%s\nwant\n%s", got, wantAttrs)
	}
	const wantFlat = `Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1), type_comment='int')])`
	if got := Dump(assign, DumpOptions{Indent: -1}); got != wantFlat {
		t.Errorf("got\n%s\nwant\n%s", got, wantFlat)
	}
	call := &ExprStmt{Value: &Call{
		Func:     &Name{Id: "f"},
		Args:     []Expr{&Starred{Value: &Name{Id: "a"}}},
		Keywords: []*Keyword{{Arg: "k", Value: &Constant{Value: None}}},
	}}
	const wantCall = `Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='k', value=Constant(value=None))]))`
	if got := Dump(call, DumpOptions{Indent: -1}); got != wantCall {
		t.Errorf("got\n%s\nwant\n%s", got, wantCall)
	}
	const wantPositional = `Expr(Call(Name('f', Load()), [Starred(Name('a', Load()), Load())], [keyword('k', Constant(None))]))`
	if got := Dump(call, DumpOptions{Indent: -1, NoFieldNames: true}); got != wantPositional {
		t.Errorf("got\n%s\nwant\n%s", got, wantPositional)
	}
	arg := func(s string) *Arg { return &Arg{Arg: s} }
	def := &FunctionDef{Name: "f", Args: &Arguments{
		Posonlyargs: []*Arg{arg("a")}, Args: []*Arg{arg("b")}, Vararg: arg("c"),
		Kwonlyargs: []*Arg{arg("d"), arg("e")}, KwDefaults: []Expr{nil, &Constant{Value: int64(2)}},
		Kwarg: arg("g"), Defaults: []Expr{&Constant{Value: int64(1)}},
	}, Body: []Stmt{&Pass{}}}
	const wantDefPositional = `FunctionDef('f', arguments([arg('a')], [arg('b')], arg('c'), [arg('d'), arg('e')], [None, Constant(2)], arg('g'), [Constant(1)]), [Pass()])`
	if got := Dump(def, DumpOptions{Indent: -1, NoFieldNames: true}); got != wantDefPositional {
		t.Errorf("got\n%s\nwant\n%s", got, wantDefPositional)
	}
	const wantDefEmpty = `FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='g'), defaults=[Constant(value=1)]), body=[Pass()], decorator_list=[], type_params=[])`
	if got := Dump(def, DumpOptions{Indent: -1, ShowEmpty: true}); got != wantDefEmpty {
		t.Errorf("got\n%s\nwant\n%s", got, wantDefEmpty)
	}
}
