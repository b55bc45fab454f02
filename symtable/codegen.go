package symtable

import (
	"fmt"
	"math"
	"math/big"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
)

// CheckCodegen raises the SyntaxErrors that CPython 3.14's code generator
// raises on a module whose symbol tables were built: misplaced return,
// yield, break and continue, starred expressions where they cannot be,
// errors in match patterns, too many nested blocks, and so on. It walks
// the tree in the order CPython compiles it (nested functions when their
// definition is reached, class bodies before their bases, module and class
// annotations last) so that the first error is CPython's first error.
//
// This pass stands in for the compiler, which does not exist yet; when it
// does, these checks belong in its code generation and this walk goes
// away.
func CheckCodegen(mod ast.Mod, st *SymbolTable) (err *scanner.Error) {
	c := &codegen{st: st, filename: st.Filename}
	defer func() {
		if r := recover(); r != nil {
			if bo, ok := r.(bailout); ok {
				err = bo.err
				return
			}
			err = &scanner.Error{Kind: "SystemError", Msg: fmt.Sprintf("internal compiler error: %v", r), Filename: st.Filename, NoText: true}
		}
	}()
	c.push(&cgUnit{table: st.Top})
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		c.body(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
	}
	return nil
}

// Check runs the whole compile-stage checking of a parsed module as
// compile() does: the SyntaxWarnings of the AST preprocessor, the symbol
// table and the code generator's errors. src, when not nil, supplies the
// error's text line (as CPython reads it back from a file).
func Check(mod ast.Mod, filename string, src []byte, opts Options) (*SymbolTable, []scanner.Warning, *scanner.Error) {
	warnings := FinallyWarnings(mod)
	st, err := Build(mod, filename, opts)
	if err == nil {
		err = CheckCodegen(mod, st)
	}
	if err != nil {
		if src != nil {
			AttachText(err, src)
		}
		return nil, warnings, err
	}
	return st, warnings, nil
}

// maxBlocks is CPython's CO_MAXBLOCKS: the depth of nested loops, try,
// with and except blocks one code object may have.
const maxBlocks = 21

type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbHandlerCleanup
	fbExceptionHandler
	fbExceptionGroupHandler
)

// cgUnit is one code object being compiled.
type cgUnit struct {
	table   *Table // nil for units without a table of their own
	async   bool   // an async def
	fblocks []fblockKind
	// deferred holds the module's or class's annotations, compiled last
	// into __annotate__.
	deferred []ast.Expr
}

type codegen struct {
	st       *SymbolTable
	filename string
	units    []*cgUnit
	u        *cgUnit
}

func (c *codegen) fail(msg string, span *ast.Span) {
	panic(bailout{syntaxError(c.filename, msg, locOf(span))})
}

func (c *codegen) push(u *cgUnit) {
	c.units = append(c.units, u)
	c.u = u
}

func (c *codegen) pop() {
	c.units = c.units[:len(c.units)-1]
	c.u = c.units[len(c.units)-1]
}

func (c *codegen) pushBlock(k fblockKind, span *ast.Span) {
	if len(c.u.fblocks) >= maxBlocks {
		c.fail("too many statically nested blocks", span)
	}
	c.u.fblocks = append(c.u.fblocks, k)
}

func (c *codegen) popBlock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// functionLike reports whether the current unit is a function-like scope.
func (c *codegen) functionLike() bool {
	return c.u.table != nil && c.u.table.IsFunctionLike()
}

// body compiles a module or class body, then its deferred annotations.
func (c *codegen) body(list []ast.Stmt) {
	c.stmts(list)
	if len(c.u.deferred) > 0 {
		anns := c.u.deferred
		c.push(&cgUnit{table: c.u.table.AnnotationBlock})
		for _, a := range anns {
			c.expr(a)
		}
		c.pop()
	}
}

func (c *codegen) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *codegen) exprs(list []ast.Expr) {
	for _, e := range list {
		if e != nil {
			c.expr(e)
		}
	}
}

func (c *codegen) function(s ast.Stmt, args *ast.Arguments, body []ast.Stmt, decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	c.exprs(decorators)
	c.exprs(args.Defaults)
	c.exprs(args.KwDefaults)
	if len(typeParams) > 0 {
		c.push(&cgUnit{table: c.st.TypeParamsBlock(s)})
		c.typeParams(typeParams)
	}
	if !c.st.Future.Annotations {
		c.push(&cgUnit{table: c.st.AnnotationsBlock(args)})
		ann := func(list []*ast.Arg) {
			for _, a := range list {
				if a.Annotation != nil {
					c.expr(a.Annotation)
				}
			}
		}
		ann(args.Args)
		ann(args.Posonlyargs)
		if args.Vararg != nil && args.Vararg.Annotation != nil {
			// *args: *Ts unpacks a TypeVarTuple.
			if st, ok := args.Vararg.Annotation.(*ast.Starred); ok {
				c.expr(st.Value)
			} else {
				c.expr(args.Vararg.Annotation)
			}
		}
		ann(args.Kwonlyargs)
		if args.Kwarg != nil && args.Kwarg.Annotation != nil {
			c.expr(args.Kwarg.Annotation)
		}
		if returns != nil {
			c.expr(returns)
		}
		c.pop()
	}
	c.push(&cgUnit{table: c.st.Lookup(s), async: async})
	c.stmts(body)
	c.pop()
	if len(typeParams) > 0 {
		c.pop()
	}
}

// typeParams compiles type parameters: their bounds and defaults, each in
// its own scope, and the rule that defaults come last.
func (c *codegen) typeParams(tps []ast.TypeParam) {
	seenDefault := false
	for _, tp := range tps {
		var name string
		var def ast.Expr
		switch tp := tp.(type) {
		case *ast.TypeVar:
			name, def = tp.Name, tp.DefaultValue
			if tp.Bound != nil {
				c.push(&cgUnit{table: c.st.Lookup(tp)})
				c.expr(tp.Bound)
				c.pop()
			}
		case *ast.TypeVarTuple:
			name, def = tp.Name, tp.DefaultValue
		case *ast.ParamSpec:
			name, def = tp.Name, tp.DefaultValue
		}
		if def != nil {
			seenDefault = true
			c.push(&cgUnit{})
			if st, ok := def.(*ast.Starred); ok {
				if _, isTuple := tp.(*ast.TypeVarTuple); isTuple {
					def = st.Value
				}
			}
			c.expr(def)
			c.pop()
		} else if seenDefault {
			c.fail("non-default type parameter '"+name+"' follows default type parameter", tp.GetSpan())
		}
	}
}

func (c *codegen) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.function(s, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *ast.AsyncFunctionDef:
		c.function(s, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.ClassDef:
		c.exprs(s.DecoratorList)
		if len(s.TypeParams) > 0 {
			c.push(&cgUnit{table: c.st.TypeParamsBlock(s)})
			c.typeParams(s.TypeParams)
		}
		c.push(&cgUnit{table: c.st.Lookup(s)})
		c.body(s.Body)
		c.pop()
		c.validateKeywords(s.Keywords)
		c.callArgs(s.Bases, s.Keywords)
		if len(s.TypeParams) > 0 {
			c.pop()
		}
	case *ast.TypeAlias:
		if len(s.TypeParams) > 0 {
			c.push(&cgUnit{table: c.st.TypeParamsBlock(s)})
			c.typeParams(s.TypeParams)
		}
		c.push(&cgUnit{table: c.st.Lookup(s)})
		c.expr(s.Value)
		c.pop()
		if len(s.TypeParams) > 0 {
			c.pop()
		}
	case *ast.Return:
		t := c.u.table
		if !c.functionLike() {
			c.fail("'return' outside function", &s.Span)
		}
		if s.Value != nil && t.Coroutine && t.Generator {
			c.fail("'return' with value in async generator", &s.Span)
		}
		span := &s.Span
		if s.Value != nil {
			if k, ok := s.Value.(*ast.Constant); ok {
				span = &k.Span
			} else {
				c.expr(s.Value)
			}
		}
		c.unwind(span, false)
	case *ast.Delete:
		c.exprs(s.Targets)
	case *ast.Assign:
		c.expr(s.Value)
		for _, t := range s.Targets {
			c.target(t)
		}
	case *ast.AugAssign:
		c.targetParts(s.Target)
		c.expr(s.Value)
	case *ast.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
		}
		if _, ok := s.Target.(*ast.Name); ok {
			t := c.u.table
			if s.Simple != 0 && t != nil && (t.Type == ModuleBlock || t.Type == ClassBlock) && !c.st.Future.Annotations {
				c.u.deferred = append(c.u.deferred, s.Annotation)
			}
		} else {
			c.targetParts(s.Target)
		}
	case *ast.For:
		c.loop(&s.Span, s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.AsyncFor:
		c.loop(&s.Span, s.Target, s.Iter, s.Body, s.Orelse)
	case *ast.While:
		c.pushBlock(fbWhileLoop, &s.Span)
		c.expr(s.Test)
		c.stmts(s.Body)
		c.popBlock()
		c.stmts(s.Orelse)
	case *ast.If:
		c.expr(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *ast.With:
		c.with(s.Items, s.Body)
	case *ast.AsyncWith:
		c.with(s.Items, s.Body)
	case *ast.Match:
		c.match(s)
	case *ast.Raise:
		if s.Exc != nil {
			c.expr(s.Exc)
		}
		if s.Cause != nil {
			c.expr(s.Cause)
		}
	case *ast.Try:
		c.try(&s.Span, s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
	case *ast.TryStar:
		c.try(&s.Span, s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
	case *ast.Assert:
		c.expr(s.Test)
		if s.Msg != nil {
			c.expr(s.Msg)
		}
	case *ast.ExprStmt:
		c.expr(s.Value)
	case *ast.Break:
		if !c.unwind(&s.Span, true) {
			c.fail("'break' outside loop", &s.Span)
		}
	case *ast.Continue:
		if !c.unwind(&s.Span, true) {
			c.fail("'continue' not properly in loop", &s.Span)
		}
	}
}

// unwind walks the block stack as a return (toLoop false) or a
// break/continue (toLoop true) leaves it; it reports whether a loop was
// found.
func (c *codegen) unwind(span *ast.Span, toLoop bool) bool {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		switch c.u.fblocks[i] {
		case fbExceptionGroupHandler:
			c.fail("'break', 'continue' and 'return' cannot appear in an except* block", span)
		case fbWhileLoop, fbForLoop:
			if toLoop {
				return true
			}
		}
	}
	return false
}

func (c *codegen) loop(span *ast.Span, target, iter ast.Expr, body, orelse []ast.Stmt) {
	c.expr(iter)
	c.pushBlock(fbForLoop, span)
	c.target(target)
	c.stmts(body)
	c.popBlock()
	c.stmts(orelse)
}

func (c *codegen) with(items []*ast.WithItem, body []ast.Stmt) {
	for _, it := range items {
		c.expr(it.ContextExpr)
		c.pushBlock(fbWith, it.ContextExpr.GetSpan())
		if it.OptionalVars != nil {
			c.target(it.OptionalVars)
		}
	}
	c.stmts(body)
	for range items {
		c.popBlock()
	}
}

func (c *codegen) try(span *ast.Span, body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt, star bool) {
	if len(final) == 0 {
		c.tryExcept(span, body, handlers, orelse, star)
		return
	}
	c.pushBlock(fbFinallyTry, span)
	if len(handlers) > 0 {
		c.tryExcept(span, body, handlers, orelse, star)
	} else {
		c.stmts(body)
	}
	c.popBlock()
	// CPython compiles the finally body twice, for the normal and the
	// exceptional exit; the second copy is one block deeper.
	c.pushBlock(fbFinallyEnd, span)
	c.stmts(final)
	c.popBlock()
}

func (c *codegen) tryExcept(span *ast.Span, body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt, star bool) {
	c.pushBlock(fbTryExcept, span)
	c.stmts(body)
	c.popBlock()
	c.stmts(orelse)
	if star {
		c.pushBlock(fbExceptionGroupHandler, span)
	} else {
		c.pushBlock(fbExceptionHandler, span)
	}
	for i, h := range handlers {
		if h.Type == nil && i < len(handlers)-1 {
			c.fail("default 'except:' must be last", &h.Span)
		}
		if h.Type != nil {
			c.expr(h.Type)
		}
		c.pushBlock(fbHandlerCleanup, &h.Span)
		c.stmts(h.Body)
		c.popBlock()
	}
	c.popBlock()
}

// target compiles an assignment target.
func (c *codegen) target(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Starred:
		c.fail("starred assignment target must be in a list or tuple", &e.Span)
	case *ast.Tuple:
		c.unpack(e.Elts, &e.Span)
	case *ast.List:
		c.unpack(e.Elts, &e.Span)
	default:
		c.targetParts(e)
	}
}

// targetParts compiles the expressions inside a single target.
func (c *codegen) targetParts(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
	case *ast.Attribute:
		c.expr(e.Value)
	case *ast.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
	default:
		c.expr(e)
	}
}

func (c *codegen) unpack(elts []ast.Expr, span *ast.Span) {
	seenStar := false
	n := len(elts)
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); !ok {
			continue
		}
		if seenStar {
			c.fail("multiple starred expressions in assignment", span)
		}
		if i >= 1<<8 || n-i-1 >= math.MaxInt32>>8 {
			c.fail("too many expressions in star-unpacking assignment", span)
		}
		seenStar = true
	}
	for _, e := range elts {
		if st, ok := e.(*ast.Starred); ok {
			c.target(st.Value)
		} else {
			c.target(e)
		}
	}
}

// elts compiles the items of a list, tuple or set display, or call
// arguments, where *x unpacks.
func (c *codegen) elts(list []ast.Expr) {
	for _, e := range list {
		if st, ok := e.(*ast.Starred); ok {
			c.expr(st.Value)
		} else {
			c.expr(e)
		}
	}
}

func (c *codegen) callArgs(args []ast.Expr, kws []*ast.Keyword) {
	c.elts(args)
	for _, k := range kws {
		c.expr(k.Value)
	}
}

// validateKeywords rejects a keyword argument given twice.
func (c *codegen) validateKeywords(kws []*ast.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		for _, o := range kws[i+1:] {
			if o.Arg == k.Arg {
				c.fail("keyword argument repeated: "+k.Arg, &o.Span)
			}
		}
	}
}

func (c *codegen) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.fail("starred assignment target must be in a list or tuple", &e.Span)
		}
		c.fail("can't use starred expression here", &e.Span)
	case *ast.Tuple:
		if e.Ctx == ast.Store {
			c.unpack(e.Elts, &e.Span)
			return
		}
		c.elts(e.Elts)
	case *ast.List:
		if e.Ctx == ast.Store {
			c.unpack(e.Elts, &e.Span)
			return
		}
		c.elts(e.Elts)
	case *ast.Set:
		c.elts(e.Elts)
	case *ast.Call:
		c.validateKeywords(e.Keywords)
		c.expr(e.Func)
		c.callArgs(e.Args, e.Keywords)
	case *ast.Dict:
		for i, v := range e.Values {
			if i < len(e.Keys) && e.Keys[i] != nil {
				c.expr(e.Keys[i])
			}
			c.expr(v)
		}
	case *ast.NamedExpr:
		c.expr(e.Value)
	case *ast.BoolOp:
		c.exprs(e.Values)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
	case *ast.UnaryOp:
		c.expr(e.Operand)
	case *ast.Lambda:
		c.exprs(e.Args.Defaults)
		c.exprs(e.Args.KwDefaults)
		c.push(&cgUnit{table: c.st.Lookup(e)})
		c.expr(e.Body)
		c.pop()
	case *ast.IfExp:
		c.expr(e.Test)
		c.expr(e.Body)
		c.expr(e.Orelse)
	case *ast.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.Yield:
		if !c.functionLike() {
			c.fail("'yield' outside function", &e.Span)
		}
		if e.Value != nil {
			c.expr(e.Value)
		}
	case *ast.YieldFrom:
		if !c.functionLike() {
			c.fail("'yield from' outside function", &e.Span)
		}
		if c.u.async {
			c.fail("'yield from' inside async function", &e.Span)
		}
		c.expr(e.Value)
	case *ast.Await:
		c.expr(e.Value)
	case *ast.Compare:
		c.expr(e.Left)
		c.exprs(e.Comparators)
	case *ast.FormattedValue:
		c.expr(e.Value)
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
		}
	case *ast.Interpolation:
		c.expr(e.Value)
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		c.exprs(e.Values)
	case *ast.TemplateStr:
		c.exprs(e.Values)
	case *ast.Attribute:
		c.expr(e.Value)
	case *ast.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
	case *ast.Slice:
		if e.Lower != nil {
			c.expr(e.Lower)
		}
		if e.Upper != nil {
			c.expr(e.Upper)
		}
		if e.Step != nil {
			c.expr(e.Step)
		}
	}
}

// comprehension compiles a comprehension: inlined ones in the current
// unit (their outermost iterable first), others as a nested unit, with
// the outermost iterable evaluated afterwards.
func (c *codegen) comprehension(e ast.Expr, gens []*ast.Comprehension, elt, value ast.Expr) {
	t := c.st.Lookup(e)
	inlined := t != nil && t.CompInlined
	if inlined {
		c.expr(gens[0].Iter)
	} else {
		c.push(&cgUnit{table: t})
	}
	for i, g := range gens {
		if i > 0 {
			c.expr(g.Iter)
		}
		c.target(g.Target)
		c.exprs(g.Ifs)
	}
	c.expr(elt)
	if value != nil {
		c.expr(value)
	}
	if !inlined {
		c.pop()
		c.expr(gens[0].Iter)
	}
}

// ---- match statements ----

// patternState is CPython's pattern_context: the names a case binds so
// far, and whether an irrefutable pattern is allowed here.
type patternState struct {
	stores           []string
	allowIrrefutable bool
}

func (c *codegen) match(s *ast.Match) {
	c.expr(s.Subject)
	n := len(s.Cases)
	hasDefault := n > 1 && isWildcard(s.Cases[n-1].Pattern)
	for i, m := range s.Cases[:n-btoi(hasDefault)] {
		pc := &patternState{allowIrrefutable: m.Guard != nil || i == n-1}
		c.pattern(m.Pattern, pc)
		if m.Guard != nil {
			c.expr(m.Guard)
		}
		c.stmts(m.Body)
	}
	if hasDefault {
		m := s.Cases[n-1]
		if m.Guard != nil {
			c.expr(m.Guard)
		}
		c.stmts(m.Body)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// isWildcard reports whether p is `_`.
func isWildcard(p ast.Pattern) bool {
	as, ok := p.(*ast.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

func (c *codegen) storeName(name string, span *ast.Span, pc *patternState) {
	if name == "" {
		return
	}
	for _, s := range pc.stores {
		if s == name {
			c.fail("multiple assignments to name '"+name+"' in pattern", span)
		}
	}
	pc.stores = append(pc.stores, name)
}

// subpattern compiles a pattern nested in a sequence, mapping or class
// pattern, where irrefutable patterns are always allowed.
func (c *codegen) subpattern(p ast.Pattern, pc *patternState) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

// matchValueExpr reports whether e is a literal (after the constant
// folding CPython's AST preprocessor does on patterns) or an attribute.
func matchValueExpr(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Constant, *ast.Attribute:
		return true
	}
	_, ok := foldedConstant(e)
	return ok
}

// foldedConstant returns the value of a literal pattern expression:
// a constant, a negated number, or a complex literal real±imag.
func foldedConstant(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.Constant:
		return e.Value, true
	case *ast.UnaryOp:
		if e.Op != ast.USub {
			return nil, false
		}
		v, ok := foldedConstant(e.Operand)
		if !ok {
			return nil, false
		}
		switch v := v.(type) {
		case int64:
			if v == math.MinInt64 {
				return new(big.Int).Neg(big.NewInt(v)), true
			}
			return -v, true
		case *big.Int:
			r := new(big.Int).Neg(v)
			if r.IsInt64() {
				return r.Int64(), true
			}
			return r, true
		case float64:
			return -v, true
		case complex128:
			return -v, true
		}
	case *ast.BinOp:
		if e.Op != ast.Add && e.Op != ast.Sub {
			return nil, false
		}
		l, ok1 := foldedConstant(e.Left)
		r, ok2 := foldedConstant(e.Right)
		rc, isC := r.(complex128)
		if !ok1 || !ok2 || !isC {
			return nil, false
		}
		var lc complex128
		switch l := l.(type) {
		case int64:
			lc = complex(float64(l), 0)
		case *big.Int:
			f, _ := new(big.Float).SetInt(l).Float64()
			lc = complex(f, 0)
		case float64:
			lc = complex(l, 0)
		default:
			return nil, false
		}
		if e.Op == ast.Add {
			return lc + rc, true
		}
		return lc - rc, true
	}
	return nil, false
}

// constEqual is Python's == between two constant values, as a set of
// mapping keys compares them (1 == 1.0 == True, 'a' != b'a').
func constEqual(a, b any) bool {
	ca, okA := numeric(a)
	cb, okB := numeric(b)
	if okA || okB {
		if !okA || !okB {
			return false
		}
		// Big ints compare exactly with each other.
		if x, ok := a.(*big.Int); ok {
			if y, ok := b.(*big.Int); ok {
				return x.Cmp(y) == 0
			}
		}
		return ca == cb
	}
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case ast.Bytes:
		y, ok := b.(ast.Bytes)
		return ok && x == y
	}
	return a == b
}

func numeric(v any) (complex128, bool) {
	switch v := v.(type) {
	case bool:
		if v {
			return 1, true
		}
		return 0, true
	case int64:
		return complex(float64(v), 0), true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		return complex(f, 0), true
	case float64:
		return complex(v, 0), true
	case complex128:
		return v, true
	}
	return 0, false
}

func (c *codegen) pattern(p ast.Pattern, pc *patternState) {
	switch p := p.(type) {
	case *ast.MatchValue:
		if !matchValueExpr(p.Value) {
			c.fail("patterns may only match literals and attribute lookups", &p.Span)
		}
		c.expr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		star := false
		for _, q := range p.Patterns {
			if _, ok := q.(*ast.MatchStar); ok {
				if star {
					c.fail("multiple starred names in sequence pattern", &p.Span)
				}
				star = true
			}
		}
		for _, q := range p.Patterns {
			c.subpattern(q, pc)
		}
	case *ast.MatchStar:
		c.storeName(p.Name, &p.Span, pc)
	case *ast.MatchMapping:
		var seen []any
		for _, k := range p.Keys {
			if v, ok := foldedConstant(k); ok {
				for _, s := range seen {
					if constEqual(s, v) {
						c.fail("mapping pattern checks duplicate key ("+ast.Repr(v)+")", &p.Span)
					}
				}
				seen = append(seen, v)
			} else if _, ok := k.(*ast.Attribute); !ok {
				c.fail("mapping pattern keys may only match literals and attribute lookups", &p.Span)
			}
		}
		c.exprs(p.Keys)
		for _, q := range p.Patterns {
			c.subpattern(q, pc)
		}
		c.storeName(p.Rest, &p.Span, pc)
	case *ast.MatchClass:
		for i, a := range p.KwdAttrs {
			for j := i + 1; j < len(p.KwdAttrs) && j < len(p.KwdPatterns); j++ {
				if p.KwdAttrs[j] == a {
					c.fail("attribute name repeated in class pattern: "+a, p.KwdPatterns[j].GetSpan())
				}
			}
		}
		c.expr(p.Cls)
		for _, q := range p.Patterns {
			c.subpattern(q, pc)
		}
		for _, q := range p.KwdPatterns {
			c.subpattern(q, pc)
		}
	case *ast.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name == "" {
					c.fail("wildcard makes remaining patterns unreachable", &p.Span)
				}
				c.fail("name capture '"+p.Name+"' makes remaining patterns unreachable", &p.Span)
			}
			c.storeName(p.Name, &p.Span, pc)
			return
		}
		c.pattern(p.Pattern, pc)
		c.storeName(p.Name, &p.Span, pc)
	case *ast.MatchOr:
		outer := pc.stores
		allow := pc.allowIrrefutable
		var control []string
		for i, alt := range p.Patterns {
			pc.stores = nil
			pc.allowIrrefutable = i == len(p.Patterns)-1 && allow
			c.pattern(alt, pc)
			if i == 0 {
				control = pc.stores
				continue
			}
			if !sameNames(control, pc.stores) {
				c.fail("alternative patterns bind different names", &p.Span)
			}
		}
		pc.stores = outer
		pc.allowIrrefutable = allow
		for _, n := range control {
			c.storeName(n, &p.Span, pc)
		}
	}
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
