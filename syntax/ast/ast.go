// Package ast declares the syntax tree of Python 3.14 programs: one Go type
// per node class of CPython's ast module, with the same fields in the same
// order and the same position attributes, so that Dump can reproduce
// ast.dump exactly and the compiler can walk the tree without reflection.
//
// Field correspondence: a Go field named in CamelCase carries the `py` tag
// naming the Python field. Lists are slices; an optional node is a nil
// interface or pointer; an optional identifier or string is "" (Python
// identifiers and type comments are never empty). Dict.Keys and
// Arguments.KwDefaults may hold nil entries, which are None in Python.
package ast

import "github.com/pygo/pygo/syntax/token"

// Node is any syntax tree node.
type Node interface{ astNode() }

// Span holds the position attributes lineno, col_offset, end_lineno and
// end_col_offset: 1-based lines, 0-based columns in UTF-8 bytes.
type Span struct {
	Start token.Pos
	End   token.Pos
}

// Span returns the node's position span; it lets callers reach the
// position of any Stmt, Expr, Pattern or TypeParam through the interface.
func (s *Span) GetSpan() *Span { return s }

// Positioned is a node that carries position attributes.
type Positioned interface {
	Node
	GetSpan() *Span
}

// Mod is a module-level node: Module, Interactive, Expression, FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Positioned
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Positioned
	exprNode()
}

// Pattern is a match-statement pattern node.
type Pattern interface {
	Positioned
	patternNode()
}

// TypeParam is a PEP 695 type parameter node.
type TypeParam interface {
	Positioned
	typeParamNode()
}

// ---- mod ----

type Module struct {
	Body        []Stmt        `py:"body"`
	TypeIgnores []*TypeIgnore `py:"type_ignores"`
}

type Interactive struct {
	Body []Stmt `py:"body"`
}

type Expression struct {
	Body Expr `py:"body"`
}

type FunctionType struct {
	Argtypes []Expr `py:"argtypes"`
	Returns  Expr   `py:"returns"`
}

// ---- stmt ----

type FunctionDef struct {
	Span
	Name          string      `py:"name"`
	Args          *Arguments  `py:"args"`
	Body          []Stmt      `py:"body"`
	DecoratorList []Expr      `py:"decorator_list"`
	Returns       Expr        `py:"returns"`
	TypeComment   string      `py:"type_comment,opt"`
	TypeParams    []TypeParam `py:"type_params"`
}

type AsyncFunctionDef struct {
	Span
	Name          string      `py:"name"`
	Args          *Arguments  `py:"args"`
	Body          []Stmt      `py:"body"`
	DecoratorList []Expr      `py:"decorator_list"`
	Returns       Expr        `py:"returns"`
	TypeComment   string      `py:"type_comment,opt"`
	TypeParams    []TypeParam `py:"type_params"`
}

type ClassDef struct {
	Span
	Name          string      `py:"name"`
	Bases         []Expr      `py:"bases"`
	Keywords      []*Keyword  `py:"keywords"`
	Body          []Stmt      `py:"body"`
	DecoratorList []Expr      `py:"decorator_list"`
	TypeParams    []TypeParam `py:"type_params"`
}

type Return struct {
	Span
	Value Expr `py:"value"`
}

type Delete struct {
	Span
	Targets []Expr `py:"targets"`
}

type Assign struct {
	Span
	Targets     []Expr `py:"targets"`
	Value       Expr   `py:"value"`
	TypeComment string `py:"type_comment,opt"`
}

type TypeAlias struct {
	Span
	Name       Expr        `py:"name"`
	TypeParams []TypeParam `py:"type_params"`
	Value      Expr        `py:"value"`
}

type AugAssign struct {
	Span
	Target Expr     `py:"target"`
	Op     Operator `py:"op"`
	Value  Expr     `py:"value"`
}

type AnnAssign struct {
	Span
	Target     Expr `py:"target"`
	Annotation Expr `py:"annotation"`
	Value      Expr `py:"value"`
	Simple     int  `py:"simple"`
}

type For struct {
	Span
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

type AsyncFor struct {
	Span
	Target      Expr   `py:"target"`
	Iter        Expr   `py:"iter"`
	Body        []Stmt `py:"body"`
	Orelse      []Stmt `py:"orelse"`
	TypeComment string `py:"type_comment,opt"`
}

type While struct {
	Span
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

type If struct {
	Span
	Test   Expr   `py:"test"`
	Body   []Stmt `py:"body"`
	Orelse []Stmt `py:"orelse"`
}

type With struct {
	Span
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

type AsyncWith struct {
	Span
	Items       []*WithItem `py:"items"`
	Body        []Stmt      `py:"body"`
	TypeComment string      `py:"type_comment,opt"`
}

type Match struct {
	Span
	Subject Expr         `py:"subject"`
	Cases   []*MatchCase `py:"cases"`
}

type Raise struct {
	Span
	Exc   Expr `py:"exc"`
	Cause Expr `py:"cause"`
}

type Try struct {
	Span
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

type TryStar struct {
	Span
	Body      []Stmt           `py:"body"`
	Handlers  []*ExceptHandler `py:"handlers"`
	Orelse    []Stmt           `py:"orelse"`
	Finalbody []Stmt           `py:"finalbody"`
}

type Assert struct {
	Span
	Test Expr `py:"test"`
	Msg  Expr `py:"msg"`
}

type Import struct {
	Span
	Names []*Alias `py:"names"`
}

type ImportFrom struct {
	Span
	Module string   `py:"module,opt"`
	Names  []*Alias `py:"names"`
	Level  int      `py:"level"`
}

type Global struct {
	Span
	Names []string `py:"names"`
}

type Nonlocal struct {
	Span
	Names []string `py:"names"`
}

// ExprStmt is the Expr statement (an expression used as a statement); the
// Go name differs because Expr is the expression interface.
type ExprStmt struct {
	Span
	Value Expr `py:"value"`
}

type Pass struct{ Span }

type Break struct{ Span }

type Continue struct{ Span }

// ---- expr ----

type BoolOp struct {
	Span
	Op     BoolOperator `py:"op"`
	Values []Expr       `py:"values"`
}

type NamedExpr struct {
	Span
	Target Expr `py:"target"`
	Value  Expr `py:"value"`
}

type BinOp struct {
	Span
	Left  Expr     `py:"left"`
	Op    Operator `py:"op"`
	Right Expr     `py:"right"`
}

type UnaryOp struct {
	Span
	Op      UnaryOperator `py:"op"`
	Operand Expr          `py:"operand"`
}

type Lambda struct {
	Span
	Args *Arguments `py:"args"`
	Body Expr       `py:"body"`
}

type IfExp struct {
	Span
	Test   Expr `py:"test"`
	Body   Expr `py:"body"`
	Orelse Expr `py:"orelse"`
}

type Dict struct {
	Span
	Keys   []Expr `py:"keys"` // nil entry for a **mapping item
	Values []Expr `py:"values"`
}

type Set struct {
	Span
	Elts []Expr `py:"elts"`
}

type ListComp struct {
	Span
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type SetComp struct {
	Span
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type DictComp struct {
	Span
	Key        Expr             `py:"key"`
	Value      Expr             `py:"value"`
	Generators []*Comprehension `py:"generators"`
}

type GeneratorExp struct {
	Span
	Elt        Expr             `py:"elt"`
	Generators []*Comprehension `py:"generators"`
}

type Await struct {
	Span
	Value Expr `py:"value"`
}

type Yield struct {
	Span
	Value Expr `py:"value"`
}

type YieldFrom struct {
	Span
	Value Expr `py:"value"`
}

type Compare struct {
	Span
	Left        Expr    `py:"left"`
	Ops         []CmpOp `py:"ops"`
	Comparators []Expr  `py:"comparators"`
}

type Call struct {
	Span
	Func     Expr       `py:"func"`
	Args     []Expr     `py:"args"`
	Keywords []*Keyword `py:"keywords"`
}

// Conversion values of FormattedValue and Interpolation.
const (
	ConvNone  = -1
	ConvStr   = 's'
	ConvRepr  = 'r'
	ConvASCII = 'a'
)

type FormattedValue struct {
	Span
	Value      Expr `py:"value"`
	Conversion int  `py:"conversion"`
	FormatSpec Expr `py:"format_spec"`
}

type Interpolation struct {
	Span
	Value      Expr   `py:"value"`
	Str        string `py:"str"`
	Conversion int    `py:"conversion"`
	FormatSpec Expr   `py:"format_spec"`
}

type JoinedStr struct {
	Span
	Values []Expr `py:"values"`
}

type TemplateStr struct {
	Span
	Values []Expr `py:"values"`
}

// Constant is a literal. Value holds one of: None, Ellipsis, bool, int64,
// *big.Int (ints outside int64), float64, complex128 (imaginary literals),
// string (str), Bytes.
type Constant struct {
	Span
	Value any    `py:"value"`
	Kind  string `py:"kind,opt"` // "u" for u-prefixed strings, else ""
}

type Attribute struct {
	Span
	Value Expr        `py:"value"`
	Attr  string      `py:"attr"`
	Ctx   ExprContext `py:"ctx"`
}

type Subscript struct {
	Span
	Value Expr        `py:"value"`
	Slice Expr        `py:"slice"`
	Ctx   ExprContext `py:"ctx"`
}

type Starred struct {
	Span
	Value Expr        `py:"value"`
	Ctx   ExprContext `py:"ctx"`
}

type Name struct {
	Span
	Id  string      `py:"id"`
	Ctx ExprContext `py:"ctx"`
}

type List struct {
	Span
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

type Tuple struct {
	Span
	Elts []Expr      `py:"elts"`
	Ctx  ExprContext `py:"ctx"`
}

type Slice struct {
	Span
	Lower Expr `py:"lower"`
	Upper Expr `py:"upper"`
	Step  Expr `py:"step"`
}

// ---- helpers without subclasses ----

type Comprehension struct {
	Target  Expr   `py:"target"`
	Iter    Expr   `py:"iter"`
	Ifs     []Expr `py:"ifs"`
	IsAsync int    `py:"is_async"`
}

type ExceptHandler struct {
	Span
	Type Expr   `py:"type"`
	Name string `py:"name,opt"`
	Body []Stmt `py:"body"`
}

type Arguments struct {
	Posonlyargs []*Arg `py:"posonlyargs"`
	Args        []*Arg `py:"args"`
	Vararg      *Arg   `py:"vararg"`
	Kwonlyargs  []*Arg `py:"kwonlyargs"`
	KwDefaults  []Expr `py:"kw_defaults"` // nil entry: no default
	Kwarg       *Arg   `py:"kwarg"`
	Defaults    []Expr `py:"defaults"`
}

type Arg struct {
	Span
	Arg         string `py:"arg"`
	Annotation  Expr   `py:"annotation"`
	TypeComment string `py:"type_comment,opt"`
}

type Keyword struct {
	Span
	Arg   string `py:"arg,opt"` // "" for **kwargs
	Value Expr   `py:"value"`
}

type Alias struct {
	Span
	Name   string `py:"name"`
	Asname string `py:"asname,opt"`
}

type WithItem struct {
	ContextExpr  Expr `py:"context_expr"`
	OptionalVars Expr `py:"optional_vars"`
}

type MatchCase struct {
	Pattern Pattern `py:"pattern"`
	Guard   Expr    `py:"guard"`
	Body    []Stmt  `py:"body"`
}

// ---- pattern ----

type MatchValue struct {
	Span
	Value Expr `py:"value"`
}

// MatchSingleton's Value is None, true or false.
type MatchSingleton struct {
	Span
	Value any `py:"value"`
}

type MatchSequence struct {
	Span
	Patterns []Pattern `py:"patterns"`
}

type MatchMapping struct {
	Span
	Keys     []Expr    `py:"keys"`
	Patterns []Pattern `py:"patterns"`
	Rest     string    `py:"rest,opt"`
}

type MatchClass struct {
	Span
	Cls         Expr      `py:"cls"`
	Patterns    []Pattern `py:"patterns"`
	KwdAttrs    []string  `py:"kwd_attrs"`
	KwdPatterns []Pattern `py:"kwd_patterns"`
}

type MatchStar struct {
	Span
	Name string `py:"name,opt"`
}

type MatchAs struct {
	Span
	Pattern Pattern `py:"pattern"`
	Name    string  `py:"name,opt"`
}

type MatchOr struct {
	Span
	Patterns []Pattern `py:"patterns"`
}

// TypeIgnore records a "# type: ignore" comment. It has no position
// attributes; Lineno is one of its fields.
type TypeIgnore struct {
	Lineno int    `py:"lineno"`
	Tag    string `py:"tag"`
}

// ---- type_param ----

type TypeVar struct {
	Span
	Name         string `py:"name"`
	Bound        Expr   `py:"bound"`
	DefaultValue Expr   `py:"default_value"`
}

type ParamSpec struct {
	Span
	Name         string `py:"name"`
	DefaultValue Expr   `py:"default_value"`
}

type TypeVarTuple struct {
	Span
	Name         string `py:"name"`
	DefaultValue Expr   `py:"default_value"`
}
