package symtable

import (
	"fmt"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
)

// builder is the state of the first pass.
type builder struct {
	filename string
	opts     Options
	future   Future
	stack    []*Table
	cur      *Table
	top      *Table
	private  string // the enclosing class's name, for mangling
	blocks   map[blockKey]*Table
}

// bailout carries a SyntaxError out of the walk; Build recovers it.
type bailout struct{ err *scanner.Error }

func (b *builder) fail(msg string, loc Loc) {
	panic(bailout{syntaxError(b.filename, msg, loc)})
}

// Build builds the symbol tables of mod (a Module, Interactive or
// Expression) and returns them, or the first SyntaxError CPython's symbol
// table pass raises. A returned error has no Text: see AttachText.
func Build(mod ast.Mod, filename string, opts Options) (st *SymbolTable, err *scanner.Error) {
	b := &builder{filename: filename, opts: opts, blocks: make(map[blockKey]*Table, 16)}
	b.future = futureFeatures(mod)
	if opts.FutureAnnotations {
		b.future.Annotations = true
	}
	defer func() {
		if r := recover(); r != nil {
			if bo, ok := r.(bailout); ok {
				st, err = nil, bo.err
				return
			}
			st = nil
			err = &scanner.Error{Kind: "SystemError", Msg: fmt.Sprintf("internal symtable error: %v", r), Filename: filename, NoText: true}
		}
	}()
	b.enterBlock("top", ModuleBlock, mod, keyOwn, Loc{})
	b.top = b.cur
	switch m := mod.(type) {
	case *ast.Module:
		b.cur.HasDocstring = docstring(m.Body)
		b.stmts(m.Body)
	case *ast.Interactive:
		b.stmts(m.Body)
	case *ast.Expression:
		b.expr(m.Body)
	default:
		return nil, &scanner.Error{Kind: "SystemError", Msg: "this compiler does not handle FunctionTypes", Filename: filename, NoText: true}
	}
	b.exitBlock()
	analyze(b)
	return &SymbolTable{Top: b.top, Filename: filename, Future: b.future, blocks: b.blocks}, nil
}

// futureFeatures finds the module's leading future imports (after an
// optional docstring), as CPython's future pass does; unknown features
// were already rejected by the parser.
func futureFeatures(mod ast.Mod) Future {
	f := Future{Loc: Loc{-1, -1, -1, -1}}
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return f
	}
	i := 0
	if docstring(body) {
		i = 1
	}
	for ; i < len(body); i++ {
		imp, ok := body[i].(*ast.ImportFrom)
		if !ok || imp.Level != 0 || imp.Module != "__future__" {
			break
		}
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				f.Annotations = true
			}
		}
		f.Loc = locOf(&imp.Span)
	}
	return f
}

// docstring reports whether a body starts with a string constant.
func docstring(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}

// newTable makes a table for a block opened in the current block.
func (b *builder) newTable(name string, typ BlockType, node any, kind uint8, loc Loc) *Table {
	t := &Table{Type: typ, Name: name, Loc: loc}
	if b.cur != nil && (b.cur.Nested || b.cur.IsFunctionLike()) {
		t.Nested = true
	}
	if b.cur != nil && b.cur.Type == ClassBlock && typ == FunctionBlock {
		t.Method = true
	}
	b.blocks[blockKey{node, kind}] = t
	return t
}

// enterExisting makes t the current block; it becomes a child of the
// previous one if it is new.
func (b *builder) enterExisting(t *Table, isNew bool) {
	prev := b.cur
	b.stack = append(b.stack, t)
	if prev != nil {
		// bpo-37757: an assignment expression anywhere in the outermost
		// iterable of a comprehension is rejected, even in a nested scope.
		t.compIterExpr = prev.compIterExpr
		if prev.mangledNames != nil && t.Type != ClassBlock {
			t.mangledNames = prev.mangledNames
		}
	}
	b.cur = t
	// Under `from __future__ import annotations` annotations are compiled
	// to strings: their blocks are walked but not part of the tree.
	if b.future.Annotations && t.Type == AnnotationBlock {
		return
	}
	if prev != nil && isNew {
		prev.Children = append(prev.Children, t)
	}
}

func (b *builder) enterBlock(name string, typ BlockType, node any, kind uint8, loc Loc) {
	t := b.newTable(name, typ, node, kind, loc)
	b.enterExisting(t, true)
	if typ == AnnotationBlock || typ == TypeVariableBlock || typ == TypeAliasBlock {
		// The format argument of the generated function.
		b.addDef(".format", DefParam, loc)
		b.addDef(".format", Use, loc)
	}
}

func (b *builder) exitBlock() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

func (b *builder) maybeMangle(t *Table, name string) string {
	if t.mangledNames != nil && !t.mangledNames.has(name) {
		return name
	}
	return mangle(b.private, name)
}

// lookup returns the current block's flags for name (mangled).
func (b *builder) lookup(t *Table, name string) Flag {
	return t.flags(b.maybeMangle(t, name))
}

// addDefHelper records flag for name in block t.
func (b *builder) addDefHelper(name string, flag Flag, t *Table, loc Loc) {
	mangled := b.maybeMangle(b.cur, name)
	i := t.lookup(mangled)
	var val Flag
	if i >= 0 {
		val = t.Symbols[i].Flags
		if flag&DefParam != 0 && val&DefParam != 0 {
			b.fail("duplicate argument '"+name+"' in function definition", loc)
		}
		if flag&DefTypeParam != 0 && val&DefTypeParam != 0 {
			b.fail("duplicate type parameter '"+name+"'", loc)
		}
		val |= flag
	} else {
		val = flag
	}
	if t.compIterTarget {
		// An iteration variable of a comprehension: it may not rebind an
		// assignment expression target of the comprehension.
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.fail("comprehension inner loop cannot rebind assignment expression target '"+name+"'", loc)
		}
		val |= DefCompIter
	}
	if i >= 0 {
		t.Symbols[i].Flags = val
	} else {
		t.add(mangled, val, ScopeNone)
	}
	if flag&DefParam != 0 {
		t.Varnames = append(t.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		g := b.top
		if j := g.lookup(mangled); j >= 0 {
			g.Symbols[j].Flags |= flag
		} else {
			g.add(mangled, flag, ScopeNone)
		}
	}
}

// checkName rejects binding or deleting __debug__.
func (b *builder) checkName(name string, loc Loc, ctx ast.ExprContext) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case ast.Store:
		b.fail("cannot assign to __debug__", loc)
	case ast.Del:
		b.fail("cannot delete __debug__", loc)
	}
}

func (b *builder) addDefCtx(name string, flag Flag, loc Loc, ctx ast.ExprContext) {
	if flag&(DefParam|DefLocal|DefImport) != 0 {
		b.checkName(name, loc, ctx)
	}
	if flag&DefTypeParam != 0 && b.cur.mangledNames != nil {
		b.cur.mangledNames.add(name)
	}
	b.addDefHelper(name, flag, b.cur, loc)
}

func (b *builder) addDef(name string, flag Flag, loc Loc) {
	ctx := ast.Store
	if flag == Use {
		ctx = ast.Load
	}
	b.addDefCtx(name, flag, loc, ctx)
}

func (b *builder) recordDirective(name string, loc Loc) {
	b.cur.directives = append(b.cur.directives, directive{b.maybeMangle(b.cur, name), loc})
}

// enterTypeParamBlock opens the block holding the type parameters of a
// generic function, class or type alias.
func (b *builder) enterTypeParamBlock(name string, node ast.Stmt, hasDefaults, hasKwDefaults, isClass bool, loc Loc) {
	curType := b.cur.Type
	b.enterBlock(name, TypeParametersBlock, node, keyTypeParams, loc)
	if curType == ClassBlock {
		b.cur.CanSeeClassScope = true
		b.addDef("__classdict__", Use, loc)
	}
	if isClass {
		// Set when the type params tuple is built, used for the bases.
		b.addDef(".type_params", DefLocal, loc)
		b.addDef(".type_params", Use, loc)
		b.addDef(".generic_base", DefLocal, loc)
		b.addDef(".generic_base", Use, loc)
	}
	if hasDefaults {
		b.addDef(".defaults", DefParam, loc)
	}
	if hasKwDefaults {
		b.addDef(".kwdefaults", DefParam, loc)
	}
}

func hasKwOnlyDefaults(a *ast.Arguments) bool {
	for _, d := range a.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

func (b *builder) stmts(list []ast.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *builder) exprs(list []ast.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(e)
		}
	}
}

// conditional runs f with the current block marked as inside a
// conditionally executed statement (for __conditional_annotations__).
func (b *builder) conditional(f func()) {
	t := b.cur
	saved := t.inConditional
	t.inConditional = true
	f()
	t.inConditional = saved
}

func (b *builder) funcDef(s ast.Stmt, span *ast.Span, name string, args *ast.Arguments, body []ast.Stmt,
	decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	loc := locOf(span)
	b.addDef(name, DefLocal, loc)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.exprs(decorators)
	if len(typeParams) > 0 {
		// The parser always gives a function a (possibly empty) defaults
		// list, so CPython always declares .defaults here.
		b.enterTypeParamBlock(name, s, true, hasKwOnlyDefaults(args), false, loc)
		for _, tp := range typeParams {
			b.typeParam(tp)
		}
	}
	ft := b.newTable(name, FunctionBlock, s, keyOwn, loc)
	ft.HasDocstring = docstring(body)
	b.annotations(span, args, returns)
	b.enterExisting(ft, true)
	if async {
		b.cur.Coroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exitBlock()
	if len(typeParams) > 0 {
		b.exitBlock()
	}
}

func (b *builder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.funcDef(s, &s.Span, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *ast.AsyncFunctionDef:
		b.funcDef(s, &s.Span, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.ClassDef:
		loc := locOf(&s.Span)
		b.addDef(s.Name, DefLocal, loc)
		b.exprs(s.DecoratorList)
		saved := b.private
		if len(s.TypeParams) > 0 {
			b.enterTypeParamBlock(s.Name, s, false, false, true, loc)
			b.private = s.Name
			b.cur.mangledNames = &nameList{}
			for _, tp := range s.TypeParams {
				b.typeParam(tp)
			}
		}
		b.exprs(s.Bases)
		b.checkKeywords(s.Keywords)
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.enterBlock(s.Name, ClassBlock, s, keyOwn, loc)
		b.private = s.Name
		if len(s.TypeParams) > 0 {
			b.addDef("__type_params__", DefLocal, loc)
			b.addDef(".type_params", Use, loc)
		}
		b.cur.HasDocstring = docstring(s.Body)
		b.stmts(s.Body)
		b.exitBlock()
		if len(s.TypeParams) > 0 {
			b.exitBlock()
		}
		b.private = saved
	case *ast.TypeAlias:
		b.expr(s.Name)
		name := ""
		if n, ok := s.Name.(*ast.Name); ok {
			name = n.Id
		}
		loc := locOf(&s.Span)
		inClass := b.cur.Type == ClassBlock
		generic := len(s.TypeParams) > 0
		if generic {
			b.enterTypeParamBlock(name, s, false, false, false, loc)
			for _, tp := range s.TypeParams {
				b.typeParam(tp)
			}
		}
		b.enterBlock(name, TypeAliasBlock, s, keyOwn, loc)
		b.cur.CanSeeClassScope = inClass
		if inClass {
			b.addDef("__classdict__", Use, locOf(s.Value.GetSpan()))
		}
		b.expr(s.Value)
		b.exitBlock()
		if generic {
			b.exitBlock()
		}
	case *ast.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *ast.Delete:
		b.exprs(s.Targets)
	case *ast.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *ast.AnnAssign:
		b.cur.AnnotationsUsed = true
		if n, ok := s.Target.(*ast.Name); ok {
			cur := b.lookup(b.cur, n.Id)
			if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
				msg := "annotated name '" + n.Id + "' can't be nonlocal"
				if cur&DefGlobal != 0 {
					msg = "annotated name '" + n.Id + "' can't be global"
				}
				b.fail(msg, locOf(&s.Span))
			}
			nloc := locOf(&n.Span)
			if s.Simple != 0 {
				b.addDef(n.Id, DefAnnot|DefLocal, nloc)
			}
			if s.Value != nil {
				b.addDef(n.Id, DefLocal, nloc)
			}
		} else {
			b.expr(s.Target)
		}
		b.annotation(s.Annotation)
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *ast.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *ast.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.conditional(func() {
			b.stmts(s.Body)
			b.stmts(s.Orelse)
		})
	case *ast.AsyncFor:
		b.asyncStmt("'async for' outside async function", &s.Span)
		b.expr(s.Target)
		b.expr(s.Iter)
		b.conditional(func() {
			b.stmts(s.Body)
			b.stmts(s.Orelse)
		})
	case *ast.While:
		b.expr(s.Test)
		b.conditional(func() {
			b.stmts(s.Body)
			b.stmts(s.Orelse)
		})
	case *ast.If:
		b.expr(s.Test)
		b.conditional(func() {
			b.stmts(s.Body)
			b.stmts(s.Orelse)
		})
	case *ast.Match:
		b.expr(s.Subject)
		b.conditional(func() {
			for _, c := range s.Cases {
				b.pattern(c.Pattern)
				if c.Guard != nil {
					b.expr(c.Guard)
				}
				b.stmts(c.Body)
			}
		})
	case *ast.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *ast.Try:
		b.conditional(func() { b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody) })
	case *ast.TryStar:
		b.conditional(func() { b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody) })
	case *ast.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *ast.Import:
		for _, a := range s.Names {
			b.alias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			b.alias(a)
		}
		fut := b.future.Loc
		if s.Level == 0 && s.Module == "__future__" {
			line, col := int(s.Start.Line), int(s.Start.Col)
			if line > fut.Lineno || (line == fut.EndLineno && col > fut.EndColOffset) {
				b.fail("from __future__ imports must occur at the beginning of the file", locOf(&s.Span))
			}
		}
	case *ast.Global:
		loc := locOf(&s.Span)
		for _, name := range s.Names {
			b.declaration(name, loc, true)
		}
	case *ast.Nonlocal:
		loc := locOf(&s.Span)
		for _, name := range s.Names {
			b.declaration(name, loc, false)
		}
	case *ast.ExprStmt:
		b.expr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.With:
		b.conditional(func() {
			b.withItems(s.Items)
			b.stmts(s.Body)
		})
	case *ast.AsyncWith:
		b.asyncStmt("'async with' outside async function", &s.Span)
		b.conditional(func() {
			b.withItems(s.Items)
			b.stmts(s.Body)
		})
	}
}

// asyncStmt checks an async for/with statement is in a coroutine.
func (b *builder) asyncStmt(msg string, span *ast.Span) {
	if b.allowsTopLevelAwait() {
		b.cur.Coroutine = true
	}
	if !b.cur.Coroutine {
		b.fail(msg, locOf(span))
	}
}

func (b *builder) allowsTopLevelAwait() bool {
	return b.opts.TopLevelAwait && b.cur.Type == ModuleBlock
}

func (b *builder) try(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) {
	b.stmts(body)
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, locOf(&h.Span))
		}
		b.stmts(h.Body)
	}
	b.stmts(orelse)
	b.stmts(final)
}

func (b *builder) withItems(items []*ast.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

// declaration handles one name of a global (global true) or nonlocal
// statement.
func (b *builder) declaration(name string, loc Loc, global bool) {
	cur := b.lookup(b.cur, name)
	if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
		kind := "nonlocal"
		if global {
			kind = "global"
		}
		var msg string
		switch {
		case cur&DefParam != 0:
			msg = "name '" + name + "' is parameter and " + kind
		case cur&Use != 0:
			msg = "name '" + name + "' is used prior to " + kind + " declaration"
		case cur&DefAnnot != 0:
			msg = "annotated name '" + name + "' can't be " + kind
		default:
			msg = "name '" + name + "' is assigned to before " + kind + " declaration"
		}
		b.fail(msg, loc)
	}
	if global {
		b.addDef(name, DefGlobal, loc)
	} else {
		b.addDef(name, DefNonlocal, loc)
	}
	b.recordDirective(name, loc)
}

func (b *builder) alias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Type != ModuleBlock {
			b.fail("import * only allowed at module level", locOf(&a.Span))
		}
		return
	}
	store := name
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			store = name[:i]
			break
		}
	}
	b.addDef(store, DefImport, locOf(&a.Span))
}

func (b *builder) checkKeywords(kws []*ast.Keyword) {
	for _, k := range kws {
		if k.Arg != "" {
			b.checkName(k.Arg, locOf(&k.Span), ast.Store)
		}
	}
}

func (b *builder) typeParam(tp ast.TypeParam) {
	switch tp := tp.(type) {
	case *ast.TypeVar:
		loc := locOf(&tp.Span)
		b.addDef(tp.Name, DefTypeParam|DefLocal, loc)
		info := ""
		if tp.Bound != nil {
			info = "a TypeVar bound"
			if _, ok := tp.Bound.(*ast.Tuple); ok {
				info = "a TypeVar constraint"
			}
		}
		b.typeParamBoundOrDefault(tp.Bound, tp.Name, tp, keyOwn, loc, info)
		b.typeParamBoundOrDefault(tp.DefaultValue, tp.Name, tp, keyDefault, loc, "a TypeVar default")
	case *ast.TypeVarTuple:
		loc := locOf(&tp.Span)
		b.addDef(tp.Name, DefTypeParam|DefLocal, loc)
		b.typeParamBoundOrDefault(tp.DefaultValue, tp.Name, tp, keyOwn, loc, "a TypeVarTuple default")
	case *ast.ParamSpec:
		loc := locOf(&tp.Span)
		b.addDef(tp.Name, DefTypeParam|DefLocal, loc)
		b.typeParamBoundOrDefault(tp.DefaultValue, tp.Name, tp, keyOwn, loc, "a ParamSpec default")
	}
}

func (b *builder) typeParamBoundOrDefault(e ast.Expr, name string, tp ast.TypeParam, kind uint8, tpLoc Loc, info string) {
	if name == "__classdict__" {
		b.fail("reserved name '__classdict__' cannot be used for type parameter", tpLoc)
	}
	if e == nil {
		return
	}
	inClass := b.cur.CanSeeClassScope
	eloc := locOf(e.GetSpan())
	b.enterBlock(name, TypeVariableBlock, tp, kind, eloc)
	b.cur.CanSeeClassScope = inClass
	if inClass {
		b.addDef("__classdict__", Use, eloc)
	}
	b.cur.scopeInfo = info
	b.expr(e)
	b.exitBlock()
}

func (b *builder) pattern(p ast.Pattern) {
	switch p := p.(type) {
	case *ast.MatchValue:
		b.expr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	case *ast.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, locOf(&p.Span))
		}
	case *ast.MatchMapping:
		b.exprs(p.Keys)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, locOf(&p.Span))
		}
	case *ast.MatchClass:
		b.expr(p.Cls)
		for _, q := range p.Patterns {
			b.pattern(q)
		}
		for i, attr := range p.KwdAttrs {
			if i < len(p.KwdPatterns) {
				b.checkName(attr, locOf(p.KwdPatterns[i].GetSpan()), ast.Store)
			}
		}
		for _, q := range p.KwdPatterns {
			b.pattern(q)
		}
	case *ast.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, locOf(&p.Span))
		}
	case *ast.MatchOr:
		for _, q := range p.Patterns {
			b.pattern(q)
		}
	}
}

func (b *builder) params(args []*ast.Arg) {
	for _, a := range args {
		b.addDef(a.Arg, DefParam, locOf(&a.Span))
	}
}

func (b *builder) arguments(a *ast.Arguments) {
	b.params(a.Posonlyargs)
	b.params(a.Args)
	b.params(a.Kwonlyargs)
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, locOf(&a.Vararg.Span))
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, locOf(&a.Kwarg.Span))
		b.cur.Varkeywords = true
	}
}

// annotation visits the annotation of an annotated assignment, in the
// block's shared __annotate__ scope.
func (b *builder) annotation(ann ast.Expr) {
	// Annotations of local variables are never evaluated.
	unevaluated := b.cur.Type == FunctionBlock
	aloc := locOf(ann.GetSpan())
	// Module annotations always count as conditional (a module may stop
	// executing part way through); class ones inside if/for/try/... do.
	if (b.cur.Type == ModuleBlock || (b.cur.Type == ClassBlock && b.cur.inConditional)) && !b.cur.HasConditionalAnnotations {
		b.cur.HasConditionalAnnotations = true
		b.addDef("__conditional_annotations__", Use, aloc)
	}
	parent := b.cur
	if parent.AnnotationBlock == nil {
		curType := parent.Type
		b.enterBlock("__annotate__", AnnotationBlock, parent, keyAnnotations, aloc)
		parent.AnnotationBlock = b.cur
		if curType == ClassBlock && !b.future.Annotations {
			b.cur.CanSeeClassScope = true
			b.addDef("__classdict__", Use, aloc)
		}
	} else {
		b.enterExisting(parent.AnnotationBlock, false)
	}
	if unevaluated {
		b.cur.inUnevaluatedAnnot = true
	}
	b.expr(ann)
	if unevaluated {
		b.cur.inUnevaluatedAnnot = false
	}
	b.exitBlock()
}

// annotations opens the __annotate__ scope of a function's parameter and
// return annotations.
func (b *builder) annotations(span *ast.Span, a *ast.Arguments, returns ast.Expr) {
	inClass := b.cur.CanSeeClassScope
	curType := b.cur.Type
	loc := locOf(span)
	b.enterBlock("__annotate__", AnnotationBlock, a, keyAnnotations, loc)
	if inClass || curType == ClassBlock {
		b.cur.CanSeeClassScope = true
		b.addDef("__classdict__", Use, loc)
	}
	ann := func(args []*ast.Arg) {
		for _, arg := range args {
			if arg.Annotation != nil {
				b.cur.AnnotationsUsed = true
				b.expr(arg.Annotation)
			}
		}
	}
	ann(a.Posonlyargs)
	ann(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.cur.AnnotationsUsed = true
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.cur.AnnotationsUsed = true
		b.expr(a.Kwarg.Annotation)
	}
	ann(a.Kwonlyargs)
	if returns != nil {
		b.cur.AnnotationsUsed = true
		b.expr(returns)
	}
	b.exitBlock()
}

// raiseIfAnnotationBlock rejects yield, await and := in annotation and
// type scopes.
func (b *builder) raiseIfAnnotationBlock(what string, span *ast.Span) {
	var msg string
	switch b.cur.Type {
	case AnnotationBlock:
		msg = what + " cannot be used within an annotation"
	case TypeVariableBlock:
		msg = what + " cannot be used within " + b.cur.scopeInfo
	case TypeAliasBlock:
		msg = what + " cannot be used within a type alias"
	case TypeParametersBlock:
		msg = what + " cannot be used within the definition of a generic"
	default:
		return
	}
	b.fail(msg, locOf(span))
}

func (b *builder) raiseIfComprehension(span *ast.Span) {
	msg := "'yield' inside generator expression"
	switch b.cur.Comprehension {
	case ListComprehension:
		msg = "'yield' inside list comprehension"
	case SetComprehension:
		msg = "'yield' inside set comprehension"
	case DictComprehension:
		msg = "'yield' inside dict comprehension"
	}
	b.fail(msg, locOf(span))
}

func (b *builder) isAsyncDef() bool {
	return b.cur.Type == FunctionBlock && b.cur.Coroutine
}

func (b *builder) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.NamedExpr:
		b.raiseIfAnnotationBlock("named expression", &e.Span)
		if b.cur.compIterExpr > 0 {
			b.fail("assignment expression cannot be used in a comprehension iterable expression", locOf(&e.Span))
		}
		if b.cur.Comprehension != NoComprehension {
			b.extendNamedExprScope(e.Target)
		}
		b.expr(e.Value)
		b.expr(e.Target)
	case *ast.BoolOp:
		b.exprs(e.Values)
	case *ast.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *ast.UnaryOp:
		b.expr(e.Operand)
	case *ast.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		b.enterBlock("lambda", FunctionBlock, e, keyOwn, locOf(&e.Span))
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exitBlock()
	case *ast.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *ast.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *ast.Set:
		b.exprs(e.Elts)
	case *ast.GeneratorExp:
		b.comprehension(e, &e.Span, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		b.comprehension(e, &e.Span, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		b.comprehension(e, &e.Span, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		b.comprehension(e, &e.Span, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		b.raiseIfAnnotationBlock("yield expression", &e.Span)
		if e.Value != nil {
			b.expr(e.Value)
		}
		b.cur.Generator = true
		if b.cur.Comprehension != NoComprehension {
			b.raiseIfComprehension(&e.Span)
		}
	case *ast.YieldFrom:
		b.raiseIfAnnotationBlock("yield expression", &e.Span)
		b.expr(e.Value)
		b.cur.Generator = true
		if b.cur.Comprehension != NoComprehension {
			b.raiseIfComprehension(&e.Span)
		}
	case *ast.Await:
		b.raiseIfAnnotationBlock("await expression", &e.Span)
		if !b.allowsTopLevelAwait() {
			if !b.cur.IsFunctionLike() {
				b.fail("'await' outside function", locOf(&e.Span))
			}
			if !b.isAsyncDef() && b.cur.Comprehension == NoComprehension {
				b.fail("'await' outside async function", locOf(&e.Span))
			}
		}
		b.expr(e.Value)
		b.cur.Coroutine = true
	case *ast.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *ast.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		b.checkKeywords(e.Keywords)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *ast.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *ast.Interpolation:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		b.exprs(e.Values)
	case *ast.TemplateStr:
		b.exprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		b.checkName(e.Attr, locOf(&e.Span), e.Ctx)
		b.expr(e.Value)
	case *ast.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *ast.Starred:
		b.expr(e.Value)
	case *ast.Slice:
		if e.Lower != nil {
			b.expr(e.Lower)
		}
		if e.Upper != nil {
			b.expr(e.Upper)
		}
		if e.Step != nil {
			b.expr(e.Step)
		}
	case *ast.Name:
		if !b.cur.inUnevaluatedAnnot {
			flag := DefLocal
			if e.Ctx == ast.Load {
				flag = Use
			}
			loc := locOf(&e.Span)
			b.addDefCtx(e.Id, flag, loc, e.Ctx)
			// super() implicitly uses the __class__ cell.
			if e.Ctx == ast.Load && e.Id == "super" && b.cur.IsFunctionLike() {
				b.addDef("__class__", Use, loc)
			}
		}
	case *ast.List:
		b.exprs(e.Elts)
	case *ast.Tuple:
		b.exprs(e.Elts)
	}
}

// extendNamedExprScope binds the target of an assignment expression in a
// comprehension in the nearest enclosing block that is not a
// comprehension (PEP 572).
func (b *builder) extendNamedExprScope(target ast.Expr) {
	n, ok := target.(*ast.Name)
	if !ok {
		return
	}
	name := n.Id
	loc := locOf(&n.Span)
	for i := len(b.stack) - 1; i >= 0; i-- {
		t := b.stack[i]
		if t.Comprehension != NoComprehension {
			f := b.lookup(t, name)
			if f&DefCompIter != 0 && f&DefLocal != 0 {
				b.fail("assignment expression cannot rebind comprehension iteration variable '"+name+"'", loc)
			}
			continue
		}
		switch t.Type {
		case FunctionBlock:
			if b.lookup(t, name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, loc)
			} else {
				b.addDef(name, DefNonlocal, loc)
			}
			b.recordDirective(name, loc)
			b.addDefHelper(name, DefLocal, t, loc)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, loc)
			b.recordDirective(name, loc)
			b.addDefHelper(name, DefGlobal, t, loc)
			return
		case ClassBlock:
			b.fail("assignment expression within a comprehension cannot be used in a class body", loc)
		case TypeParametersBlock:
			b.fail("assignment expression within a comprehension cannot be used within the definition of a generic", loc)
		case TypeAliasBlock:
			b.fail("assignment expression within a comprehension cannot be used in a type alias", loc)
		case TypeVariableBlock:
			b.fail("assignment expression within a comprehension cannot be used in a TypeVar bound", loc)
		}
	}
}

func (b *builder) comprehension(e ast.Expr, span *ast.Span, name string, kind CompKind, gens []*ast.Comprehension, elt, value ast.Expr) {
	isGenerator := kind == GeneratorExpression
	outer := gens[0]
	// The outermost iterable is evaluated in the enclosing block.
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	loc := locOf(span)
	b.enterBlock(name, FunctionBlock, e, keyOwn, loc)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	// The outermost iterator is received as the argument ".0".
	b.addDef(".0", DefParam, b.cur.Loc)
	b.cur.compIterTarget = true
	b.expr(outer.Target)
	b.cur.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	b.cur.Generator = isGenerator
	isAsync := b.cur.Coroutine && !isGenerator
	b.exitBlock()
	if isAsync && !b.isAsyncDef() && b.cur.Comprehension == NoComprehension && !b.allowsTopLevelAwait() {
		b.fail("asynchronous comprehension outside of an asynchronous function", loc)
	}
	if isAsync {
		b.cur.Coroutine = true
	}
}
