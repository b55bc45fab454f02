package compiler

import (
	"math"
	"math/big"
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/ast"
)

// Limits on folded results, as CPython's optimizer has, so that folding
// never builds huge constants.
const (
	maxFoldedStr  = 4096
	maxFoldedBits = 128
)

// fold returns the constant value of e when the compiler can compute it
// the way CPython's AST optimizer does: literals, __debug__, unary and
// binary operators on constants, tuples of constants.
func (c *compiler) fold(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		return e.Value, true
	case *ast.Name:
		if e.Id == "__debug__" && e.Ctx == ast.Load {
			return c.opts.Optimize == 0, true
		}
	case *ast.UnaryOp:
		v, ok := c.fold(e.Operand)
		if !ok {
			return nil, false
		}
		switch e.Op {
		case ast.USub:
			return negate(v)
		case ast.UAdd:
			switch v.(type) {
			case int64, *big.Int, float64, complex128:
				return v, true
			}
		case ast.Invert:
			switch x := v.(type) {
			case int64:
				return ^x, true
			case *big.Int:
				return normInt(new(big.Int).Not(x)), true
			}
		case ast.Not:
			switch v.(type) {
			case bytecode.Tuple:
			default:
				return !truthy(v), true
			}
		}
	case *ast.BinOp:
		l, ok := c.fold(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := c.fold(e.Right)
		if !ok {
			return nil, false
		}
		return binop(e.Op, l, r)
	case *ast.Tuple:
		if e.Ctx != ast.Load {
			return nil, false
		}
		t := make(bytecode.Tuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := c.fold(x)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	}
	return nil, false
}

func truthy(v any) bool {
	switch x := v.(type) {
	case ast.NoneType:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case *big.Int:
		return x.Sign() != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case string:
		return x != ""
	case ast.Bytes:
		return x != ""
	case bytecode.Tuple:
		return len(x) > 0
	}
	return true
}

func negate(v any) (any, bool) {
	switch x := v.(type) {
	case bool:
		return nil, false
	case int64:
		if x == math.MinInt64 {
			return new(big.Int).Neg(big.NewInt(x)), true
		}
		return -x, true
	case *big.Int:
		return normInt(new(big.Int).Neg(x)), true
	case float64:
		return -x, true
	case complex128:
		return -x, true
	}
	return nil, false
}

func normInt(b *big.Int) any {
	if b.IsInt64() {
		return b.Int64()
	}
	return b
}

func toBig(v any) (*big.Int, bool) {
	switch x := v.(type) {
	case int64:
		return big.NewInt(x), true
	case *big.Int:
		return x, true
	}
	return nil, false
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case *big.Int:
		f, _ := new(big.Float).SetInt(x).Float64()
		return f, !math.IsInf(f, 0)
	case float64:
		return x, true
	}
	return 0, false
}

// binop folds l op r for the cases that cannot raise and stay small.
func binop(op ast.Operator, l, r any) (any, bool) {
	if _, ok := l.(bool); ok {
		return nil, false
	}
	if _, ok := r.(bool); ok {
		return nil, false
	}
	if a, ok := toBig(l); ok {
		if b, ok := toBig(r); ok {
			var z *big.Int
			switch op {
			case ast.Add:
				z = new(big.Int).Add(a, b)
			case ast.Sub:
				z = new(big.Int).Sub(a, b)
			case ast.Mult:
				if a.BitLen()+b.BitLen() > maxFoldedBits {
					return nil, false
				}
				z = new(big.Int).Mul(a, b)
			case ast.Pow:
				if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())*b.Int64() > maxFoldedBits {
					return nil, false
				}
				z = new(big.Int).Exp(a, b, nil)
			case ast.LShift:
				if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())+b.Int64() > maxFoldedBits {
					return nil, false
				}
				z = new(big.Int).Lsh(a, uint(b.Int64()))
			case ast.RShift:
				if b.Sign() < 0 || !b.IsInt64() {
					return nil, false
				}
				z = new(big.Int).Rsh(a, uint(min(b.Int64(), 1<<20)))
			case ast.BitOr:
				z = new(big.Int).Or(a, b)
			case ast.BitAnd:
				z = new(big.Int).And(a, b)
			case ast.BitXor:
				z = new(big.Int).Xor(a, b)
			case ast.FloorDiv, ast.Modulo:
				// Euclidean division equals Python's floor division for a
				// positive divisor; other cases are left to run time.
				if b.Sign() <= 0 {
					return nil, false
				}
				if op == ast.FloorDiv {
					z = new(big.Int).Div(a, b)
				} else {
					z = new(big.Int).Mod(a, b)
				}
			default:
				return nil, false
			}
			return normInt(z), true
		}
	}
	if _, isC := l.(complex128); isC {
		return nil, false
	}
	if _, isC := r.(complex128); isC {
		return nil, false
	}
	if a, ok := toFloat(l); ok {
		if b, ok := toFloat(r); ok {
			switch op {
			case ast.Add:
				return a + b, true
			case ast.Sub:
				return a - b, true
			case ast.Mult:
				return a * b, true
			case ast.Div:
				if b == 0 {
					return nil, false
				}
				return a / b, true
			}
			return nil, false
		}
	}
	switch a := l.(type) {
	case string:
		switch b := r.(type) {
		case string:
			if op == ast.Add && len(a)+len(b) <= maxFoldedStr {
				return a + b, true
			}
		case int64:
			if op == ast.Mult && b >= 0 && b <= maxFoldedStr && int64(len(a))*b <= maxFoldedStr {
				return strings.Repeat(a, int(b)), true
			}
		}
	case ast.Bytes:
		switch b := r.(type) {
		case ast.Bytes:
			if op == ast.Add && len(a)+len(b) <= maxFoldedStr {
				return a + b, true
			}
		case int64:
			if op == ast.Mult && b >= 0 && b <= maxFoldedStr && int64(len(a))*b <= maxFoldedStr {
				return ast.Bytes(strings.Repeat(string(a), int(b))), true
			}
		}
	}
	return nil, false
}
