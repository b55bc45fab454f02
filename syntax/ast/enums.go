package ast

// ExprContext is the ctx field of names, attributes, subscripts, starred
// expressions, lists and tuples.
type ExprContext uint8

const (
	Load ExprContext = iota
	Store
	Del
)

// BoolOperator is the op of a BoolOp.
type BoolOperator uint8

const (
	And BoolOperator = iota
	Or
)

// Operator is a binary operator, the op of BinOp and AugAssign.
type Operator uint8

const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Modulo
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is the op of a UnaryOp.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// CmpOp is a comparison operator of a Compare.
type CmpOp uint8

const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var (
	exprContextNames = [...]string{"Load", "Store", "Del"}
	boolOpNames      = [...]string{"And", "Or"}
	operatorNames    = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	unaryOpNames     = [...]string{"Invert", "Not", "UAdd", "USub"}
	cmpOpNames       = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
)

func (c ExprContext) String() string   { return exprContextNames[c] }
func (o BoolOperator) String() string  { return boolOpNames[o] }
func (o Operator) String() string      { return operatorNames[o] }
func (o UnaryOperator) String() string { return unaryOpNames[o] }
func (o CmpOp) String() string         { return cmpOpNames[o] }

// NoneType is the type of the None constant.
type NoneType struct{}

// EllipsisType is the type of the Ellipsis constant.
type EllipsisType struct{}

// None and Ellipsis are the Constant values of the literals None and "...".
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// Bytes is the Constant value of a bytes literal: a Go string of raw bytes.
type Bytes string
