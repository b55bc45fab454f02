// Package compiler turns a checked syntax tree into pygo bytecode: one
// bytecode.Code per module, class body, function, lambda, generator
// expression, non-inlined comprehension, annotation scope and
// type-parameter scope, shaped like CPython 3.14's code objects (names,
// qualified names, flags, parameter counts, varnames/cellvars/freevars
// orders, nesting).
//
// Registers are allocated in three classes while a unit is generated, with
// tagged virtual numbers, because CPython's varnames order (and so the
// number of locals) is only known once the whole unit has been generated:
// locals are numbered as they are met, cells and free variables get tags,
// and temporaries are a stack above a tag. finish() maps the tags onto
// the final layout (locals, cells, free variables, temporaries).
package compiler

import (
	"fmt"
	"math"
	"runtime/debug"
	"sort"

	"github.com/pygo/pygo/bytecode"
	"github.com/pygo/pygo/symtable"
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
)

// Options control Compile.
type Options struct {
	// Optimize is -O's level: 1 drops asserts and makes __debug__ False,
	// 2 also drops docstrings.
	Optimize int
	// TopLevelAwait allows await at module level (PyCF_ALLOW_TOP_LEVEL_AWAIT).
	TopLevelAwait bool
	// FutureAnnotations acts as `from __future__ import annotations`.
	FutureAnnotations bool
}

// Virtual register tags (see the package comment).
const (
	cellTag = 0x4000
	freeTag = 0x5000
	tempTag = 0x6000
	maxTemp = 0xFFFF - tempTag
)

type bailout struct{ err *scanner.Error }

// Compile compiles a parsed module. mode is "exec" (ast.Module), "eval"
// (ast.Expression) or "single" (ast.Interactive). It runs the symbol
// table and the compile-stage checks first and returns their SyntaxError,
// if any, in CPython's order.
func Compile(mod ast.Mod, filename string, mode string, opts Options) (code *bytecode.Code, warnings []scanner.Warning, err *scanner.Error) {
	st, warnings, err := symtable.Check(mod, filename, nil, symtable.Options{TopLevelAwait: opts.TopLevelAwait, FutureAnnotations: opts.FutureAnnotations})
	if err != nil {
		return nil, warnings, err
	}
	c := &compiler{st: st, filename: filename, opts: opts, future: st.Future.Annotations || opts.FutureAnnotations}
	c.futureFlags = futureFlags(mod)
	if c.future {
		c.futureFlags |= bytecode.FutureAnnotations
	}
	defer func() {
		if r := recover(); r != nil {
			code = nil
			if bo, ok := r.(bailout); ok {
				err = bo.err
				return
			}
			err = &scanner.Error{Kind: "SystemError", Msg: fmt.Sprintf("internal compiler error: %v\n%s", r, debug.Stack()), Filename: filename, NoText: true}
		}
	}()
	code = c.module(mod, mode)
	return code, append(warnings, c.warnings...), nil
}

type compiler struct {
	interactive *unit             // the "single" module unit, whose expression statements print
	warnings    []scanner.Warning // the code generator's own SyntaxWarnings
	extraFree   string            // a free variable the next unit needs beyond its table's
	futureFlags bytecode.Flags
	st          *symtable.SymbolTable
	filename    string
	opts        Options
	future      bool
	u           *unit
}

type label int32

// handler is an active exception handler: instructions emitted while it is
// innermost are covered by it.
type handler struct {
	target label
	reg    int
}

type fblockKind uint8

const (
	fbLoop fblockKind = iota
	fbFinally
	fbWith
	fbAsyncWith
	fbHandler  // inside an except clause: POP_EXCEPT on exit
	fbNamedExc // except ... as name: clear the name on exit
	fbForIter  // a for loop's iterator (nothing to pop in a register VM)
	fbExcGroup // except* body
	fbFinallyEnd
)

type fblock struct {
	kind            fblockKind
	brk, cont       label
	final           []ast.Stmt // fbFinally
	reg             int        // fbWith: exit function; fbHandler: saved exc info
	name            string     // fbNamedExc
	handlers        int        // len(u.handlers) at block entry
	span            *ast.Span
	loopStartHandle int
}

// unit is one code object being generated.
type unit struct {
	parent          *unit
	table           *symtable.Table
	code            *bytecode.Code
	private         string // class name for mangling
	isClass         bool
	scope           uint8
	firstStmtLine   int // module: line of its first statement
	fnLike          bool
	instrs          []bytecode.Instr
	locs            []bytecode.Loc
	handlerAt       []int32 // per instruction: index into handlerLog, -1 none
	handlerLog      []handler
	handlers        []int // stack of indexes into handlerLog
	labels          []int32
	consts          []any
	constIdx        map[any]int // index of the hashable constants
	names           []string
	nameIdx         map[string]int
	varIdx          map[string]int
	cells           map[string]int // cell and free names -> tagged register
	ntemp, maxTemps int
	loc             bytecode.Loc
	fblocks         []fblock
	caches          int
	hidden          map[string]bool // fast-hidden names of inlined comprehensions
	compCell        map[string]bool // cells made by inlined comprehensions
	compDeref       map[string]bool // compCell names inside their comprehension
	compFast        map[string]bool // cells of the unit that an inlined comprehension uses as plain locals
	compGlobal      map[string]bool // class names that an inlined comprehension reads as globals
	static          map[string]bool // class: attributes assigned through self in methods
	selfName        string          // method: its first parameter
	deferred        []*ast.AnnAssign
	annIndex        int
}

func (c *compiler) fail(msg string, span *ast.Span) {
	panic(bailout{&scanner.Error{Kind: "SyntaxError", Msg: msg, Filename: c.filename,
		Lineno: int(span.Start.Line), Offset: int(span.Start.Col) + 1, EndLineno: int(span.End.Line), EndOffset: int(span.End.Col) + 1, NoText: true}})
}

func locOf(s *ast.Span) bytecode.Loc {
	return bytecode.Loc{Line: s.Start.Line, EndLine: s.End.Line, Col: s.Start.Col, EndCol: s.End.Col}
}

// setLoc makes span the location of the instructions emitted next and
// returns the previous one.
func (c *compiler) setLoc(span *ast.Span) bytecode.Loc {
	old := c.u.loc
	if span != nil && span.Start.Line > 0 {
		c.u.loc = locOf(span)
	}
	return old
}

// newUnit starts generating a code object for table t.
func (c *compiler) newUnit(t *symtable.Table, name, qualname string, firstLine int, span *ast.Span) *unit {
	u := &unit{parent: c.u, table: t, nameIdx: map[string]int{}, varIdx: map[string]int{}, cells: map[string]int{}}
	u.code = &bytecode.Code{Name: name, QualName: qualname, Filename: c.filename, FirstLineNo: firstLine}
	if c.u != nil {
		u.private = c.u.private
	}
	if t != nil {
		u.fnLike = t.IsFunctionLike()
		u.isClass = t.Type == symtable.ClassBlock
		// Parameters first, in order.
		for _, v := range t.Varnames {
			u.varIdx[v] = len(u.code.VarNames)
			u.code.VarNames = append(u.code.VarNames, v)
		}
		// Cells: parameters that are cells keep their local register.
		var cells, frees []string
		compCell := map[string]bool{}
		for _, s := range t.Symbols {
			switch {
			case s.Scope == symtable.Cell && s.Flags&symtable.DefCompCell == 0:
				cells = append(cells, s.Name)
			case s.Flags&symtable.DefCompCell != 0:
				// A cell only inside inlined comprehensions: it gets its
				// own register, made fresh by each comprehension.
				cells = append(cells, s.Name)
				compCell[s.Name] = true
			}
			if s.Scope == symtable.Free || s.Flags&symtable.DefFreeClass != 0 {
				frees = append(frees, s.Name)
			}
		}
		if c.extraFree != "" {
			frees = append(frees, c.extraFree)
			c.extraFree = ""
		}
		sort.Strings(cells)
		sort.Strings(frees)
		if t.NeedsClassClosure {
			cells = append(cells, "__class__")
		}
		if t.NeedsClassdict {
			cells = append(cells, "__classdict__")
		}
		if t.HasConditionalAnnotations && (t.Type == symtable.ClassBlock || t.Type == symtable.ModuleBlock) {
			cells = append(cells, "__conditional_annotations__")
		}
		var paramCells []string
		var otherCells []string
		for _, n := range cells {
			if _, ok := u.varIdx[n]; ok {
				paramCells = append(paramCells, n)
			} else {
				otherCells = append(otherCells, n)
			}
		}
		sort.SliceStable(paramCells, func(i, j int) bool { return u.varIdx[paramCells[i]] < u.varIdx[paramCells[j]] })
		next := cellTag
		for _, n := range paramCells {
			r := u.varIdx[n]
			if compCell[n] {
				r = next
				next++
			}
			u.cells[n] = r
			u.code.CellVars = append(u.code.CellVars, n)
			u.code.CellRegs = append(u.code.CellRegs, r)
		}
		for _, n := range otherCells {
			u.cells[n] = next
			u.code.CellVars = append(u.code.CellVars, n)
			u.code.CellRegs = append(u.code.CellRegs, next)
			next++
		}
		u.compCell = compCell
		for i, n := range frees {
			u.cells[n] = freeTag + i
		}
		u.code.FreeVars = frees
	}
	if span != nil {
		u.loc = locOf(span)
	} else {
		u.loc = bytecode.Loc{Line: int32(max(firstLine, 1)), EndLine: int32(max(firstLine, 1))}
	}
	c.u = u
	// Prologue: make the cells, copy the closure.
	for _, r := range u.code.CellRegs {
		// Comprehension cells too: an inlined comprehension saves and
		// restores the unit's cell around its own fresh one.
		c.emit(bytecode.MakeCell, r, 0, 0, 0)
	}
	if len(u.code.FreeVars) > 0 {
		c.emit(bytecode.CopyFreeVars, len(u.code.FreeVars), 0, 0, 0)
	}
	return u
}

// emit appends an instruction at the current location.
func (c *compiler) emit(op bytecode.Op, a, b, cc int, x uint8) int {
	u := c.u
	u.instrs = append(u.instrs, bytecode.Make(op, a, b, cc, x))
	u.locs = append(u.locs, u.loc)
	h := int32(-1)
	if n := len(u.handlers); n > 0 {
		h = int32(u.handlers[n-1])
	}
	u.handlerAt = append(u.handlerAt, h)
	return len(u.instrs) - 1
}

// emitCached emits an op whose X is an inline-cache slot.
func (c *compiler) emitCached(op bytecode.Op, a, b, cc int) int {
	x := 0
	if c.u.caches < 255 {
		c.u.caches++
		x = c.u.caches
	}
	return c.emit(op, a, b, cc, uint8(x))
}

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

func (c *compiler) bind(l label) { c.u.labels[l] = int32(len(c.u.instrs)) }

// jump emits a jump op to l (patched in finish).
func (c *compiler) jump(op bytecode.Op, a, b int, l label) {
	c.u.instrs = append(c.u.instrs, bytecode.MakeJump(op, a, b, int(l)))
	c.u.locs = append(c.u.locs, c.u.loc)
	h := int32(-1)
	if n := len(c.u.handlers); n > 0 {
		h = int32(c.u.handlers[n-1])
	}
	c.u.handlerAt = append(c.u.handlerAt, h)
}

func (c *compiler) pushHandler(l label, reg int) {
	c.u.handlerLog = append(c.u.handlerLog, handler{l, reg})
	c.u.handlers = append(c.u.handlers, len(c.u.handlerLog)-1)
}

func (c *compiler) popHandler() { c.u.handlers = c.u.handlers[:len(c.u.handlers)-1] }

// tmp allocates a temporary register on top of the temp stack.
func (c *compiler) tmp() int {
	u := c.u
	if u.ntemp >= maxTemp {
		panic(bailout{&scanner.Error{Kind: "SystemError", Msg: "too many registers", Filename: c.filename, Lineno: int(u.loc.Line), NoText: true}})
	}
	r := tempTag + u.ntemp
	u.ntemp++
	if u.ntemp > u.maxTemps {
		u.maxTemps = u.ntemp
	}
	return r
}

// tmps allocates n consecutive temporaries and returns the first.
func (c *compiler) tmps(n int) int {
	r := tempTag + c.u.ntemp
	for i := 0; i < n; i++ {
		c.tmp()
	}
	return r
}

func (c *compiler) mark() int          { return c.u.ntemp }
func (c *compiler) release(m int)      { c.u.ntemp = m }
func isTemp(r int) bool                { return r >= tempTag && r != bytecode.NoReg }
func (c *compiler) topTemp(r int) bool { return r == tempTag+c.u.ntemp-1 }

// constIndex adds a constant (deduplicated) and returns its index.
func (c *compiler) constIndex(v any) int {
	u := c.u
	var key any
	switch x := v.(type) {
	case string, int64, bool, ast.NoneType, ast.EllipsisType, ast.Bytes:
		key = v
	case float64:
		key = floatKey(math.Float64bits(x))
	}
	if key != nil {
		if i, ok := u.constIdx[key]; ok {
			return i
		}
		if u.constIdx == nil {
			u.constIdx = map[any]int{}
		}
		u.consts = append(u.consts, v)
		u.constIdx[key] = len(u.consts) - 1
		return len(u.consts) - 1
	}
	for i, k := range u.consts {
		if bytecode.ConstsEqual(k, v) {
			return i
		}
	}
	u.consts = append(u.consts, v)
	return len(u.consts) - 1
}

// floatKey keys float constants by their bits (0.0 and -0.0 differ).
type floatKey uint64

// constPair adds two adjacent constants (IMPORT_NAME's level and fromlist).
func (c *compiler) constPair(a, b any) int {
	u := c.u
	for i := 0; i+1 < len(u.consts); i++ {
		if bytecode.ConstsEqual(u.consts[i], a) && bytecode.ConstsEqual(u.consts[i+1], b) {
			return i
		}
	}
	u.consts = append(u.consts, a, b)
	return len(u.consts) - 2
}

func (c *compiler) nameIndex(n string) int {
	u := c.u
	if i, ok := u.nameIdx[n]; ok {
		return i
	}
	u.names = append(u.names, n)
	u.nameIdx[n] = len(u.names) - 1
	return len(u.names) - 1
}

// local returns the register of fast local n, adding it to varnames.
func (c *compiler) local(n string) int {
	u := c.u
	if r, ok := u.varIdx[n]; ok {
		return r
	}
	r := len(u.code.VarNames)
	if r >= cellTag {
		panic(bailout{&scanner.Error{Kind: "SystemError", Msg: "too many local variables", Filename: c.filename, Lineno: int(u.loc.Line), NoText: true}})
	}
	u.varIdx[n] = r
	u.code.VarNames = append(u.code.VarNames, n)
	return r
}

// loadConst loads constant v into register dst.
func (c *compiler) loadConst(v any, dst int) {
	c.emit(bytecode.LoadConst, dst, c.constIndex(v), 0, 0)
}

// finish resolves labels, maps virtual registers and builds the exception
// table; the unit's Code is complete afterwards.
func (c *compiler) finish() *bytecode.Code {
	u := c.u
	code := u.code
	nv := len(code.VarNames)
	nOtherCells := 0
	for _, r := range code.CellRegs {
		if r >= cellTag {
			nOtherCells++
		}
	}
	code.FreeStart = nv + nOtherCells
	code.TempStart = code.FreeStart + len(code.FreeVars)
	code.NRegs = code.TempStart + u.maxTemps
	if code.NRegs > bytecode.NoReg {
		panic(bailout{&scanner.Error{Kind: "SystemError", Msg: "too many registers", Filename: c.filename, Lineno: code.FirstLineNo, NoText: true}})
	}
	mapReg := func(r int) int {
		switch {
		case r >= tempTag:
			return code.TempStart + r - tempTag
		case r >= freeTag:
			return code.FreeStart + r - freeTag
		case r >= cellTag:
			return nv + r - cellTag
		}
		return r
	}
	if len(u.instrs) >= bytecode.MaxJump {
		panic(bailout{&scanner.Error{Kind: "SystemError", Msg: "code too large", Filename: c.filename, Lineno: code.FirstLineNo, NoText: true}})
	}
	for i, in := range u.instrs {
		in = in.MapRegs(mapReg)
		if in.Op().IsJump() {
			in = in.SetTarget(int(u.labels[in.Target()]))
		}
		u.instrs[i] = in
	}
	for i, r := range code.CellRegs {
		code.CellRegs[i] = mapReg(r)
	}
	// Exception table: runs of instructions with the same handler.
	for pc := 0; pc < len(u.handlerAt); {
		h := u.handlerAt[pc]
		end := pc + 1
		for end < len(u.handlerAt) && u.handlerAt[end] == h {
			end++
		}
		if h >= 0 {
			hd := u.handlerLog[h]
			code.ExcTable = append(code.ExcTable, bytecode.ExcEntry{Start: int32(pc), End: int32(end),
				Handler: u.labels[hd.target], Reg: uint16(mapReg(hd.reg))})
		}
		pc = end
	}
	code.Flags |= c.futureFlags
	code.Instrs = u.instrs
	code.Locs = u.locs
	code.Consts = u.consts
	code.Names = u.names
	code.NCaches = u.caches
	c.u = u.parent
	if c.u != nil {
		c.u.code.Nested = append(c.u.code.Nested, code)
	}
	return code
}

// module compiles the top-level unit.
func (c *compiler) module(mod ast.Mod, mode string) *bytecode.Code {
	top := c.st.Top
	c.newUnit(top, "<module>", "<module>", 1, nil)
	c.u.code.FirstLineNo = 1
	switch m := mod.(type) {
	case *ast.Module:
		if len(m.Body) > 0 {
			c.setLoc(m.Body[0].GetSpan())
			c.u.firstStmtLine = int(m.Body[0].GetSpan().Start.Line)
		}
		c.moduleBody(m.Body, mode == "single")
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	case *ast.Interactive:
		if len(m.Body) > 0 {
			c.setLoc(m.Body[0].GetSpan())
		}
		c.moduleBody(m.Body, true)
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	case *ast.Expression:
		c.setLoc(m.Body.GetSpan())
		r := c.exprReg(m.Body)
		c.emit(bytecode.Return, r, 0, 0, 0)
	default:
		c.emit(bytecode.ReturnConst, c.constIndex(ast.None), 0, 0, 0)
	}
	return c.finish()
}

// interactive is set while compiling a "single" module: expression
// statements print their value.
func (c *compiler) moduleBody(body []ast.Stmt, interactive bool) {
	t := c.u.table
	if t.HasConditionalAnnotations {
		r := c.tmp()
		c.emit(bytecode.BuildSet, r, r, 0, 0)
		// The module makes the cell, like CPython, but uses the global.
		c.storeName("__conditional_annotations__", r)
		c.release(r - tempTag)
	}
	if c.future && hasAnnotations(body) {
		c.emit(bytecode.SetupAnnotations, 0, 0, 0, 0)
	}
	start := 0
	if !interactive && c.docstring(body) != nil {
		// A module docstring is stored as __doc__.
		s := body[0].(*ast.ExprStmt)
		c.setLoc(&s.Span)
		r := c.tmp()
		c.loadConst(c.docstring(body).Value, r)
		c.storeName("__doc__", r)
		c.release(r - tempTag)
		start = 1
	}
	if interactive {
		c.interactive = c.u
		defer func() { c.interactive = nil }()
	}
	for _, s := range body[start:] {
		c.stmt(s)
	}
	c.annotateFunction()
}

// docstring returns the docstring constant of a body, or nil.
func (c *compiler) docstring(body []ast.Stmt) *ast.Constant {
	if c.opts.Optimize >= 2 || len(body) == 0 {
		return nil
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	k, ok := e.Value.(*ast.Constant)
	if !ok {
		return nil
	}
	if _, ok := k.Value.(string); !ok {
		return nil
	}
	return k
}

func hasAnnotations(body []ast.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *ast.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if hasAnnotations(s.Body) {
				return true
			}
		case *ast.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		case *ast.TryStar:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		case *ast.Match:
			for _, mc := range s.Cases {
				if hasAnnotations(mc.Body) {
					return true
				}
			}
		}
	}
	return false
}

// futureFlags returns the co_flags bits of the module's leading
// `from __future__ import` statements (they mark every code object).
func futureFlags(mod ast.Mod) bytecode.Flags {
	m, ok := mod.(*ast.Module)
	if !ok {
		return 0
	}
	var f bytecode.Flags
	for i, s := range m.Body {
		if i == 0 {
			if e, ok := s.(*ast.ExprStmt); ok {
				if k, ok := e.Value.(*ast.Constant); ok {
					if _, ok := k.Value.(string); ok {
						continue
					}
				}
			}
		}
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" || imp.Level != 0 {
			break
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "division":
				f |= bytecode.FutureDivision
			case "absolute_import":
				f |= bytecode.FutureAbsoluteImport
			case "with_statement":
				f |= bytecode.FutureWithStatement
			case "print_function":
				f |= bytecode.FuturePrintFunction
			case "unicode_literals":
				f |= bytecode.FutureUnicodeLiterals
			case "barry_as_FLUFL":
				f |= bytecode.FutureBarryAsBDFL
			case "generator_stop":
				f |= bytecode.FutureGeneratorStop
			case "annotations":
				f |= bytecode.FutureAnnotations
			}
		}
	}
	return f
}
