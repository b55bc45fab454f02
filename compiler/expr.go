package compiler

import (
	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/ast"
)

// exprReg evaluates e and returns a register holding its value: a fast
// local's own register when e is such a name, else a new temporary.
func (c *compiler) exprReg(e ast.Expr) int {
	if n, ok := e.(*ast.Name); ok {
		if r := c.fastReg(n.Id); r >= 0 {
			return r
		}
	}
	r := c.tmp()
	c.exprInto(e, r)
	return r
}

// exprTemp evaluates e into a new temporary (never a local's register).
func (c *compiler) exprTemp(e ast.Expr) int {
	r := c.tmp()
	c.exprInto(e, r)
	return r
}

// operands evaluates two operands; the left one is copied to a temporary
// if it is a local the right one could rebind (walrus).
func (c *compiler) operands(l, r ast.Expr) (int, int) {
	a := c.exprReg(l)
	if !isTemp(a) && hasNamedExpr(r) {
		t := c.tmp()
		c.emit(bytecode.Move, t, a, 0, 0)
		a = t
	}
	return a, c.exprReg(r)
}

// exprInto evaluates e into register dst.
func (c *compiler) exprInto(e ast.Expr, dst int) {
	if v, ok := c.fold(e); ok {
		old := c.setLoc(e.GetSpan())
		c.loadConst(v, dst)
		c.u.loc = old
		return
	}
	old := c.setLoc(e.GetSpan())
	defer func() { c.u.loc = old }()
	m := c.mark()
	defer c.release(m)
	switch e := e.(type) {
	case *ast.Constant:
		c.loadConst(e.Value, dst)
	case *ast.Name:
		c.loadName(e.Id, dst)
	case *ast.BoolOp:
		end := c.newLabel()
		for i, v := range e.Values {
			c.exprInto(v, dst)
			if i < len(e.Values)-1 {
				op := bytecode.JumpIfFalse
				if e.Op == ast.Or {
					op = bytecode.JumpIfTrue
				}
				c.jump(op, dst, 0, end)
			}
		}
		c.bind(end)
	case *ast.NamedExpr:
		c.exprInto(e.Value, dst)
		c.setLoc(e.Target.GetSpan())
		c.storeName(e.Target.(*ast.Name).Id, dst)
	case *ast.BinOp:
		a, b := c.operands(e.Left, e.Right)
		c.setLoc(&e.Span)
		var fl uint8
		if c.freshResult(e.Left, a) {
			fl |= bytecode.FreshB
		}
		if c.freshResult(e.Right, b) {
			fl |= bytecode.FreshC
		}
		c.emit(bytecode.BinaryOps[e.Op], dst, a, b, fl)
	case *ast.UnaryOp:
		a := c.exprReg(e.Operand)
		c.setLoc(&e.Span)
		switch e.Op {
		case ast.Not:
			c.emit(bytecode.Not, dst, a, 0, 0)
		case ast.USub:
			c.emit(bytecode.Neg, dst, a, 0, 0)
		case ast.UAdd:
			c.emit(bytecode.Pos, dst, a, 0, 0)
		case ast.Invert:
			c.emit(bytecode.Invert, dst, a, 0, 0)
		}
	case *ast.Lambda:
		c.lambda(e, dst)
	case *ast.IfExp:
		els, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, els)
		c.exprInto(e.Body, dst)
		c.jump(bytecode.Jump, 0, 0, end)
		c.bind(els)
		c.exprInto(e.Orelse, dst)
		c.bind(end)
	case *ast.Dict:
		c.dict(e, dst)
	case *ast.Set:
		c.sequence(e.Elts, dst, bytecode.BuildSet, bytecode.SetUpdate, bytecode.SetAdd)
	case *ast.List:
		c.sequence(e.Elts, dst, bytecode.BuildList, bytecode.ListExtend, bytecode.ListAppend)
	case *ast.Tuple:
		if hasStarred(e.Elts) {
			t := c.tmp()
			c.sequence(e.Elts, t, bytecode.BuildList, bytecode.ListExtend, bytecode.ListAppend)
			c.emit(bytecode.CallIntrinsic1, dst, t, 0, bytecode.IntrinsicListToTuple)
		} else {
			c.sequence(e.Elts, dst, bytecode.BuildTuple, 0, 0)
		}
	case *ast.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil, dst)
	case *ast.SetComp:
		c.comprehension(e, e.Generators, e.Elt, nil, dst)
	case *ast.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value, dst)
	case *ast.GeneratorExp:
		c.comprehension(e, e.Generators, e.Elt, nil, dst)
	case *ast.Await:
		r := c.exprReg(e.Value)
		c.setLoc(&e.Span)
		it := c.tmp()
		c.emit(bytecode.GetAwaitable, it, r, 0, 0)
		c.delegate(it, dst)
	case *ast.Yield:
		v := c.tmp()
		if e.Value != nil {
			c.exprInto(e.Value, v)
		} else {
			c.loadConst(ast.None, v)
		}
		c.setLoc(&e.Span)
		c.emit(bytecode.YieldValue, dst, v, bytecode.NoReg, 0)
	case *ast.YieldFrom:
		r := c.exprReg(e.Value)
		c.setLoc(&e.Span)
		it := c.tmp()
		c.emit(bytecode.GetYieldFromIter, it, r, 0, 0)
		c.delegate(it, dst)
	case *ast.Compare:
		c.checkCompare(e)
		c.compare(e, dst)
	case *ast.Call:
		c.checkCaller(e)
		c.call(e, dst)
	case *ast.JoinedStr:
		c.joinedStr(e, dst)
	case *ast.TemplateStr:
		c.templateStr(e, dst)
	case *ast.FormattedValue:
		c.formattedValue(e, dst)
	case *ast.Interpolation:
		c.interpolation(e, dst)
	case *ast.Attribute:
		o := c.exprReg(e.Value)
		c.setLoc(&e.Span)
		c.emitCached(bytecode.LoadAttr, dst, o, c.attrName(e.Attr))
	case *ast.Subscript:
		c.checkSubscript(e)
		o, k := c.operands(e.Value, e.Slice)
		c.setLoc(&e.Span)
		c.emitCached(bytecode.BinarySubscr, dst, o, k)
	case *ast.Slice:
		base := c.tmps(2)
		c.optExprInto(e.Lower, base)
		c.optExprInto(e.Upper, base+1)
		n := 2
		if e.Step != nil {
			c.exprInto(e.Step, c.tmp())
			n = 3
		}
		c.emit(bytecode.BuildSlice, dst, base, n, 0)
	case *ast.Starred:
		// Only reachable in invalid positions the checker rejects.
		c.fail("can't use starred expression here", &e.Span)
	default:
		c.loadConst(ast.None, dst)
	}
}

// freshResult reports whether register r, holding operand e, is a
// temporary written by a binary operator (e is one that does not fold to a
// constant) and read by the consumer alone: the FreshB/FreshC condition.
func (c *compiler) freshResult(e ast.Expr, r int) bool {
	if _, ok := e.(*ast.BinOp); !ok || !isTemp(r) {
		return false
	}
	_, folded := c.fold(e)
	return !folded
}

func (c *compiler) optExprInto(e ast.Expr, dst int) {
	if e == nil {
		c.loadConst(ast.None, dst)
		return
	}
	c.exprInto(e, dst)
}

func hasStarred(elts []ast.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			return true
		}
	}
	return false
}

// sequence builds a list, set or tuple from elts into dst; with starred
// items the container is built incrementally (extend/add ops).
func (c *compiler) sequence(elts []ast.Expr, dst int, build, extend, add bytecode.Op) {
	if !hasStarred(elts) || extend == 0 {
		base := c.tmps(len(elts))
		for i, x := range elts {
			c.exprInto(x, base+i)
		}
		c.emit(build, dst, base, len(elts), 0)
		return
	}
	// Items before the first starred one are built in one go.
	first := 0
	for first < len(elts) {
		if _, ok := elts[first].(*ast.Starred); ok {
			break
		}
		first++
	}
	acc := c.tmp()
	base := c.tmps(first)
	for i := 0; i < first; i++ {
		c.exprInto(elts[i], base+i)
	}
	c.emit(build, acc, base, first, 0)
	for _, x := range elts[first:] {
		m := c.mark()
		if s, ok := x.(*ast.Starred); ok {
			r := c.exprReg(s.Value)
			c.emit(extend, acc, r, 0, 0)
		} else {
			r := c.exprReg(x)
			c.emit(add, acc, r, 0, 0)
		}
		c.release(m)
	}
	c.emit(bytecode.Move, dst, acc, 0, 0)
}

func (c *compiler) dict(e *ast.Dict, dst int) {
	hasSplat := false
	for _, k := range e.Keys {
		if k == nil {
			hasSplat = true
		}
	}
	if !hasSplat {
		base := c.tmps(2 * len(e.Keys))
		for i := range e.Keys {
			c.exprInto(e.Keys[i], base+2*i)
			c.exprInto(e.Values[i], base+2*i+1)
		}
		c.emit(bytecode.BuildMap, dst, base, len(e.Keys), 0)
		return
	}
	acc := c.tmp()
	c.emit(bytecode.BuildMap, acc, acc, 0, 0)
	for i, k := range e.Keys {
		m := c.mark()
		if k == nil {
			r := c.exprReg(e.Values[i])
			c.emit(bytecode.DictUpdate, acc, r, 0, 0)
		} else {
			kr, vr := c.operands(k, e.Values[i])
			c.emit(bytecode.MapAdd, acc, kr, vr, 0)
		}
		c.release(m)
	}
	c.emit(bytecode.Move, dst, acc, 0, 0)
}

// compare evaluates a (possibly chained) comparison into dst.
func (c *compiler) compare(e *ast.Compare, dst int) {
	left := c.exprReg(e.Left)
	end := c.newLabel()
	for i, op := range e.Ops {
		if !isTemp(left) && hasNamedExpr(e.Comparators[i]) {
			t := c.tmp()
			c.emit(bytecode.Move, t, left, 0, 0)
			left = t
		}
		right := c.exprReg(e.Comparators[i])
		c.emitCmp(op, dst, left, right)
		if i < len(e.Ops)-1 {
			c.jump(bytecode.JumpIfFalse, dst, 0, end)
		}
		left = right
	}
	c.bind(end)
}

func (c *compiler) emitCmp(op ast.CmpOp, dst, a, b int) {
	o := bytecode.CompareOps[op]
	if o.HasCache() {
		c.emitCached(o, dst, a, b)
	} else {
		c.emit(o, dst, a, b, 0)
	}
}

// jumpIf jumps to l when bool(e) == cond, falling through otherwise.
func (c *compiler) jumpIf(e ast.Expr, cond bool, l label) {
	if v, ok := c.fold(e); ok {
		if truthy(v) == cond {
			c.jump(bytecode.Jump, 0, 0, l)
		}
		return
	}
	old := c.setLoc(e.GetSpan())
	defer func() { c.u.loc = old }()
	m := c.mark()
	defer c.release(m)
	switch e := e.(type) {
	case *ast.UnaryOp:
		if e.Op == ast.Not {
			c.jumpIf(e.Operand, !cond, l)
			return
		}
	case *ast.BoolOp:
		// and: jump when all true / any false; or: the dual.
		isAnd := e.Op == ast.And
		if isAnd != cond {
			// and/false or or/true: any operand decides.
			for _, v := range e.Values {
				c.jumpIf(v, cond, l)
			}
			return
		}
		skip := c.newLabel()
		for i, v := range e.Values {
			if i < len(e.Values)-1 {
				c.jumpIf(v, !cond, skip)
			} else {
				c.jumpIf(v, cond, l)
			}
		}
		c.bind(skip)
		return
	case *ast.Compare:
		if !cond {
			c.checkCompare(e)
			// Fused compare-and-branch for each link of the chain.
			left := c.exprReg(e.Left)
			for i, op := range e.Ops {
				if !isTemp(left) && hasNamedExpr(e.Comparators[i]) {
					t := c.tmp()
					c.emit(bytecode.Move, t, left, 0, 0)
					left = t
				}
				right := c.exprReg(e.Comparators[i])
				c.setLoc(&e.Span)
				c.jump(bytecode.CompareJumpOp[op], left, right, l)
				left = right
			}
			return
		}
	case *ast.IfExp:
		els, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, els)
		c.jumpIf(e.Body, cond, l)
		c.jump(bytecode.Jump, 0, 0, end)
		c.bind(els)
		c.jumpIf(e.Orelse, cond, l)
		c.bind(end)
		return
	}
	r := c.exprReg(e)
	if cond {
		c.jump(bytecode.JumpIfTrue, r, 0, l)
	} else {
		c.jump(bytecode.JumpIfFalse, r, 0, l)
	}
}

// call evaluates a call into dst. Arguments go into consecutive
// registers right after the callee (and self).
func (c *compiler) call(e *ast.Call, dst int) {
	star := hasStarred(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == "" {
			star = true
		}
	}
	base := dst
	if !c.topTemp(dst) {
		base = c.tmp()
	}
	if star {
		c.exprInto(e.Func, base)
		c.callEx(e, base)
	} else if at, ok := e.Func.(*ast.Attribute); ok {
		o := c.exprReg(at.Value)
		c.setLoc(&at.Span)
		c.u.ntemp = base - tempTag + 1
		c.tmp() // self slot
		c.emitCached(bytecode.LoadMethod, base, o, c.attrName(at.Attr))
		nargs, kw := c.args(e)
		c.setLoc(&e.Span)
		if kw >= 0 {
			c.emitCached(bytecode.CallMethodKw, base, nargs, kw)
		} else {
			c.emitCached(bytecode.CallMethod, base, nargs, 0)
		}
	} else {
		c.exprInto(e.Func, base)
		nargs, kw := c.args(e)
		c.setLoc(&e.Span)
		if kw >= 0 {
			c.emitCached(bytecode.CallKw, base, nargs, kw)
		} else {
			c.emitCached(bytecode.Call, base, nargs, 0)
		}
	}
	if base != dst {
		c.emit(bytecode.Move, dst, base, 0, 0)
	}
}

// args evaluates positional then keyword arguments into fresh consecutive
// temporaries; it returns their count and the index of the keyword-names
// tuple constant (-1 if none).
func (c *compiler) args(e *ast.Call) (int, int) {
	n := len(e.Args) + len(e.Keywords)
	base := c.tmps(n)
	for i, a := range e.Args {
		c.exprInto(a, base+i)
	}
	if len(e.Keywords) == 0 {
		return n, -1
	}
	names := make(bytecode.Tuple, len(e.Keywords))
	for i, k := range e.Keywords {
		c.exprInto(k.Value, base+len(e.Args)+i)
		names[i] = k.Arg
	}
	return n, c.constIndex(names)
}

// callEx calls the callee in base with *args/**kwargs.
func (c *compiler) callEx(e *ast.Call, base int) {
	pos := c.tmp()
	if len(e.Args) == 1 {
		if s, ok := e.Args[0].(*ast.Starred); ok {
			// f(*x): the tuple conversion happens in CALL_EX, which
			// names the callee if x is not iterable.
			c.exprInto(s.Value, pos)
			goto kw
		}
	}
	if hasStarred(e.Args) {
		l := c.tmp()
		c.sequence(e.Args, l, bytecode.BuildList, bytecode.ListExtend, bytecode.ListAppend)
		c.emit(bytecode.CallIntrinsic1, pos, l, 0, bytecode.IntrinsicListToTuple)
	} else {
		c.sequence(e.Args, pos, bytecode.BuildTuple, 0, 0)
	}
kw:
	kwr := bytecode.NoReg
	if len(e.Keywords) > 0 {
		kwr = c.tmp()
		c.emit(bytecode.BuildMap, kwr, kwr, 0, 0)
		merged := false
		for _, k := range e.Keywords {
			m := c.mark()
			if k.Arg == "" {
				r := c.exprReg(k.Value)
				c.emit(bytecode.DictMerge, kwr, r, base, 0)
				merged = true
			} else if merged {
				// After a **mapping, a keyword is merged too, so that a
				// repeated name is an error.
				d := c.tmp()
				c.emit(bytecode.BuildMap, d, d, 0, 0)
				kr := c.tmp()
				c.loadConst(k.Arg, kr)
				vr := c.exprReg(k.Value)
				c.emit(bytecode.MapAdd, d, kr, vr, 0)
				c.emit(bytecode.DictMerge, kwr, d, base, 0)
			} else {
				kr := c.tmp()
				c.loadConst(k.Arg, kr)
				vr := c.exprReg(k.Value)
				c.emit(bytecode.MapAdd, kwr, kr, vr, 0)
			}
			c.release(m)
		}
	}
	c.setLoc(&e.Span)
	c.emit(bytecode.CallEx, base, pos, kwr, 0)
}

// delegate runs the yield-from/await loop on iterator it; the result goes
// to dst.
func (c *compiler) delegate(it, dst int) {
	v := c.tmp()
	c.loadConst(ast.None, v)
	loop, done, throw := c.newLabel(), c.newLabel(), c.newLabel()
	exc := c.tmp()
	c.bind(loop)
	c.jump(bytecode.Send, it, v, done)
	c.pushHandler(throw, exc)
	c.emit(bytecode.YieldValue, v, v, it, 1)
	c.popHandler()
	c.jump(bytecode.Jump, 0, 0, loop)
	c.bind(throw)
	c.jump(bytecode.CleanupThrow, exc, v, done)
	c.bind(done)
	if dst != v {
		c.emit(bytecode.Move, dst, v, 0, 0)
	}
}

// await awaits the awaitable in r into dst (x: GET_AWAITABLE's context).
func (c *compiler) await(r, dst int, x uint8) {
	m := c.mark()
	it := c.tmp()
	c.emit(bytecode.GetAwaitable, it, r, 0, x)
	c.delegate(it, dst)
	c.release(m)
}

func (c *compiler) joinedStr(e *ast.JoinedStr, dst int) {
	if len(e.Values) == 1 {
		c.exprInto(e.Values[0], dst)
		if _, ok := e.Values[0].(*ast.Constant); ok {
			return
		}
		return
	}
	if len(e.Values) == 0 {
		c.loadConst("", dst)
		return
	}
	base := c.tmps(len(e.Values))
	for i, v := range e.Values {
		c.exprInto(v, base+i)
	}
	c.emit(bytecode.BuildString, dst, base, len(e.Values), 0)
}

func convX(conv int) uint8 {
	switch conv {
	case ast.ConvStr:
		return 1
	case ast.ConvRepr:
		return 2
	case ast.ConvASCII:
		return 3
	}
	return 0
}

func (c *compiler) formattedValue(e *ast.FormattedValue, dst int) {
	v := c.exprTemp(e.Value)
	if x := convX(e.Conversion); x != 0 {
		c.emit(bytecode.ConvertValue, v, v, 0, x)
	}
	if e.FormatSpec != nil {
		s := c.exprTemp(e.FormatSpec)
		c.emit(bytecode.FormatWithSpec, dst, v, s, 0)
	} else {
		c.emit(bytecode.FormatSimple, dst, v, 0, 0)
	}
}

func (c *compiler) interpolation(e *ast.Interpolation, dst int) {
	v := c.tmps(2)
	c.exprInto(e.Value, v)
	x := convX(e.Conversion)
	if e.FormatSpec != nil {
		c.exprInto(e.FormatSpec, v+1)
		x |= 4
	}
	c.emit(bytecode.BuildInterpolation, dst, v, c.constIndex(e.Str), x)
}

func (c *compiler) templateStr(e *ast.TemplateStr, dst int) {
	var strs bytecode.Tuple
	var interps []ast.Expr
	pending := ""
	for _, v := range e.Values {
		if k, ok := v.(*ast.Constant); ok {
			if s, ok := k.Value.(string); ok {
				pending += s
				continue
			}
		}
		strs = append(strs, pending)
		pending = ""
		interps = append(interps, v)
	}
	strs = append(strs, pending)
	sr := c.tmp()
	c.loadConst(strs, sr)
	base := c.tmps(len(interps))
	for i, v := range interps {
		c.exprInto(v, base+i)
	}
	ir := c.tmp()
	c.emit(bytecode.BuildTuple, ir, base, len(interps), 0)
	c.emit(bytecode.BuildTemplate, dst, sr, ir, 0)
}

// hasNamedExpr reports whether e contains an assignment expression
// outside nested scopes.
func hasNamedExpr(e ast.Expr) bool {
	found := false
	walkExpr(e, func(x ast.Expr) bool {
		switch x.(type) {
		case *ast.NamedExpr:
			found = true
		case *ast.Lambda:
			return false
		}
		return !found
	})
	return found
}

// walkExpr calls f on e and its subexpressions (pre-order) while f
// returns true for the node.
func walkExpr(e ast.Expr, f func(ast.Expr) bool) {
	if e == nil || !f(e) {
		return
	}
	w := func(xs ...ast.Expr) {
		for _, x := range xs {
			walkExpr(x, f)
		}
	}
	switch e := e.(type) {
	case *ast.BoolOp:
		w(e.Values...)
	case *ast.NamedExpr:
		w(e.Value)
	case *ast.BinOp:
		w(e.Left, e.Right)
	case *ast.UnaryOp:
		w(e.Operand)
	case *ast.IfExp:
		w(e.Test, e.Body, e.Orelse)
	case *ast.Dict:
		w(e.Keys...)
		w(e.Values...)
	case *ast.Set:
		w(e.Elts...)
	case *ast.List:
		w(e.Elts...)
	case *ast.Tuple:
		w(e.Elts...)
	case *ast.ListComp:
		w(e.Elt)
		comps(e.Generators, w)
	case *ast.SetComp:
		w(e.Elt)
		comps(e.Generators, w)
	case *ast.DictComp:
		w(e.Key, e.Value)
		comps(e.Generators, w)
	case *ast.GeneratorExp:
		comps(e.Generators[:1], w)
	case *ast.Await:
		w(e.Value)
	case *ast.Yield:
		w(e.Value)
	case *ast.YieldFrom:
		w(e.Value)
	case *ast.Compare:
		w(e.Left)
		w(e.Comparators...)
	case *ast.Call:
		w(e.Func)
		w(e.Args...)
		for _, k := range e.Keywords {
			w(k.Value)
		}
	case *ast.FormattedValue:
		w(e.Value, e.FormatSpec)
	case *ast.Interpolation:
		w(e.Value, e.FormatSpec)
	case *ast.JoinedStr:
		w(e.Values...)
	case *ast.TemplateStr:
		w(e.Values...)
	case *ast.Attribute:
		w(e.Value)
	case *ast.Subscript:
		w(e.Value, e.Slice)
	case *ast.Starred:
		w(e.Value)
	case *ast.Slice:
		w(e.Lower, e.Upper, e.Step)
	}
}

func comps(gs []*ast.Comprehension, w func(...ast.Expr)) {
	for _, g := range gs {
		w(g.Target, g.Iter)
		w(g.Ifs...)
	}
}
