package compiler

import (
	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/syntax/ast"
)

func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	c.setLoc(s.GetSpan())
	m := c.mark()
	defer c.release(m)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *ast.AsyncFunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.TypeAlias:
		c.typeAlias(s)
	case *ast.Return:
		c.ret(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *ast.Assign:
		c.assign(s)
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forLoop(s.Target, s.Iter, s.Body, s.Orelse, &s.Span)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.whileLoop(s)
	case *ast.If:
		if v, ok := c.fold(s.Test); ok {
			// A constant test: only the branch taken is compiled.
			// The other is compiled for its names (CPython fills varnames
			// before it removes unreachable code) and then dropped.
			c.emit(bytecode.Nop, 0, 0, 0, 0)
			if truthy(v) {
				c.stmts(s.Body)
				c.deadStmts(s.Orelse)
			} else {
				c.deadStmts(s.Body)
				c.stmts(s.Orelse)
			}
			return
		}
		els, end := c.newLabel(), c.newLabel()
		c.jumpIf(s.Test, false, els)
		c.stmts(s.Body)
		if len(s.Orelse) > 0 {
			c.setLoc(&s.Span)
			c.jump(bytecode.Jump, 0, 0, end)
		}
		c.bind(els)
		c.stmts(s.Orelse)
		c.bind(end)
	case *ast.With:
		c.with(s.Items, s.Body, false, &s.Span)
	case *ast.AsyncWith:
		c.with(s.Items, s.Body, true, &s.Span)
	case *ast.Match:
		c.match(s)
	case *ast.Raise:
		switch {
		case s.Exc == nil:
			c.emit(bytecode.Raise, bytecode.NoReg, bytecode.NoReg, 0, 0)
		case s.Cause == nil:
			r := c.exprReg(s.Exc)
			c.setLoc(&s.Span)
			c.emit(bytecode.Raise, r, bytecode.NoReg, 0, 1)
		default:
			r, k := c.operands(s.Exc, s.Cause)
			c.setLoc(&s.Span)
			c.emit(bytecode.Raise, r, k, 0, 2)
		}
	case *ast.Try:
		c.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, false, &s.Span)
	case *ast.TryStar:
		c.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, true, &s.Span)
	case *ast.Assert:
		if c.opts.Optimize > 0 {
			return
		}
		ok := c.newLabel()
		c.jumpIf(s.Test, true, ok)
		c.setLoc(&s.Span)
		e := c.tmp()
		c.emit(bytecode.LoadCommonConstant, e, 0, 0, 0)
		if s.Msg != nil {
			msg := c.tmp()
			c.exprInto(s.Msg, msg)
			c.setLoc(&s.Span)
			c.emitCached(bytecode.Call, e, 1, 0)
		}
		// CPython locates the raise at the test, so the traceback's carets
		// underline the failed condition rather than the whole statement.
		c.setLoc(s.Test.GetSpan())
		c.emit(bytecode.Raise, e, bytecode.NoReg, 0, 1)
		c.bind(ok)
	case *ast.Import:
		// Every instruction of an import is located at the whole statement
		// (as in CPython), so a failed import shows no carets.
		for _, a := range s.Names {
			c.importName(a)
		}
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
		c.emit(bytecode.Nop, 0, 0, 0, 0)
	case *ast.ExprStmt:
		if c.interactive != nil && c.u == c.interactive {
			// "single" mode: expression statements anywhere in the
			// top-level code (inside if/for/while too) print their value.
			c.setLoc(&s.Span)
			m := c.mark()
			r := c.exprReg(s.Value)
			d := c.tmp()
			c.emit(bytecode.CallIntrinsic1, d, r, 0, bytecode.IntrinsicPrint)
			c.release(m)
			return
		}
		if _, ok := c.fold(s.Value); ok {
			c.emit(bytecode.Nop, 0, 0, 0, 0)
			return
		}
		if n, ok := s.Value.(*ast.Name); ok {
			if r := c.fastReg(n.Id); r >= 0 {
				c.emit(bytecode.CheckLocal, r, 0, 0, 0)
				return
			}
		}
		c.exprTemp(s.Value)
	case *ast.Break:
		c.breakContinue(true, &s.Span)
	case *ast.Continue:
		c.breakContinue(false, &s.Span)
	}
}

// store stores register src into an assignment target.
func (c *compiler) store(t ast.Expr, src int) {
	old := c.setLoc(t.GetSpan())
	defer func() { c.u.loc = old }()
	m := c.mark()
	defer c.release(m)
	switch t := t.(type) {
	case *ast.Name:
		c.storeName(t.Id, src)
	case *ast.Attribute:
		o := c.exprReg(t.Value)
		c.setLoc(&t.Span)
		c.noteStaticAttr(t)
		c.emitCached(bytecode.StoreAttr, src, o, c.attrName(t.Attr))
	case *ast.Subscript:
		o, k := c.operands(t.Value, t.Slice)
		c.setLoc(&t.Span)
		c.emit(bytecode.StoreSubscr, src, o, k, 0)
	case *ast.Tuple:
		c.unpack(t.Elts, src)
	case *ast.List:
		c.unpack(t.Elts, src)
	case *ast.Starred:
		c.store(t.Value, src)
	}
}

// unpack unpacks src into the targets elts.
func (c *compiler) unpack(elts []ast.Expr, src int) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = i
		}
	}
	if star < 0 {
		if r := c.consecutiveLocals(elts); r >= 0 {
			// a, b = ... into locals in adjacent registers: no moves.
			c.emit(bytecode.UnpackSequence, r, src, len(elts), 0)
			return
		}
	}
	base := c.tmps(len(elts))
	if star < 0 {
		c.emit(bytecode.UnpackSequence, base, src, len(elts), 0)
	} else {
		before, after := star, len(elts)-star-1
		if before > 255 || after > 255 {
			c.fail("too many expressions in star-unpacking assignment", elts[0].GetSpan())
		}
		c.emit(bytecode.UnpackEx, base, src, before|after<<8, 0)
	}
	for i, e := range elts {
		c.store(e, base+i)
	}
}

// consecutiveLocals returns the first register when elts are distinct
// fast locals in consecutive registers (allocating them in order, as the
// stores would), else -1.
func (c *compiler) consecutiveLocals(elts []ast.Expr) int {
	for _, e := range elts {
		n, ok := e.(*ast.Name)
		if !ok || n.Id == "__debug__" || c.resolve(mangle(c.u.private, n.Id)) != nkFast {
			return -1
		}
	}
	first := -1
	for i, e := range elts {
		r := c.fastReg(e.(*ast.Name).Id)
		if i == 0 {
			first = r
		} else if r != first+i {
			return -1
		}
	}
	return first
}

func (c *compiler) del(t ast.Expr) {
	old := c.setLoc(t.GetSpan())
	defer func() { c.u.loc = old }()
	m := c.mark()
	defer c.release(m)
	switch t := t.(type) {
	case *ast.Name:
		c.deleteName(t.Id)
	case *ast.Attribute:
		o := c.exprReg(t.Value)
		c.setLoc(&t.Span)
		c.emit(bytecode.DeleteAttr, 0, o, c.attrName(t.Attr), 0)
	case *ast.Subscript:
		o, k := c.operands(t.Value, t.Slice)
		c.setLoc(&t.Span)
		c.emit(bytecode.DeleteSubscr, 0, o, k, 0)
	case *ast.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	}
}

// directInto reports whether e can be evaluated straight into the
// register of the local it is assigned to: e reads all its operands
// before its single final write.
func directInto(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Constant, *ast.Attribute, *ast.UnaryOp:
		return true
	case *ast.BinOp:
		return true
	case *ast.Subscript:
		return true
	case *ast.Compare:
		return len(e.Ops) == 1
	}
	return false
}

func (c *compiler) assign(s *ast.Assign) {
	if len(s.Targets) == 1 {
		if n, ok := s.Targets[0].(*ast.Name); ok && directInto(s.Value) && !hasNamedExpr(s.Value) && (c.known(n.Id) || !c.readsNewLocal(s.Value)) {
			if r := c.fastReg(n.Id); r >= 0 {
				c.exprInto(s.Value, r)
				return
			}
		}
	}
	v := c.exprTemp(s.Value)
	for _, t := range s.Targets {
		c.store(t, v)
	}
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	op := bytecode.InplaceOps[s.Op]
	switch t := s.Target.(type) {
	case *ast.Name:
		if r := c.fastReg(t.Id); r >= 0 {
			v := c.exprReg(s.Value)
			c.setLoc(&s.Span)
			c.emit(op, r, r, v, c.freshFlag(s.Value, v, bytecode.FreshC))
			return
		}
		cur := c.tmp()
		c.loadName(t.Id, cur)
		v := c.exprReg(s.Value)
		c.setLoc(&s.Span)
		c.emit(op, cur, cur, v, c.freshFlag(s.Value, v, bytecode.FreshC))
		c.setLoc(&t.Span)
		c.storeName(t.Id, cur)
	case *ast.Attribute:
		o := c.exprReg(t.Value)
		cur := c.tmp()
		c.setLoc(&t.Span)
		c.emitCached(bytecode.LoadAttr, cur, o, c.attrName(t.Attr))
		v := c.exprReg(s.Value)
		c.setLoc(&s.Span)
		c.emit(op, cur, cur, v, c.freshFlag(s.Value, v, bytecode.FreshC))
		c.setLoc(&t.Span)
		c.noteStaticAttr(t)
		c.emitCached(bytecode.StoreAttr, cur, o, c.attrName(t.Attr))
	case *ast.Subscript:
		o, k := c.operands(t.Value, t.Slice)
		cur := c.tmp()
		c.setLoc(&t.Span)
		c.emitCached(bytecode.BinarySubscr, cur, o, k)
		v := c.exprReg(s.Value)
		c.setLoc(&s.Span)
		c.emit(op, cur, cur, v, c.freshFlag(s.Value, v, bytecode.FreshC))
		c.setLoc(&t.Span)
		c.emit(bytecode.StoreSubscr, cur, o, k, 0)
	}
}

// freshFlag is flag when freshResult(e, r) holds, else 0.
func (c *compiler) freshFlag(e ast.Expr, r int, flag uint8) uint8 {
	if c.freshResult(e, r) {
		return flag
	}
	return 0
}

func (c *compiler) ret(s *ast.Return) {
	v := -1
	if s.Value != nil {
		if k, ok := c.fold(s.Value); ok && !c.hasCleanup() {
			c.emit(bytecode.ReturnConst, c.constIndex(k), 0, 0, 0)
			return
		}
		if c.hasCleanup() {
			// The value must survive the cleanup code.
			v = c.exprTemp(s.Value)
		} else {
			v = c.exprReg(s.Value)
		}
	}
	c.setLoc(&s.Span)
	c.unwindAll(&s.Span)
	c.setLoc(&s.Span)
	if v < 0 {
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	} else {
		c.emit(bytecode.Return, v, 0, 0, 0)
	}
}

// hasCleanup reports whether a return must run code on its way out.
func (c *compiler) hasCleanup() bool {
	for _, f := range c.u.fblocks {
		if f.kind != fbLoop && f.kind != fbForIter {
			return true
		}
	}
	return false
}

// unwindBlock emits the exit code of block f (a return, break or continue
// leaving it). Handlers are those outside the block.
func (c *compiler) unwindBlock(f *fblock, span *ast.Span) {
	saved := c.u.handlers
	c.u.handlers = append([]int(nil), saved[:f.handlers]...)
	defer func() { c.u.handlers = saved }()
	switch f.kind {
	case fbFinally:
		// Run the finally body with the block itself popped.
		i := c.blockIndex(f)
		blocks := c.u.fblocks
		c.u.fblocks = blocks[:i]
		c.stmts(f.final)
		c.u.fblocks = blocks
	case fbWith, fbAsyncWith:
		c.setLoc(span)
		r := c.tmp()
		c.emit(bytecode.WithExit, r, f.reg, 0, 0)
		if f.kind == fbAsyncWith {
			c.await(r, r, 2)
		}
	case fbHandler:
		c.emit(bytecode.PopExcept, f.reg, 0, 0, 0)
	case fbNamedExc:
		r := c.tmp()
		c.loadConst(ast.None, r)
		c.storeName(f.name, r)
		c.deleteName(f.name)
	}
}

func (c *compiler) blockIndex(f *fblock) int {
	for i := range c.u.fblocks {
		if &c.u.fblocks[i] == f {
			return i
		}
	}
	return len(c.u.fblocks)
}

func (c *compiler) unwindAll(span *ast.Span) {
	m := c.mark()
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		c.unwindBlock(&c.u.fblocks[i], span)
	}
	c.release(m)
}

func (c *compiler) breakContinue(isBreak bool, span *ast.Span) {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		f := &c.u.fblocks[i]
		if f.kind == fbLoop {
			c.setLoc(span)
			if isBreak {
				c.jump(bytecode.Jump, 0, 0, f.brk)
			} else {
				c.jump(bytecode.Jump, 0, 0, f.cont)
			}
			return
		}
		c.unwindBlock(f, span)
	}
	c.fail("'break' outside loop", span)
}

func (c *compiler) pushBlock(f fblock) {
	f.handlers = len(c.u.handlers)
	c.u.fblocks = append(c.u.fblocks, f)
}

func (c *compiler) popBlock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) whileLoop(s *ast.While) {
	top, brk, els := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	c.jumpIf(s.Test, false, els)
	c.pushBlock(fblock{kind: fbLoop, brk: brk, cont: top})
	c.stmts(s.Body)
	c.popBlock()
	c.setLoc(&s.Span)
	c.jump(bytecode.Jump, 0, 0, top)
	c.bind(els)
	c.stmts(s.Orelse)
	c.bind(brk)
}

func (c *compiler) forLoop(target, iter ast.Expr, body, orelse []ast.Stmt, span *ast.Span) {
	r := c.exprReg(iter)
	c.setLoc(iter.GetSpan())
	it := c.tmp()
	c.emit(bytecode.GetIter, it, r, 0, 0)
	top, brk, els := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(top)
	// FOR_ITER is located at the iterable (as in CPython): an exception
	// raised by next() underlines the iterable expression; the stores into
	// the target are located at the target.
	dst := -1
	if n, ok := target.(*ast.Name); ok {
		dst = c.fastReg(n.Id)
	}
	if dst >= 0 {
		c.jump(bytecode.ForIter, dst, it, els)
	} else {
		v := c.tmp()
		c.jump(bytecode.ForIter, v, it, els)
		c.setLoc(target.GetSpan())
		c.store(target, v)
	}
	c.pushBlock(fblock{kind: fbLoop, brk: brk, cont: top})
	c.stmts(body)
	c.popBlock()
	// The backward jump has no location of its own in CPython: it takes
	// that of the body's last instruction, which is the current one.
	c.jump(bytecode.Jump, 0, 0, top)
	c.setLoc(iter.GetSpan())
	c.bind(els)
	c.stmts(orelse)
	c.bind(brk)
}

func (c *compiler) asyncFor(s *ast.AsyncFor) {
	r := c.exprReg(s.Iter)
	c.setLoc(s.Iter.GetSpan())
	ait := c.tmp()
	c.emit(bytecode.GetAiter, ait, r, 0, 0)
	top, brk, els, h := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	exc := c.tmp()
	v := c.tmp()
	c.bind(top)
	c.setLoc(&s.Span)
	c.pushHandler(h, exc)
	aw := c.tmp()
	c.emit(bytecode.GetAnext, aw, ait, 0, 0)
	c.await(aw, v, 0)
	c.popHandler()
	c.store(s.Target, v)
	c.pushBlock(fblock{kind: fbLoop, brk: brk, cont: top})
	c.stmts(s.Body)
	c.popBlock()
	c.setLoc(&s.Span)
	c.jump(bytecode.Jump, 0, 0, top)
	c.bind(h)
	c.jump(bytecode.EndAsyncFor, exc, 0, els)
	c.bind(els)
	c.stmts(s.Orelse)
	c.bind(brk)
}

// with compiles with/async with items recursively, innermost last.
func (c *compiler) with(items []*ast.WithItem, body []ast.Stmt, async bool, span *ast.Span) {
	it := items[0]
	mgr := c.exprReg(it.ContextExpr)
	c.setLoc(it.ContextExpr.GetSpan())
	ex := c.tmps(2)
	kind := fbWith
	if async {
		kind = fbAsyncWith
		c.emit(bytecode.BeforeAsyncWith, ex, mgr, 0, 0)
		c.await(ex+1, ex+1, 1)
	} else {
		c.emit(bytecode.BeforeWith, ex, mgr, 0, 0)
	}
	h, end := c.newLabel(), c.newLabel()
	exc := c.tmp()
	c.pushHandler(h, exc)
	if it.OptionalVars != nil {
		c.store(it.OptionalVars, ex+1)
	}
	c.pushBlock(fblock{kind: kind, reg: ex, span: span})
	c.u.fblocks[len(c.u.fblocks)-1].handlers--
	if len(items) > 1 {
		c.setLoc(span)
		c.with(items[1:], body, async, span)
	} else {
		c.stmts(body)
	}
	c.popBlock()
	c.popHandler()
	c.setLoc(it.ContextExpr.GetSpan())
	r := c.tmp()
	c.emit(bytecode.WithExit, r, ex, 0, 0)
	if async {
		c.await(r, r, 2)
	}
	c.jump(bytecode.Jump, 0, 0, end)
	// Exceptional exit.
	c.bind(h)
	cleanup := c.newLabel()
	prev, cexc := c.tmp(), c.tmp()
	c.pushHandler(cleanup, cexc)
	c.emit(bytecode.PushExcInfo, prev, exc, 0, 0)
	c.emit(bytecode.WithExceptStart, r, ex, exc, 0)
	if async {
		c.await(r, r, 2)
	}
	suppress := c.newLabel()
	c.jump(bytecode.JumpIfTrue, r, 0, suppress)
	c.emit(bytecode.Reraise, exc, 0, 0, 0)
	c.popHandler()
	c.bind(suppress)
	c.emit(bytecode.PopExcept, prev, 0, 0, 0)
	c.jump(bytecode.Jump, 0, 0, end)
	c.bind(cleanup)
	c.emit(bytecode.PopExcept, prev, 0, 0, 0)
	c.emit(bytecode.Reraise, cexc, 0, 0, 0)
	c.bind(end)
}

func (c *compiler) try(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt, star bool, span *ast.Span) {
	if len(final) == 0 {
		c.tryExcept(body, handlers, orelse, star, span)
		return
	}
	h, end := c.newLabel(), c.newLabel()
	exc := c.tmp()
	c.pushHandler(h, exc)
	c.pushBlock(fblock{kind: fbFinally, final: final, span: span})
	c.u.fblocks[len(c.u.fblocks)-1].handlers--
	if len(handlers) > 0 {
		c.tryExcept(body, handlers, orelse, star, span)
	} else {
		c.stmts(body)
	}
	c.popBlock()
	c.popHandler()
	c.stmts(final)
	c.setLoc(span)
	c.jump(bytecode.Jump, 0, 0, end)
	// Exceptional path: run the finally body and re-raise.
	c.bind(h)
	cleanup := c.newLabel()
	prev, cexc := c.tmp(), c.tmp()
	c.pushHandler(cleanup, cexc)
	c.emit(bytecode.PushExcInfo, prev, exc, 0, 0)
	c.pushBlock(fblock{kind: fbHandler, reg: prev})
	c.stmts(final)
	c.popBlock()
	c.setLoc(span)
	c.emit(bytecode.PopExcept, prev, 0, 0, 0)
	c.emit(bytecode.Reraise, exc, 0, 0, 0)
	c.popHandler()
	c.bind(cleanup)
	c.emit(bytecode.PopExcept, prev, 0, 0, 0)
	c.emit(bytecode.Reraise, cexc, 0, 0, 0)
	c.bind(end)
}

func (c *compiler) tryExcept(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt, star bool, span *ast.Span) {
	h, end := c.newLabel(), c.newLabel()
	exc := c.tmp()
	c.pushHandler(h, exc)
	c.pushBlock(fblock{kind: fbFinallyEnd}) // marks "inside try" for unwinding (no-op)
	c.stmts(body)
	c.popBlock()
	c.popHandler()
	c.stmts(orelse)
	c.setLoc(span)
	c.jump(bytecode.Jump, 0, 0, end)

	c.bind(h)
	cleanup := c.newLabel()
	prev, cexc := c.tmp(), c.tmp()
	c.pushHandler(cleanup, cexc)
	c.emit(bytecode.PushExcInfo, prev, exc, 0, 0)
	if star {
		c.exceptStar(handlers, exc, prev, end, span)
	} else {
		for _, hd := range handlers {
			c.setLoc(&hd.Span)
			next := c.newLabel()
			m := c.mark()
			if hd.Type != nil {
				t := c.exprReg(hd.Type)
				c.setLoc(&hd.Span)
				c.jump(bytecode.JumpUnlessExcMatch, exc, t, next)
			}
			c.handlerBody(hd, exc, prev)
			c.emit(bytecode.PopExcept, prev, 0, 0, 0)
			c.jump(bytecode.Jump, 0, 0, end)
			c.release(m)
			c.bind(next)
		}
		c.setLoc(span)
		c.emit(bytecode.Reraise, exc, 0, 0, 0)
	}
	c.popHandler()
	c.bind(cleanup)
	c.setLoc(span)
	c.emit(bytecode.PopExcept, prev, 0, 0, 0)
	c.emit(bytecode.Reraise, cexc, 0, 0, 0)
	c.bind(end)
}

// handlerBody compiles an except clause's body, binding and finally
// clearing its name.
func (c *compiler) handlerBody(hd *ast.ExceptHandler, exc, prev int) {
	c.pushBlock(fblock{kind: fbHandler, reg: prev})
	if hd.Name == "" {
		c.stmts(hd.Body)
		c.popBlock()
		return
	}
	c.storeName(hd.Name, exc)
	h := c.newLabel()
	e2 := c.tmp()
	c.pushHandler(h, e2)
	c.pushBlock(fblock{kind: fbNamedExc, name: hd.Name})
	c.u.fblocks[len(c.u.fblocks)-1].handlers--
	c.stmts(hd.Body)
	c.popBlock()
	c.popHandler()
	c.popBlock()
	c.setLoc(&hd.Span)
	clear := func() {
		n := c.tmp()
		c.loadConst(ast.None, n)
		c.storeName(hd.Name, n)
		c.deleteName(hd.Name)
	}
	clear()
	done := c.newLabel()
	c.jump(bytecode.Jump, 0, 0, done)
	c.bind(h)
	clear()
	c.emit(bytecode.Reraise, e2, 0, 0, 0)
	c.bind(done)
}

// exceptStar compiles the handlers of try-except*: each handler splits off
// the matching part of the group; what the handlers raise and the
// unmatched rest are recombined by PREP_RERAISE_STAR.
func (c *compiler) exceptStar(handlers []*ast.ExceptHandler, exc, prev int, end label, span *ast.Span) {
	rest := c.tmp()
	c.emit(bytecode.Move, rest, exc, 0, 0)
	raised := c.tmp()
	c.emit(bytecode.BuildList, raised, raised, 0, 0)
	for _, hd := range handlers {
		c.setLoc(&hd.Span)
		m := c.mark()
		next := c.newLabel()
		t := c.exprReg(hd.Type)
		match := c.tmp()
		c.setLoc(&hd.Span)
		c.emit(bytecode.CheckEgMatch, match, rest, t, 0)
		c.jump(bytecode.JumpIfNone, match, 0, next)
		// The handler body runs with match as the handled exception; an
		// exception it raises is collected.
		hraise := c.newLabel()
		hexc := c.tmp()
		c.pushHandler(hraise, hexc)
		sub := &ast.ExceptHandler{Span: hd.Span, Name: hd.Name, Body: hd.Body}
		inner := c.tmp()
		c.emit(bytecode.PushExcInfo, inner, match, 0, 0)
		c.pushBlock(fblock{kind: fbExcGroup})
		c.handlerBody(sub, match, inner)
		c.popBlock()
		c.emit(bytecode.PopExcept, inner, 0, 0, 0)
		c.popHandler()
		c.jump(bytecode.Jump, 0, 0, next)
		c.bind(hraise)
		c.emit(bytecode.PopExcept, inner, 0, 0, 0)
		c.emit(bytecode.ListAppend, raised, hexc, 0, 0)
		c.bind(next)
		c.release(m)
	}
	c.setLoc(span)
	// Whatever was not matched is re-raised with what the handlers raised.
	c.emit(bytecode.ListAppend, raised, rest, 0, 0)
	r := c.tmp()
	c.emit(bytecode.CallIntrinsic2, r, exc, raised, bytecode.IntrinsicPrepReraiseStar)
	done := c.newLabel()
	c.jump(bytecode.JumpIfNone, r, 0, done)
	c.emit(bytecode.Reraise, r, 0, 0, 0)
	c.bind(done)
	c.emit(bytecode.PopExcept, prev, 0, 0, 0)
	c.jump(bytecode.Jump, 0, 0, end)
}

func (c *compiler) importName(a *ast.Alias) {
	r := c.tmp()
	k := c.constPair(int64(0), ast.None)
	c.emit(bytecode.ImportName, r, c.nameIndex(a.Name), k, 0)
	if a.Asname == "" {
		// import a.b.c binds a.
		top := a.Name
		for i := 0; i < len(top); i++ {
			if top[i] == '.' {
				top = top[:i]
				break
			}
		}
		c.storeName(top, r)
		return
	}
	// import a.b.c as d binds the submodule.
	parts := splitDots(a.Name)
	for _, p := range parts[1:] {
		c.emit(bytecode.ImportFrom, r, r, c.nameIndex(p), 0)
	}
	c.storeName(a.Asname, r)
}

func splitDots(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	names := make(bytecode.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	r := c.tmp()
	k := c.constPair(int64(s.Level), names)
	c.emit(bytecode.ImportName, r, c.nameIndex(s.Module), k, 0)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		d := c.tmp()
		c.emit(bytecode.CallIntrinsic1, d, r, 0, bytecode.IntrinsicImportStar)
		return
	}
	v := c.tmp()
	for _, a := range s.Names {
		c.emit(bytecode.ImportFrom, v, r, c.nameIndex(a.Name), 0)
		n := a.Asname
		if n == "" {
			n = a.Name
		}
		c.storeName(n, v)
	}
}

// deadStmts compiles unreachable statements and throws the code away,
// keeping only their effect on the unit's variable names.
func (c *compiler) deadStmts(list []ast.Stmt) {
	if len(list) == 0 {
		return
	}
	u := c.u
	n, nested, loc := len(u.instrs), len(u.code.Nested), u.loc
	c.stmts(list)
	u.instrs, u.locs, u.handlerAt = u.instrs[:n], u.locs[:n], u.handlerAt[:n]
	for _, code := range u.code.Nested[nested:] {
		for i, k := range u.consts {
			if k == any(code) {
				u.consts[i] = ast.None
			}
		}
	}
	u.code.Nested = u.code.Nested[:nested]
	u.loc = loc
}

// known reports whether name is already among the unit's varnames (so
// that using its register now does not change CPython's varnames order).
func (c *compiler) known(name string) bool {
	_, ok := c.u.varIdx[mangle(c.u.private, name)]
	return ok
}

// readsNewLocal reports whether e mentions a fast local that has no
// register yet. Assigning the target's register before evaluating such an
// e would put the target before that name in co_varnames, where CPython
// has it after.
func (c *compiler) readsNewLocal(e ast.Expr) bool {
	found := false
	walkExpr(e, func(x ast.Expr) bool {
		switch x := x.(type) {
		case *ast.Name:
			n := mangle(c.u.private, x.Id)
			if _, ok := c.u.varIdx[n]; !ok && x.Id != "__debug__" && c.resolve(n) == nkFast {
				found = true
			}
		case *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
			// New scopes or inlined comprehensions with locals of their own.
			found = true
		}
		return !found
	})
	return found
}
