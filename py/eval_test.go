package py

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/parser"
)

// A tiny expression evaluator over the object model, for tests only: it
// lets the test tables be Python expressions whose expected results come
// from the CPython oracle (testdata/*.golden).

var testBuiltins map[string]Object

func init() {
	fn := func(name string, f func(t *Thread, args []Object, kw *Tuple) (Object, *Exception)) {
		testBuiltins[name] = NewBuiltin(name, f).Obj()
	}
	testBuiltins = map[string]Object{}
	for name, typ := range map[string]*Type{
		"int": IntType, "float": FloatType, "str": StrType, "bool": BoolType, "list": ListType,
		"tuple": TupleType, "dict": DictType, "set": SetType, "frozenset": FrozenSetType,
		"range": RangeType, "slice": SliceType, "bytes": BytesType, "complex": ComplexType,
		"type": TypeType, "object": ObjectType,
	} {
		testBuiltins[name] = typ.Obj()
	}
	for name, typ := range ExceptionTypes {
		testBuiltins[name] = typ.Obj()
	}
	fn("len", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		n, exc := Len(t, a[0])
		return MakeInt(int64(n)), exc
	})
	fn("hash", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		h, exc := Hash(t, a[0])
		return MakeInt(h), exc
	})
	fn("repr", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return Repr(t, a[0]) })
	fn("ascii", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		s, exc := ReprS(t, a[0])
		return NewStr(toASCII(s)).Obj(), exc
	})
	fn("abs", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return Abs(t, a[0]) })
	fn("divmod", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return BinaryOp(t, OpDivmod, a[0], a[1]) })
	fn("pow", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		if len(a) == 3 {
			return Pow3(t, a[0], a[1], a[2])
		}
		return BinaryOp(t, OpPow, a[0], a[1])
	})
	fn("format", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		spec := ""
		if len(a) > 1 {
			spec = (*Str)(a[1].p).s
		}
		return Format(t, a[0], spec)
	})
	fn("round", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		m, exc := GetAttrS(t, a[0], "__round__")
		if exc != nil {
			return Object{}, exc
		}
		return Call(t, m, a[1:], nil)
	})
	fn("getattr", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		return GetAttr(t, a[0], (*Str)(a[1].p))
	})
	fn("iter", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return GetIter(t, a[0]) })
	fn("next", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		v, exc := Next(t, a[0])
		if v.p == nil && exc == nil {
			return Object{}, StopIteration(Object{})
		}
		return v, exc
	})
	fn("sorted", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		items, exc := SequenceItems(t, a[0])
		if exc != nil {
			return Object{}, exc
		}
		l := NewList(items)
		m, _ := GetAttrS(t, l.Obj(), "sort")
		if _, exc := Call(t, m, a[1:], kw); exc != nil {
			return Object{}, exc
		}
		return l.Obj(), nil
	})
	fn("isinstance", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		return Bool(IsInstance(a[0], AsType(a[1]))), nil
	})
	fn("issubclass", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		return Bool(AsType(a[0]).IsSubtype(AsType(a[1]))), nil
	})
	fn("lst", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		// lst(x, 'method', args...) calls the method and returns x: for
		// testing mutating methods in one expression.
		m, exc := GetAttr(t, a[0], (*Str)(a[1].p))
		if exc != nil {
			return Object{}, exc
		}
		if _, exc := Call(t, m, a[2:], kw); exc != nil {
			return Object{}, exc
		}
		return a[0], nil
	})
	fn("setitem", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		return a[0], SetItem(t, a[0], a[1], a[2])
	})
	fn("delitem", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		return a[0], DelItem(t, a[0], a[1])
	})
	fn("iadd", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return InPlaceOp(t, OpAdd, a[0], a[1]) })
	fn("ior", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return InPlaceOp(t, OpOr, a[0], a[1]) })
	fn("isub", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return InPlaceOp(t, OpSub, a[0], a[1]) })
	fn("imul", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) { return InPlaceOp(t, OpMul, a[0], a[1]) })
	fn("selfref", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		// selfref(container) inserts the container into itself.
		if l, ok := AsList(a[0]); ok {
			l.Append(a[0])
		} else if d, ok := AsDict(a[0]); ok {
			d.Set(t, NewStr("self").Obj(), a[0])
		}
		return a[0], nil
	})
	fn("allitems", func(t *Thread, a []Object, kw *Tuple) (Object, *Exception) {
		items, exc := SequenceItems(t, a[0])
		return NewList(items).Obj(), exc
	})
}

type evalError struct{ exc *Exception }

func evalExpr(t *Thread, src string) (Object, *Exception) {
	mod, _, err := parser.ParseString("<test>", src, parser.Options{Mode: "eval"})
	if err != nil {
		return Object{}, SystemError("parse: %v", err)
	}
	var res Object
	var exc *Exception
	func() {
		defer func() {
			if r := recover(); r != nil {
				if e, ok := r.(evalError); ok {
					exc = e.exc
					return
				}
				exc = SystemError("panic: %v", r)
			}
		}()
		res = ev(t, mod.(*ast.Expression).Body)
	}()
	return res, exc
}

func chk(o Object, exc *Exception) Object {
	if exc != nil {
		panic(evalError{exc})
	}
	return o
}

func evAll(t *Thread, es []ast.Expr) []Object {
	var out []Object
	for _, e := range es {
		if s, ok := e.(*ast.Starred); ok {
			items, exc := SequenceItems(t, ev(t, s.Value))
			chk(Object{}, exc)
			out = append(out, items...)
			continue
		}
		out = append(out, ev(t, e))
	}
	return out
}

var binOps = map[ast.Operator]BinOp{
	ast.Add: OpAdd, ast.Sub: OpSub, ast.Mult: OpMul, ast.MatMult: OpMatMul, ast.Div: OpTrueDiv,
	ast.Modulo: OpMod, ast.Pow: OpPow, ast.LShift: OpLShift, ast.RShift: OpRShift,
	ast.BitOr: OpOr, ast.BitXor: OpXor, ast.BitAnd: OpAnd, ast.FloorDiv: OpFloorDiv,
}

func ev(t *Thread, e ast.Expr) Object {
	switch e := e.(type) {
	case *ast.Constant:
		switch v := e.Value.(type) {
		case ast.NoneType:
			return None
		case ast.EllipsisType:
			return Ellipsis
		case bool:
			return Bool(v)
		case int64:
			return MakeInt(v)
		case *big.Int:
			return MakeIntBig(v)
		case float64:
			return NewFloat(v)
		case complex128:
			return NewComplex(v)
		case string:
			return NewStr(v).Obj()
		case ast.Bytes:
			return NewBytes([]byte(v)).Obj()
		}
		panic(fmt.Sprintf("constant %T", e.Value))
	case *ast.Name:
		if v, ok := testBuiltins[e.Id]; ok {
			return v
		}
		switch e.Id {
		case "NotImplemented":
			return NotImplemented
		}
		panic(evalError{NameError(e.Id, "name '%s' is not defined", e.Id)})
	case *ast.BinOp:
		return chk(BinaryOp(t, binOps[e.Op], ev(t, e.Left), ev(t, e.Right)))
	case *ast.UnaryOp:
		v := ev(t, e.Operand)
		switch e.Op {
		case ast.USub:
			return chk(Neg(t, v))
		case ast.UAdd:
			return chk(Pos(t, v))
		case ast.Invert:
			return chk(Invert(t, v))
		}
		b, exc := Truthy(t, v)
		chk(Object{}, exc)
		return Bool(!b)
	case *ast.BoolOp:
		var v Object
		for _, x := range e.Values {
			v = ev(t, x)
			b, exc := Truthy(t, v)
			chk(Object{}, exc)
			if b == (e.Op == ast.Or) {
				return v
			}
		}
		return v
	case *ast.IfExp:
		b, exc := Truthy(t, ev(t, e.Test))
		chk(Object{}, exc)
		if b {
			return ev(t, e.Body)
		}
		return ev(t, e.Orelse)
	case *ast.Compare:
		left := ev(t, e.Left)
		var res Object = True
		for i, op := range e.Ops {
			right := ev(t, e.Comparators[i])
			switch op {
			case ast.Is:
				res = Bool(left.Is(right))
			case ast.IsNot:
				res = Bool(!left.Is(right))
			case ast.In, ast.NotIn:
				b, exc := Contains(t, right, left)
				chk(Object{}, exc)
				res = Bool(b == (op == ast.In))
			default:
				res = chk(RichCompare(t, left, right, map[ast.CmpOp]CmpOp{ast.Eq: Eq, ast.NotEq: Ne, ast.Lt: Lt, ast.LtE: Le, ast.Gt: Gt, ast.GtE: Ge}[op]))
			}
			b, exc := Truthy(t, res)
			chk(Object{}, exc)
			if !b {
				return res
			}
			left = right
		}
		return res
	case *ast.Tuple:
		return NewTuple(evAll(t, e.Elts)...).Obj()
	case *ast.List:
		return NewList(evAll(t, e.Elts)).Obj()
	case *ast.Set:
		s, exc := NewSet(t, evAll(t, e.Elts), false)
		chk(Object{}, exc)
		return s.Obj()
	case *ast.Dict:
		d := NewDict()
		for i, k := range e.Keys {
			if k == nil {
				chk(Object{}, d.Update(t, ev(t, e.Values[i])))
				continue
			}
			kv := ev(t, k)
			chk(Object{}, d.Set(t, kv, ev(t, e.Values[i])))
		}
		return d.Obj()
	case *ast.Subscript:
		return chk(GetItem(t, ev(t, e.Value), ev(t, e.Slice)))
	case *ast.Slice:
		var a, b, c Object
		if e.Lower != nil {
			a = ev(t, e.Lower)
		}
		if e.Upper != nil {
			b = ev(t, e.Upper)
		}
		if e.Step != nil {
			c = ev(t, e.Step)
		}
		return NewSlice(a, b, c).Obj()
	case *ast.Attribute:
		return chk(GetAttr(t, ev(t, e.Value), Intern(e.Attr)))
	case *ast.Call:
		f := ev(t, e.Func)
		args := evAll(t, e.Args)
		var names []Object
		for _, k := range e.Keywords {
			names = append(names, NewStr(k.Arg).Obj())
			args = append(args, ev(t, k.Value))
		}
		var kw *Tuple
		if len(names) > 0 {
			kw = NewTuple(names...)
		}
		return chk(Call(t, f, args, kw))
	case *ast.JoinedStr:
		var b strings.Builder
		for _, v := range e.Values {
			switch v := v.(type) {
			case *ast.Constant:
				b.WriteString(v.Value.(string))
			case *ast.FormattedValue:
				x := ev(t, v.Value)
				switch v.Conversion {
				case 'r':
					x = chk(Repr(t, x))
				case 's':
					x = chk(ToStr(t, x))
				}
				spec := ""
				if v.FormatSpec != nil {
					spec = (*Str)(ev(t, v.FormatSpec).p).s
				}
				b.WriteString((*Str)(chk(Format(t, x, spec)).p).s)
			}
		}
		return NewStr(b.String()).Obj()
	}
	panic(fmt.Sprintf("unsupported node %T", e))
}

// showResult renders a result as the oracle script prints it.
func showResult(t *Thread, v Object, exc *Exception) string {
	if exc != nil {
		s, e2 := StrS(t, exc.Obj())
		if e2 != nil {
			s = "<str failed>"
		}
		return exc.Type().Name + ": " + s
	}
	s, e2 := ReprS(t, v)
	if e2 != nil {
		return "repr failed: " + e2.Error()
	}
	return s
}
