package compiler

import (
	"sort"
	"strings"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/symtable"
	"github.com/pygo/pygo/syntax/ast"
)

// Scope kinds, for qualified names.
const (
	skModule uint8 = iota
	skClass
	skFunction
	skLambda
	skComprehension
	skAnnotations
	skTypeParams
)

// qualname computes a new unit's __qualname__ as CPython does: nested in
// a function it is PARENT.<locals>.NAME, in a class PARENT.NAME, and
// annotation and type-parameter scopes are transparent.
func (c *compiler) qualname(name string, kind uint8) string {
	parent := c.u
	if parent == nil || parent.parent == nil && parent.scope == skModule {
		return name
	}
	if parent.scope == skAnnotations || parent.scope == skTypeParams {
		if parent.parent == nil || parent.parent.scope == skModule {
			return name
		}
		parent = parent.parent
	}
	if kind == skFunction || kind == skClass {
		m := mangle(parent.private, name)
		if parent.table != nil {
			if s, ok := parent.table.Lookup(m); ok && s.Scope == symtable.GlobalExplicit {
				return name
			}
		}
	}
	if parent.scope == skModule {
		return name
	}
	if parent.scope == skFunction || parent.scope == skLambda {
		return parent.code.QualName + ".<locals>." + name
	}
	return parent.code.QualName + "." + name
}

// enter starts a nested unit.
func (c *compiler) enter(t *symtable.Table, name string, kind uint8, firstLine int, span *ast.Span) *unit {
	q := c.qualname(name, kind)
	u := c.newUnit(t, name, q, firstLine, span)
	u.scope = kind
	if t != nil && t.IsFunctionLike() {
		u.code.Flags |= bytecode.Optimized | bytecode.NewLocals
		if t.Nested {
			u.code.Flags |= bytecode.Nested
		}
		switch {
		case t.Generator && t.Coroutine:
			u.code.Flags |= bytecode.AsyncGenerator
		case t.Generator:
			u.code.Flags |= bytecode.Generator
		case t.Coroutine:
			u.code.Flags |= bytecode.Coroutine
		}
		if t.Varargs {
			u.code.Flags |= bytecode.Varargs
		}
		if t.Varkeywords {
			u.code.Flags |= bytecode.Varkeywords
		}
		if t.Method {
			u.code.Flags |= bytecode.Method
		}
	}
	return u
}

// startBody emits RETURN_GENERATOR for generator-like units.
func (c *compiler) startBody() {
	if c.u.code.Flags&(bytecode.Generator|bytecode.Coroutine|bytecode.AsyncGenerator) != 0 {
		c.emit(bytecode.ReturnGenerator, 0, 0, 0, 0)
	}
}

// cleanDoc normalises a docstring's indentation as CPython's compiler
// does since 3.13: tabs expanded, the common leading spaces of the lines
// after the first removed, the first line's leading spaces removed.
func cleanDoc(doc string) string {
	if strings.IndexByte(doc, '\t') >= 0 {
		var b strings.Builder
		col := 0
		for _, r := range doc {
			switch r {
			case '\t':
				n := 8 - col%8
				b.WriteString(strings.Repeat(" ", n))
				col += n
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		doc = b.String()
	}
	lines := strings.Split(doc, "\n")
	margin := -1
	for _, l := range lines[1:] {
		n := len(l) - len(strings.TrimLeft(l, " "))
		if n < len(l) && (margin < 0 || n < margin) {
			margin = n
		}
	}
	if margin < 0 {
		margin = 0
	}
	first := strings.TrimLeft(lines[0], " ")
	if len(first) == len(lines[0]) && margin == 0 {
		return doc
	}
	lines[0] = first
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		j := 0
		for j < margin && j < len(l) && l[j] == ' ' {
			j++
		}
		lines[i] = l[j:]
	}
	return strings.Join(lines, "\n")
}

func firstLine(span *ast.Span, decorators []ast.Expr) int {
	if len(decorators) > 0 {
		return int(decorators[0].GetSpan().Start.Line)
	}
	return int(span.Start.Line)
}

// makeFunction emits MAKE_FUNCTION for code into dst; extra holds the
// registers of the attributes in flag order (without the closure, which
// is gathered here).
func (c *compiler) makeFunction(code *bytecode.Code, dst int, flags uint8, attrs []int) {
	if len(code.FreeVars) > 0 {
		flags |= bytecode.FnClosure
	}
	n := 0
	for f := uint8(1); f < 32; f <<= 1 {
		if flags&f != 0 {
			n++
		}
	}
	// The operand temporaries die with MAKE_FUNCTION; releasing them keeps
	// a caller's next temporaries (a call's arguments) adjacent to dst.
	m := c.mark()
	base := bytecode.NoReg
	if n > 0 {
		base = c.tmps(n)
	}
	i, j := 0, 0
	for f := uint8(1); f < 32; f <<= 1 {
		if flags&f == 0 {
			continue
		}
		if f == bytecode.FnClosure {
			cl := c.tmps(len(code.FreeVars))
			for k, name := range code.FreeVars {
				r, ok := c.u.cells[name]
				if !ok {
					c.loadConst(ast.None, cl+k)
					continue
				}
				c.emit(bytecode.MoveRaw, cl+k, r, 0, 0)
			}
			c.emit(bytecode.BuildTuple, base+i, cl, len(code.FreeVars), 0)
		} else {
			c.emit(bytecode.Move, base+i, attrs[j], 0, 0)
			j++
		}
		i++
	}
	c.emit(bytecode.MakeFunction, dst, c.constIndex(code), base, flags)
	c.release(m)
}

// defaults evaluates a def's or lambda's defaults; it returns the flags
// and registers for MAKE_FUNCTION.
func (c *compiler) defaults(args *ast.Arguments) (uint8, []int) {
	var flags uint8
	var regs []int
	if len(args.Defaults) > 0 {
		r := c.tmp()
		c.sequence(args.Defaults, r, bytecode.BuildTuple, 0, 0)
		flags |= bytecode.FnDefaults
		regs = append(regs, r)
	}
	n := 0
	for _, d := range args.KwDefaults {
		if d != nil {
			n++
		}
	}
	if n > 0 {
		r := c.tmp()
		base := c.tmps(2 * n)
		i := 0
		for k, d := range args.KwDefaults {
			if d == nil {
				continue
			}
			c.loadConst(mangle(c.u.private, args.Kwonlyargs[k].Arg), base+2*i)
			c.exprInto(d, base+2*i+1)
			i++
		}
		c.emit(bytecode.BuildMap, r, base, n, 0)
		flags |= bytecode.FnKwDefaults
		regs = append(regs, r)
	}
	return flags, regs
}

func argCounts(code *bytecode.Code, a *ast.Arguments) {
	code.PosOnlyArgCount = len(a.Posonlyargs)
	code.ArgCount = len(a.Posonlyargs) + len(a.Args)
	code.KwOnlyArgCount = len(a.Kwonlyargs)
}

// functionDef compiles def / async def.
func (c *compiler) functionDef(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, returns ast.Expr, tps []ast.TypeParam, async bool) {
	span := s.GetSpan()
	line := firstLine(span, decos)
	decoBase := c.tmps(len(decos))
	for i, d := range decos {
		c.exprInto(d, decoBase+i)
	}
	c.setLoc(span)
	fn := c.tmp()
	if len(tps) == 0 {
		flags, regs := c.defaults(args)
		if ann := c.annotations(args, returns, span, name); ann >= 0 {
			flags |= bytecode.FnAnnotate
			regs = append(regs, ann)
		} else if ann == -2 {
			flags |= bytecode.FnAnnotations
			regs = append(regs, c.u.ntemp+tempTag-1)
		}
		code := c.functionBody(s, name, args, body, line, async)
		c.setLoc(span)
		c.makeFunction(code, fn, flags, regs)
	} else {
		// def f[T](...): a <generic parameters of f> function returns the
		// function; the defaults are its arguments.
		flags, regs := c.defaults(args)
		gt := c.st.TypeParamsBlock(s)
		outer := c.u
		c.enter(gt, "<generic parameters of "+name+">", skTypeParams, line, span)
		c.u.private = outer.private
		tp := c.typeParams(tps)
		inner := make([]int, len(regs))
		k := 0
		if flags&bytecode.FnDefaults != 0 {
			inner[k] = c.local(".defaults")
			k++
		}
		if flags&bytecode.FnKwDefaults != 0 {
			inner[k] = c.local(".kwdefaults")
		}
		c.u.code.ArgCount = len(regs)
		f2 := flags
		if ann := c.annotations(args, returns, span, name); ann >= 0 {
			f2 |= bytecode.FnAnnotate
			inner = append(inner, ann)
		} else if ann == -2 {
			f2 |= bytecode.FnAnnotations
			inner = append(inner, c.u.ntemp+tempTag-1)
		}
		code := c.functionBody(s, name, args, body, line, async)
		c.setLoc(span)
		f := c.tmp()
		c.makeFunction(code, f, f2, inner)
		c.emit(bytecode.CallIntrinsic2, f, f, tp, bytecode.IntrinsicSetFunctionTypeParams)
		c.emit(bytecode.Return, f, 0, 0, 0)
		gcode := c.finish()
		c.setLoc(span)
		cb := c.tmps(1 + len(regs))
		c.makeFunction(gcode, cb, 0, nil)
		for i, r := range regs {
			c.emit(bytecode.Move, cb+1+i, r, 0, 0)
		}
		c.emitCached(bytecode.Call, cb, len(regs), 0)
		c.emit(bytecode.Move, fn, cb, 0, 0)
	}
	c.applyDecorators(decoBase, len(decos), fn)
	c.storeName(name, fn)
}

func (c *compiler) applyDecorators(base, n, fn int) {
	for i := n - 1; i >= 0; i-- {
		t := c.tmps(2)
		c.emit(bytecode.Move, t, base+i, 0, 0)
		c.emit(bytecode.Move, t+1, fn, 0, 0)
		c.emitCached(bytecode.Call, t, 1, 0)
		c.emit(bytecode.Move, fn, t, 0, 0)
		c.release(t - tempTag)
	}
}

// functionBody compiles a def's body into a code object.
func (c *compiler) functionBody(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, line int, async bool) *bytecode.Code {
	t := c.st.Lookup(s)
	parentClass := c.u.isClass
	u := c.enter(t, name, skFunction, line, s.GetSpan())
	argCounts(u.code, args)
	if doc := c.docstring(body); doc != nil {
		d := cleanDoc(doc.Value.(string))
		u.consts = append(u.consts, d)
		u.code.Doc = d
		u.code.Flags |= bytecode.HasDocstring
		body = body[1:]
	}
	if parentClass || (u.parent != nil && u.parent.scope == skTypeParams && u.parent.parent != nil && u.parent.parent.isClass) {
		if ps := allParams(args); len(ps) > 0 {
			u.selfName = ps[0].Arg
		}
	}
	c.startBody()
	c.stmts(body)
	c.setLoc(s.GetSpan())
	if len(body) > 0 {
		c.u.loc = lastLoc(body)
	}
	c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	return c.finish()
}

func lastLoc(body []ast.Stmt) bytecode.Loc {
	return locOf(body[len(body)-1].GetSpan())
}

func allParams(a *ast.Arguments) []*ast.Arg {
	ps := append([]*ast.Arg{}, a.Posonlyargs...)
	return append(ps, a.Args...)
}

// annotations compiles a def's annotations into an __annotate__ function
// (its register is returned), or under `from __future__ import
// annotations` a tuple of name/string pairs (returns -2, in the top
// temporary). -1: no annotations.
func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr, span *ast.Span, fname string) int {
	type ann struct {
		name string
		e    ast.Expr
	}
	var anns []ann
	add := func(list []*ast.Arg) {
		for _, a := range list {
			if a.Annotation != nil {
				anns = append(anns, ann{mangle(c.u.private, a.Arg), a.Annotation})
			}
		}
	}
	add(args.Posonlyargs)
	add(args.Args)
	if args.Vararg != nil && args.Vararg.Annotation != nil {
		anns = append(anns, ann{args.Vararg.Arg, args.Vararg.Annotation})
	}
	add(args.Kwonlyargs)
	if args.Kwarg != nil && args.Kwarg.Annotation != nil {
		anns = append(anns, ann{args.Kwarg.Arg, args.Kwarg.Annotation})
	}
	if returns != nil {
		anns = append(anns, ann{"return", returns})
	}
	if len(anns) == 0 {
		return -1
	}
	t := c.st.AnnotationsBlock(args)
	c.enter(t, "__annotate__", skAnnotations, int(span.Start.Line), span)
	c.u.code.ArgCount = 1
	c.formatCheck()
	base := c.tmps(2 * len(anns))
	for i, a := range anns {
		c.loadConst(a.name, base+2*i)
		e := a.e
		if st, ok := e.(*ast.Starred); ok && !c.future && args.Vararg != nil && a.name == args.Vararg.Arg {
			// *args: *Ts is the unpacked TypeVarTuple.
			v := c.tmp()
			c.exprInto(st.Value, v)
			l := c.tmp()
			c.emit(bytecode.BuildList, l, l, 0, 0)
			c.emit(bytecode.ListExtend, l, v, 0, 0)
			c.emit(bytecode.CallIntrinsic1, base+2*i+1, l, 0, bytecode.IntrinsicListToTuple)
			c.emitCached(bytecode.BinarySubscr, base+2*i+1, base+2*i+1, c.constReg(int64(0)))
			continue
		}
		if c.future {
			// Under `from __future__ import annotations` the values are
			// the annotations' source text.
			c.loadConst(unparse(e), base+2*i+1)
			continue
		}
		c.exprInto(e, base+2*i+1)
	}
	d := c.tmp()
	c.emit(bytecode.BuildMap, d, base, len(anns), 0)
	c.emit(bytecode.Return, d, 0, 0, 0)
	code := c.finish()
	code.VarNames[0] = "format"
	r := c.tmp()
	c.makeFunction(code, r, 0, nil)
	return r
}

// constReg loads a constant into a new temporary.
func (c *compiler) constReg(v any) int {
	r := c.tmp()
	c.loadConst(v, r)
	return r
}

// formatCheck starts an annotation-like scope: formats above
// VALUE_WITH_FAKE_GLOBALS (2) are not supported.
func (c *compiler) formatCheck() {
	f := c.local(".format")
	c.u.code.PosOnlyArgCount = 1
	m := c.mark()
	two := c.constReg(int64(2))
	ok := c.newLabel()
	c.jump(bytecode.JumpUnlessGt, f, two, ok)
	e := c.tmp()
	c.emit(bytecode.LoadCommonConstant, e, 0, 0, 1)
	c.emit(bytecode.Raise, e, bytecode.NoReg, 0, 1)
	c.bind(ok)
	c.release(m)
}

func (c *compiler) lambda(e *ast.Lambda, dst int) {
	flags, regs := c.defaults(e.Args)
	t := c.st.Lookup(e)
	u := c.enter(t, "<lambda>", skLambda, int(e.Span.Start.Line), &e.Span)
	argCounts(u.code, e.Args)
	c.startBody()
	if t.Generator {
		c.exprTemp(e.Body)
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	} else {
		r := c.exprReg(e.Body)
		c.setLoc(e.Body.GetSpan())
		c.emit(bytecode.Return, r, 0, 0, 0)
	}
	code := c.finish()
	c.setLoc(&e.Span)
	c.makeFunction(code, dst, flags, regs)
}

// classDef compiles a class statement.
func (c *compiler) classDef(s *ast.ClassDef) {
	line := firstLine(&s.Span, s.DecoratorList)
	decoBase := c.tmps(len(s.DecoratorList))
	for i, d := range s.DecoratorList {
		c.exprInto(d, decoBase+i)
	}
	c.setLoc(&s.Span)
	cls := c.tmp()
	if len(s.TypeParams) == 0 {
		code := c.classBody(s, line, false)
		c.setLoc(&s.Span)
		c.buildClass(s, code, cls, -1)
	} else {
		gt := c.st.TypeParamsBlock(s)
		outer := c.u
		c.enter(gt, "<generic parameters of "+s.Name+">", skTypeParams, line, &s.Span)
		c.u.private = outer.private
		tp := c.typeParams(s.TypeParams)
		c.storeName(".type_params", tp)
		code := c.classBody(s, line, true)
		c.setLoc(&s.Span)
		g := c.tmp()
		c.emit(bytecode.CallIntrinsic1, g, tp, 0, bytecode.IntrinsicSubscriptGeneric)
		c.storeName(".generic_base", g)
		r := c.tmp()
		c.buildClass(s, code, r, g)
		c.emit(bytecode.Return, r, 0, 0, 0)
		gcode := c.finish()
		c.setLoc(&s.Span)
		c.makeFunction(gcode, cls, 0, nil)
		c.emitCached(bytecode.Call, cls, 0, 0)
	}
	c.applyDecorators(decoBase, len(s.DecoratorList), cls)
	c.storeName(s.Name, cls)
}

// buildClass calls __build_class__(func, name, *bases, **keywords) into
// dst; generic >= 0 is an extra last base (Generic[...]).
func (c *compiler) buildClass(s *ast.ClassDef, code *bytecode.Code, dst, generic int) {
	m := c.mark()
	defer c.release(m)
	star := hasStarred(s.Bases)
	for _, k := range s.Keywords {
		if k.Arg == "" {
			star = true
		}
	}
	base := c.tmps(3)
	c.emit(bytecode.LoadBuildClass, base, 0, 0, 0)
	c.makeFunction(code, base+1, 0, nil)
	c.loadConst(s.Name, base+2)
	if !star {
		n := len(s.Bases) + len(s.Keywords)
		if generic >= 0 {
			n++
		}
		args := c.tmps(n)
		for i, b := range s.Bases {
			c.exprInto(b, args+i)
		}
		i := len(s.Bases)
		if generic >= 0 {
			c.emit(bytecode.Move, args+i, generic, 0, 0)
			i++
		}
		names := make(bytecode.Tuple, len(s.Keywords))
		for j, k := range s.Keywords {
			c.exprInto(k.Value, args+i+j)
			names[j] = k.Arg
		}
		c.setLoc(&s.Span)
		if len(names) > 0 {
			c.emitCached(bytecode.CallKw, base, n+2, c.constIndex(names))
		} else {
			c.emitCached(bytecode.Call, base, n+2, 0)
		}
		c.emit(bytecode.Move, dst, base, 0, 0)
		return
	}
	elts := append([]ast.Expr{}, s.Bases...)
	l := c.tmp()
	c.emit(bytecode.BuildList, l, base+1, 2, 0)
	for _, b := range elts {
		mm := c.mark()
		if st, ok := b.(*ast.Starred); ok {
			r := c.exprReg(st.Value)
			c.emit(bytecode.ListExtend, l, r, 0, 0)
		} else {
			r := c.exprReg(b)
			c.emit(bytecode.ListAppend, l, r, 0, 0)
		}
		c.release(mm)
	}
	if generic >= 0 {
		c.emit(bytecode.ListAppend, l, generic, 0, 0)
	}
	pos := c.tmp()
	c.emit(bytecode.CallIntrinsic1, pos, l, 0, bytecode.IntrinsicListToTuple)
	kw := bytecode.NoReg
	if len(s.Keywords) > 0 {
		kw = c.tmp()
		c.emit(bytecode.BuildMap, kw, kw, 0, 0)
		for _, k := range s.Keywords {
			mm := c.mark()
			if k.Arg == "" {
				r := c.exprReg(k.Value)
				c.emit(bytecode.DictMerge, kw, r, base, 0)
			} else {
				kr := c.constReg(k.Arg)
				vr := c.exprReg(k.Value)
				c.emit(bytecode.MapAdd, kw, kr, vr, 0)
			}
			c.release(mm)
		}
	}
	c.setLoc(&s.Span)
	c.emit(bytecode.CallEx, base, pos, kw, 0)
	c.emit(bytecode.Move, dst, base, 0, 0)
}

// classBody compiles a class body into its code object.
func (c *compiler) classBody(s *ast.ClassDef, line int, generic bool) *bytecode.Code {
	t := c.st.Lookup(s)
	u := c.enter(t, s.Name, skClass, line, &s.Span)
	u.private = s.Name
	r := c.tmp()
	c.loadName("__name__", r)
	c.storeName("__module__", r)
	c.loadConst(u.code.QualName, r)
	c.storeName("__qualname__", r)
	c.loadConst(int64(line), r)
	c.storeName("__firstlineno__", r)
	if t.NeedsClassdict {
		c.emit(bytecode.LoadLocals, r, 0, 0, 0)
		c.emit(bytecode.StoreDeref, r, u.cells["__classdict__"], 0, 0)
	}
	if t.HasConditionalAnnotations && !c.future {
		c.emit(bytecode.BuildSet, r, r, 0, 0)
		c.emit(bytecode.StoreDeref, r, u.cells["__conditional_annotations__"], 0, 0)
	}
	if c.future && hasAnnotations(s.Body) {
		c.emit(bytecode.SetupAnnotations, 0, 0, 0, 0)
	}
	body := s.Body
	if doc := c.docstring(body); doc != nil {
		c.setLoc(&body[0].(*ast.ExprStmt).Span)
		c.loadConst(cleanDoc(doc.Value.(string)), r)
		c.storeName("__doc__", r)
		body = body[1:]
	}
	if generic {
		c.loadName(".type_params", r)
		c.storeName("__type_params__", r)
	}
	c.release(r - tempTag)
	c.stmts(body)
	c.annotateFunction()
	c.setLoc(&s.Span)
	if len(s.Body) > 0 {
		c.u.loc = lastLoc(s.Body)
	}
	r = c.tmp()
	attrs := make([]string, 0, len(u.static))
	for a := range u.static {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	tu := make(bytecode.Tuple, len(attrs))
	for i, a := range attrs {
		tu[i] = a
	}
	c.loadConst(tu, r)
	c.storeName("__static_attributes__", r)
	if t.NeedsClassdict {
		c.emit(bytecode.MoveRaw, r, u.cells["__classdict__"], 0, 0)
		c.storeName("__classdictcell__", r)
	}
	if t.NeedsClassClosure {
		c.emit(bytecode.MoveRaw, r, u.cells["__class__"], 0, 0)
		c.storeName("__classcell__", r)
		c.emit(bytecode.Return, r, 0, 0, 0)
	} else {
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	}
	return c.finish()
}

// annAssign compiles an annotated assignment.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	if s.Value != nil {
		c.assign(&ast.Assign{Span: s.Span, Targets: []ast.Expr{s.Target}, Value: s.Value})
	}
	t := c.u.table
	switch tg := s.Target.(type) {
	case *ast.Name:
		if s.Simple == 0 || t == nil || (t.Type != symtable.ModuleBlock && t.Type != symtable.ClassBlock) {
			return
		}
		c.setLoc(&s.Span)
		if c.future {
			a := c.tmp()
			c.loadName("__annotations__", a)
			v := c.constReg(unparse(s.Annotation))
			k := c.constReg(mangle(c.u.private, tg.Id))
			c.emit(bytecode.StoreSubscr, v, a, k, 0)
			return
		}
		idx := len(c.u.deferred)
		c.u.deferred = append(c.u.deferred, s)
		if t.HasConditionalAnnotations {
			set := c.tmp()
			c.loadName("__conditional_annotations__", set)
			k := c.constReg(int64(idx))
			c.emit(bytecode.SetAdd, set, k, 0, 0)
		}
	case *ast.Attribute:
		if s.Value == nil {
			c.exprTemp(tg.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.exprTemp(tg.Value)
			c.exprTemp(tg.Slice)
		}
	}
}

// annotateFunction compiles the deferred annotations of a module or class
// body into its __annotate__ function.
func (c *compiler) annotateFunction() {
	anns := c.u.deferred
	if len(anns) == 0 {
		return
	}
	t := c.u.table
	cond := t.HasConditionalAnnotations
	span := &anns[0].Span
	c.setLoc(span)
	line := c.u.code.FirstLineNo
	if c.u.scope == skModule {
		line = c.u.firstStmtLine
	} else if cond {
		c.extraFree = "__conditional_annotations__"
	}
	c.enter(t.AnnotationBlock, "__annotate__", skAnnotations, line, span)
	c.u.private = c.u.parent.private
	c.u.code.ArgCount = 1
	c.formatCheck()
	d := c.tmp()
	c.emit(bytecode.BuildMap, d, d, 0, 0)
	var set int
	if cond {
		set = c.tmp()
		c.loadName("__conditional_annotations__", set)
	}
	for i, a := range anns {
		c.setLoc(&a.Span)
		m := c.mark()
		skip := c.newLabel()
		if cond {
			k := c.constReg(int64(i))
			c.jump(bytecode.JumpUnlessIn, k, set, skip)
		}
		k := c.constReg(mangle(c.u.private, a.Target.(*ast.Name).Id))
		v := c.exprReg(a.Annotation)
		c.emit(bytecode.MapAdd, d, k, v, 0)
		c.bind(skip)
		c.release(m)
	}
	c.emit(bytecode.Return, d, 0, 0, 0)
	code := c.finish()
	code.VarNames[0] = "format"
	c.setLoc(span)
	r := c.tmp()
	c.makeFunction(code, r, 0, nil)
	c.storeName("__annotate__", r)
	c.release(r - tempTag)
}

// typeParams creates the type parameters of a generic in the current
// (type-parameter) scope, binds their names and returns a register with
// the tuple of them.
func (c *compiler) typeParams(tps []ast.TypeParam) int {
	base := c.tmps(len(tps))
	for i, tp := range tps {
		r := base + i
		c.setLoc(tp.GetSpan())
		var name string
		var def ast.Expr
		var defTable *symtable.Table
		switch tp := tp.(type) {
		case *ast.TypeVar:
			name, def = tp.Name, tp.DefaultValue
			defTable = c.st.TypeVarDefaultBlock(tp)
			nr := c.constReg(name)
			if tp.Bound != nil {
				fn := c.lazyValue(c.st.Lookup(tp), name, tp.Bound, tp.GetSpan())
				which := bytecode.IntrinsicTypeVarWithBound
				if _, ok := tp.Bound.(*ast.Tuple); ok {
					which = bytecode.IntrinsicTypeVarWithConstraints
				}
				c.emit(bytecode.CallIntrinsic2, r, nr, fn, uint8(which))
			} else {
				c.emit(bytecode.CallIntrinsic1, r, nr, 0, bytecode.IntrinsicTypeVar)
			}
		case *ast.ParamSpec:
			name, def = tp.Name, tp.DefaultValue
			defTable = c.st.Lookup(tp)
			nr := c.constReg(name)
			c.emit(bytecode.CallIntrinsic1, r, nr, 0, bytecode.IntrinsicParamSpec)
		case *ast.TypeVarTuple:
			name, def = tp.Name, tp.DefaultValue
			defTable = c.st.Lookup(tp)
			nr := c.constReg(name)
			c.emit(bytecode.CallIntrinsic1, r, nr, 0, bytecode.IntrinsicTypeVarTuple)
			if st, ok := def.(*ast.Starred); ok {
				def = st.Value
			}
		}
		if def != nil {
			fn := c.lazyValue(defTable, name, def, tp.GetSpan())
			c.emit(bytecode.CallIntrinsic2, r, r, fn, bytecode.IntrinsicSetTypeParamDefault)
		}
		c.storeName(name, r)
	}
	t := c.tmp()
	c.emit(bytecode.BuildTuple, t, base, len(tps), 0)
	return t
}

// lazyValue compiles e as the body of a lazily evaluated scope (a TypeVar
// bound or default, a type alias value) and returns a register holding
// the function.
func (c *compiler) lazyValue(t *symtable.Table, name string, e ast.Expr, span *ast.Span) int {
	outer := c.u
	c.enter(t, name, skAnnotations, int(span.Start.Line), span)
	c.u.private = outer.private
	c.u.code.ArgCount = 1
	c.formatCheck()
	r := c.exprReg(e)
	c.setLoc(e.GetSpan())
	c.emit(bytecode.Return, r, 0, 0, 0)
	code := c.finish()
	f := c.tmp()
	c.makeFunction(code, f, 0, nil)
	return f
}

func (c *compiler) typeAlias(s *ast.TypeAlias) {
	name := s.Name.(*ast.Name).Id
	res := c.tmp()
	build := func(tp int) {
		fn := c.lazyValue(c.st.Lookup(s), name, s.Value, &s.Span)
		base := c.tmps(3)
		c.loadConst(name, base)
		if tp >= 0 {
			c.emit(bytecode.Move, base+1, tp, 0, 0)
		} else {
			c.loadConst(ast.None, base+1)
		}
		c.emit(bytecode.Move, base+2, fn, 0, 0)
		tu := c.tmp()
		c.emit(bytecode.BuildTuple, tu, base, 3, 0)
		c.emit(bytecode.CallIntrinsic1, res, tu, 0, bytecode.IntrinsicTypeAlias)
	}
	if len(s.TypeParams) == 0 {
		build(-1)
	} else {
		outer := c.u
		c.enter(c.st.TypeParamsBlock(s), "<generic parameters of "+name+">", skTypeParams, int(s.Span.Start.Line), &s.Span)
		c.u.private = outer.private
		tp := c.typeParams(s.TypeParams)
		res = c.tmp()
		build(tp)
		c.emit(bytecode.Return, res, 0, 0, 0)
		gcode := c.finish()
		c.setLoc(&s.Span)
		res = c.tmp()
		c.makeFunction(gcode, res, 0, nil)
		c.emitCached(bytecode.Call, res, 0, 0)
	}
	c.storeName(name, res)
}

// comprehension compiles a list/set/dict comprehension or generator
// expression into dst.
func (c *compiler) comprehension(e ast.Expr, gens []*ast.Comprehension, elt, val ast.Expr, dst int) {
	t := c.st.Lookup(e)
	span := e.GetSpan()
	if t != nil && t.CompInlined {
		c.inlineComprehension(e, t, gens, elt, val, dst)
		return
	}
	var name string
	switch e.(type) {
	case *ast.ListComp:
		name = "<listcomp>"
	case *ast.SetComp:
		name = "<setcomp>"
	case *ast.DictComp:
		name = "<dictcomp>"
	default:
		name = "<genexpr>"
	}
	u := c.enter(t, name, skComprehension, int(span.Start.Line), span)
	u.code.ArgCount = 1
	c.startBody()
	it := c.local(".0")
	res := -1
	if name != "<genexpr>" {
		res = c.tmp()
		c.emptyContainer(e, res)
	}
	c.compLoops(e, gens, 0, it, elt, val, res)
	c.setLoc(span)
	if res >= 0 {
		c.emit(bytecode.Return, res, 0, 0, 0)
	} else {
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	}
	code := c.finish()
	c.setLoc(span)
	f := c.tmp()
	c.makeFunction(code, f, 0, nil)
	arg := c.tmp()
	r := c.exprReg(gens[0].Iter)
	c.setLoc(span)
	if gens[0].IsAsync != 0 {
		c.emit(bytecode.GetAiter, arg, r, 0, 0)
	} else {
		c.emit(bytecode.GetIter, arg, r, 0, 0)
	}
	c.emitCached(bytecode.Call, f, 1, 0)
	if t.Coroutine && name != "<genexpr>" {
		c.await(f, dst, 0)
		return
	}
	c.emit(bytecode.Move, dst, f, 0, 0)
}

func (c *compiler) emptyContainer(e ast.Expr, r int) {
	switch e.(type) {
	case *ast.ListComp:
		c.emit(bytecode.BuildList, r, r, 0, 0)
	case *ast.SetComp:
		c.emit(bytecode.BuildSet, r, r, 0, 0)
	case *ast.DictComp:
		c.emit(bytecode.BuildMap, r, r, 0, 0)
	}
}

// inlineComprehension compiles a PEP 709 comprehension in place: its
// variables are fast locals of the current unit (hidden at module and
// class level), saved before and restored after.
func (c *compiler) inlineComprehension(e ast.Expr, t *symtable.Table, gens []*ast.Comprehension, elt, val ast.Expr, dst int) {
	span := e.GetSpan()
	r := c.exprReg(gens[0].Iter)
	c.setLoc(span)
	it := c.tmp()
	if gens[0].IsAsync != 0 {
		c.emit(bytecode.GetAiter, it, r, 0, 0)
	} else {
		c.emit(bytecode.GetIter, it, r, 0, 0)
	}
	u := c.u
	type saved struct{ reg, save int }
	var saves []saved
	var hidden, compFast, compDeref, compGlobal []string
	for _, s := range t.Symbols {
		if u.isClass && s.Scope == symtable.GlobalImplicit {
			// A class body's names are invisible inside its
			// comprehensions: a name the comprehension reads from
			// outside is a global there even if the class binds it.
			if os, ok := u.table.Lookup(s.Name); ok && os.Scope != symtable.GlobalImplicit && !u.compGlobal[s.Name] {
				if u.compGlobal == nil {
					u.compGlobal = map[string]bool{}
				}
				u.compGlobal[s.Name] = true
				compGlobal = append(compGlobal, s.Name)
			}
			continue
		}
		if s.Flags&symtable.DefParam != 0 {
			continue
		}
		if !(s.Flags&symtable.DefLocal != 0 && s.Flags&symtable.DefNonlocal == 0) && !u.isClass {
			continue
		}
		if s.Scope != symtable.Local && s.Scope != symtable.Cell {
			continue
		}
		if !u.fnLike {
			if u.hidden == nil {
				u.hidden = map[string]bool{}
			}
			if !u.hidden[s.Name] {
				u.hidden[s.Name] = true
				hidden = append(hidden, s.Name)
			}
		}
		if r, isCell := u.cells[s.Name]; isCell {
			if s.Scope == symtable.Cell {
				if u.compCell[s.Name] && !u.compDeref[s.Name] {
					// A fresh cell for this comprehension's variable; the
					// unit's own cell is saved and restored around it, so
					// closures made inside never share it with the code
					// outside (PEP 709).
					sv := c.tmp()
					c.emit(bytecode.MoveRaw, sv, r, 0, 0)
					saves = append(saves, saved{r, sv})
					c.emit(bytecode.Clear, r, 0, 0, 0)
					c.emit(bytecode.MakeCell, r, 0, 0, 0)
					if u.compDeref == nil {
						u.compDeref = map[string]bool{}
					}
					u.compDeref[s.Name] = true
					compDeref = append(compDeref, s.Name)
				}
				continue
			}
			// A cell of the unit that is a plain local inside the
			// comprehension: a fast local while the comprehension runs.
			if u.compFast == nil {
				u.compFast = map[string]bool{}
			}
			u.compFast[s.Name] = true
			compFast = append(compFast, s.Name)
		}
		if u.fnLike && !u.compFast[s.Name] {
			if os, ok := u.table.Lookup(s.Name); ok && os.Scope != symtable.Local && os.Scope != symtable.Cell {
				// The unit reads this name as a global or free variable
				// elsewhere: inside the comprehension it is a fast local.
				if u.compFast == nil {
					u.compFast = map[string]bool{}
				}
				u.compFast[s.Name] = true
				compFast = append(compFast, s.Name)
			}
		}
		reg := c.local(s.Name)
		sv := c.tmp()
		c.emit(bytecode.MoveRaw, sv, reg, 0, 0)
		c.emit(bytecode.Clear, reg, 0, 0, 0)
		saves = append(saves, saved{reg, sv})
	}
	res := c.tmp()
	c.emptyContainer(e, res)
	h, end := c.newLabel(), c.newLabel()
	exc := c.tmp()
	if len(saves) > 0 {
		c.pushHandler(h, exc)
	}
	c.compLoops(e, gens, 0, it, elt, val, res)
	restore := func() {
		for _, s := range saves {
			c.emit(bytecode.MoveRaw, s.reg, s.save, 0, 0)
		}
	}
	c.setLoc(span)
	if len(saves) > 0 {
		c.popHandler()
		restore()
		c.jump(bytecode.Jump, 0, 0, end)
		c.bind(h)
		restore()
		c.emit(bytecode.Reraise, exc, 0, 0, 0)
		c.bind(end)
	}
	for _, n := range hidden {
		delete(u.hidden, n)
	}
	for _, n := range compFast {
		delete(u.compFast, n)
	}
	for _, n := range compDeref {
		delete(u.compDeref, n)
	}
	for _, n := range compGlobal {
		delete(u.compGlobal, n)
	}
	c.emit(bytecode.Move, dst, res, 0, 0)
}

// compLoops emits the loop for generator i and, innermost, the element.
func (c *compiler) compLoops(e ast.Expr, gens []*ast.Comprehension, i int, it int, elt, val ast.Expr, res int) {
	g := gens[i]
	m := c.mark()
	defer c.release(m)
	if i > 0 {
		r := c.exprReg(g.Iter)
		c.setLoc(g.Iter.GetSpan())
		it = c.tmp()
		if g.IsAsync != 0 {
			c.emit(bytecode.GetAiter, it, r, 0, 0)
		} else {
			c.emit(bytecode.GetIter, it, r, 0, 0)
		}
	}
	top, end := c.newLabel(), c.newLabel()
	v := c.tmp()
	c.bind(top)
	c.setLoc(e.GetSpan())
	if g.IsAsync != 0 {
		h := c.newLabel()
		exc := c.tmp()
		c.pushHandler(h, exc)
		aw := c.tmp()
		c.emit(bytecode.GetAnext, aw, it, 0, 0)
		c.await(aw, v, 0)
		c.popHandler()
		body := c.newLabel()
		c.jump(bytecode.Jump, 0, 0, body)
		c.bind(h)
		c.jump(bytecode.EndAsyncFor, exc, 0, end)
		c.bind(body)
	} else if n, ok := g.Target.(*ast.Name); ok && c.fastReg(n.Id) >= 0 {
		// FOR_ITER is located at the iterable, as in CPython.
		c.setLoc(g.Iter.GetSpan())
		c.jump(bytecode.ForIter, c.fastReg(n.Id), it, end)
		v = -1
	} else {
		c.setLoc(g.Iter.GetSpan())
		c.jump(bytecode.ForIter, v, it, end)
	}
	if v >= 0 {
		c.setLoc(g.Target.GetSpan())
		c.store(g.Target, v)
	}
	c.setLoc(e.GetSpan())
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, top)
	}
	if i+1 < len(gens) {
		c.compLoops(e, gens, i+1, -1, elt, val, res)
	} else {
		mm := c.mark()
		switch e.(type) {
		case *ast.ListComp:
			x := c.exprReg(elt)
			c.emit(bytecode.ListAppend, res, x, 0, 0)
		case *ast.SetComp:
			x := c.exprReg(elt)
			c.emit(bytecode.SetAdd, res, x, 0, 0)
		case *ast.DictComp:
			k, x := c.operands(elt, val)
			c.emit(bytecode.MapAdd, res, k, x, 0)
		default:
			x := c.exprReg(elt)
			y := c.tmp()
			c.setLoc(elt.GetSpan())
			c.emit(bytecode.YieldValue, y, x, bytecode.NoReg, 0)
		}
		c.release(mm)
	}
	c.setLoc(e.GetSpan())
	c.jump(bytecode.Jump, 0, 0, top)
	c.bind(end)
}
