// Package symtable builds the symbol tables of a Python 3.14 module, as
// CPython's compiler does between parsing and code generation, and raises
// the SyntaxErrors CPython raises at that stage. It also holds CheckCodegen,
// the SyntaxErrors (and SyntaxWarnings) CPython's code generator raises on
// a module whose symbol tables were built.
//
// Build makes two passes, like CPython: the first walks the syntax tree and
// records raw facts about every name in every block (bound here, used here,
// declared global, a parameter, ...); the second resolves each name's scope
// (local, global, free, cell) from the facts of the enclosing blocks, and
// inlines list, set and dict comprehensions into the block that contains
// them (PEP 709).
//
// The result matches what CPython's symtable module shows for the same
// source: the same blocks in the same order, with the same names, line
// numbers, parameters and symbol flags. (The symtable module builds its
// tables from the parser's tree directly; compile() first runs the AST
// preprocessor, which turns loads of __debug__ into constants, so a compiler
// built on this package should not count those loads.)
package symtable

import (
	"strings"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
)

// Flag is the set of raw facts about a name in one block: CPython's DEF_*
// bits, with the same values, so that Flags|Scope<<ScopeOffset is the
// number CPython's symtable module reports for the symbol.
type Flag uint32

const (
	DefGlobal    Flag = 1 << 0  // global statement
	DefLocal     Flag = 1 << 1  // assignment in code block
	DefParam     Flag = 1 << 2  // formal parameter
	DefNonlocal  Flag = 1 << 3  // nonlocal statement
	Use          Flag = 1 << 4  // name is used
	DefFree      Flag = 1 << 5  // name used but not defined in nested block (unused by CPython 3.14)
	DefFreeClass Flag = 1 << 6  // free variable from class's method
	DefImport    Flag = 1 << 7  // assignment by import
	DefAnnot     Flag = 1 << 8  // name is annotated
	DefCompIter  Flag = 1 << 9  // comprehension iteration variable
	DefTypeParam Flag = 1 << 10 // type parameter
	DefCompCell  Flag = 1 << 11 // cell in an inlined comprehension

	// DefBound is any binding of the name in the block.
	DefBound = DefLocal | DefParam | DefImport
)

// ScopeOffset is the shift of the scope in CPython's combined symbol value.
const ScopeOffset = 12

// Scope is the resolved scope of a name in a block.
type Scope uint8

const (
	ScopeNone      Scope = 0
	Local          Scope = 1
	GlobalExplicit Scope = 2
	GlobalImplicit Scope = 3
	Free           Scope = 4
	Cell           Scope = 5
)

// BlockType is the kind of a table, numbered as CPython's _symtable module
// numbers them.
type BlockType uint8

const (
	FunctionBlock       BlockType = 0
	ClassBlock          BlockType = 1
	ModuleBlock         BlockType = 2
	AnnotationBlock     BlockType = 3 // PEP 649 __annotate__ scope
	TypeAliasBlock      BlockType = 4 // the value of a `type` statement
	TypeParametersBlock BlockType = 5 // PEP 695 scope around a generic def/class/alias
	TypeVariableBlock   BlockType = 6 // a TypeVar bound or any type parameter default
)

var blockTypeNames = [...]string{"function", "class", "module", "annotation", "type alias", "type parameters", "type variable"}

func (b BlockType) String() string {
	if int(b) < len(blockTypeNames) {
		return blockTypeNames[b]
	}
	return "?"
}

// CompKind says which comprehension a function block implements.
type CompKind uint8

const (
	NoComprehension CompKind = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Symbol is one name of a block.
type Symbol struct {
	Name  string
	Flags Flag
	Scope Scope
}

// Value is CPython's combined symbol value: the flags with the scope above
// ScopeOffset.
func (s Symbol) Value() int { return int(s.Flags) | int(s.Scope)<<ScopeOffset }

// Loc is a source span: 1-based lines, 0-based byte columns, as in the AST.
type Loc struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

func locOf(s *ast.Span) Loc {
	return Loc{int(s.Start.Line), int(s.Start.Col), int(s.End.Line), int(s.End.Col)}
}

// Table is the symbol table of one block.
type Table struct {
	Type BlockType
	Name string
	Loc  Loc // the position CPython records for the block (its lineno is the symtable module's)
	// Nested is true when the block is inside a function-like block.
	Nested bool
	// Symbols in the order CPython enters them (except that names only
	// passing through to nested blocks as free variables, which CPython
	// adds in hash order, are added here in sorted order).
	Symbols []Symbol
	// Varnames lists the parameters, in order (CPython's ste_varnames).
	Varnames []string
	// Children are the nested blocks in source order. Comprehensions that
	// were inlined are not among them; their own children are, in their
	// place.
	Children []*Table

	Comprehension     CompKind
	Generator         bool // contains yield (or is a generator expression)
	Coroutine         bool // async def, or contains await / async comprehension
	ReturnsValue      bool
	Varargs           bool
	Varkeywords       bool
	NeedsClassClosure bool // class block: a method uses __class__ (super())
	NeedsClassdict    bool // class block: an annotation or type scope reads __classdict__
	// HasConditionalAnnotations: module or class whose annotations are
	// not all unconditionally executed (__conditional_annotations__).
	HasConditionalAnnotations bool
	CompInlined               bool // comprehension inlined into its parent (PEP 709)
	CanSeeClassScope          bool // annotation/type scope directly in a class
	HasDocstring              bool
	Method                    bool // function defined directly in a class body
	AnnotationsUsed           bool
	// AnnotationBlock is the __annotate__ scope of the annotated
	// assignments of a module or class (nil if none).
	AnnotationBlock *Table

	index map[string]int32 // name -> position in Symbols, once there are many

	// Build-time state.
	directives         []directive
	mangledNames       *nameList // shared with nested non-class blocks
	compIterTarget     bool
	compIterExpr       int
	inConditional      bool
	inUnevaluatedAnnot bool
	scopeInfo          string
}

type directive struct {
	name string
	loc  Loc
}

// indexThreshold is the number of symbols above which a table keeps a map
// from name to symbol; below it a linear scan is faster than hashing.
const indexThreshold = 12

// lookup returns the index of name in t.Symbols, or -1.
func (t *Table) lookup(name string) int {
	if t.index != nil {
		if i, ok := t.index[name]; ok {
			return int(i)
		}
		return -1
	}
	for i := range t.Symbols {
		if t.Symbols[i].Name == name {
			return i
		}
	}
	return -1
}

// Lookup returns the symbol for name and whether the block has it.
func (t *Table) Lookup(name string) (Symbol, bool) {
	if i := t.lookup(name); i >= 0 {
		return t.Symbols[i], true
	}
	return Symbol{}, false
}

// flags returns the raw flags of name (0 if absent).
func (t *Table) flags(name string) Flag {
	if i := t.lookup(name); i >= 0 {
		return t.Symbols[i].Flags
	}
	return 0
}

// add appends a new symbol; the caller has checked it is absent.
func (t *Table) add(name string, f Flag, sc Scope) int {
	t.Symbols = append(t.Symbols, Symbol{Name: name, Flags: f, Scope: sc})
	n := len(t.Symbols)
	if t.index != nil {
		t.index[name] = int32(n - 1)
	} else if n > indexThreshold {
		t.index = make(map[string]int32, 2*n)
		for i := range t.Symbols {
			t.index[t.Symbols[i].Name] = int32(i)
		}
	}
	return n - 1
}

// remove deletes name from the table (used once, for __class__ of an
// inlined comprehension in a class).
func (t *Table) remove(name string) {
	i := t.lookup(name)
	if i < 0 {
		return
	}
	t.Symbols = append(t.Symbols[:i], t.Symbols[i+1:]...)
	if t.index != nil {
		delete(t.index, name)
		for j := i; j < len(t.Symbols); j++ {
			t.index[t.Symbols[j].Name] = int32(j)
		}
	}
}

// IsFunctionLike reports whether the block has fast locals and can hold
// cells: functions, lambdas, comprehensions and the annotation and type
// scopes.
func (t *Table) IsFunctionLike() bool {
	switch t.Type {
	case FunctionBlock, AnnotationBlock, TypeVariableBlock, TypeAliasBlock, TypeParametersBlock:
		return true
	}
	return false
}

// IsOptimized is the symtable module's is_optimized(): a function block.
func (t *Table) IsOptimized() bool { return t.Type == FunctionBlock }

// Future holds the effect of the module's leading `from __future__`
// imports that matter after parsing.
type Future struct {
	Annotations bool // from __future__ import annotations
	// Loc is the position of the last leading future import, or Lineno -1
	// when there is none.
	Loc Loc
}

// Options control Build.
type Options struct {
	// TopLevelAwait allows await, async for/with and async comprehensions
	// at module level (compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT).
	TopLevelAwait bool
	// FutureAnnotations turns on `from __future__ import annotations` as
	// a compiler flag would (the module's own future imports always count).
	FutureAnnotations bool
}

// SymbolTable is the result of Build: the module's table with all nested
// tables beneath it, and an index from syntax tree nodes to their tables
// for the compiler.
type SymbolTable struct {
	Top      *Table
	Filename string
	Future   Future
	blocks   map[blockKey]*Table
}

// blockKey identifies the node that opens a block. CPython keys blocks by
// node address (plus one for the second block of a node); kind does that
// here.
type blockKey struct {
	node any
	kind uint8
}

// Kinds of blockKey beyond the node's own block.
const (
	keyOwn         uint8 = iota
	keyTypeParams        // the type-parameter block of a generic def/class/alias
	keyAnnotations       // the __annotate__ block of a def's arguments, or of a block's AnnAssigns
	keyDefault           // a type parameter's default (its bound or own default uses keyOwn)
)

// Lookup returns the table of the block a node opens: FunctionDef,
// AsyncFunctionDef, Lambda, ClassDef, TypeAlias (the alias value's block),
// ListComp, SetComp, DictComp, GeneratorExp, or a type parameter (its bound
// or, for ParamSpec and TypeVarTuple, its default).
func (s *SymbolTable) Lookup(node ast.Node) *Table { return s.blocks[blockKey{node, keyOwn}] }

// TypeParamsBlock returns the type-parameter block of a generic
// FunctionDef, AsyncFunctionDef, ClassDef or TypeAlias.
func (s *SymbolTable) TypeParamsBlock(node ast.Stmt) *Table {
	return s.blocks[blockKey{node, keyTypeParams}]
}

// AnnotationsBlock returns the __annotate__ block of a function's
// annotations (node is the FunctionDef's Arguments).
func (s *SymbolTable) AnnotationsBlock(args *ast.Arguments) *Table {
	return s.blocks[blockKey{args, keyAnnotations}]
}

// TypeVarDefaultBlock returns the block of a TypeVar's default value.
func (s *SymbolTable) TypeVarDefaultBlock(tv *ast.TypeVar) *Table {
	return s.blocks[blockKey{tv, keyDefault}]
}

// syntaxError builds CPython's SyntaxError for a compile-stage error at
// loc: its offsets are the byte columns plus one (CPython does not convert
// them to characters at this stage), and its text is left for AttachText.
func syntaxError(filename, msg string, loc Loc) *scanner.Error {
	return &scanner.Error{Kind: "SyntaxError", Msg: msg, Filename: filename,
		Lineno: loc.Lineno, Offset: loc.ColOffset + 1, EndLineno: loc.EndLineno, EndOffset: loc.EndColOffset + 1,
		NoText: true}
}

// AttachText sets err.Text to line err.Lineno of src, with its newline, as
// CPython does when it can read the file the error is in. Use it when
// the program came from a file (for -c or a string CPython has no text).
func AttachText(err *scanner.Error, src []byte) {
	if err == nil || err.Lineno < 1 {
		return
	}
	line := 1
	start := 0
	for line < err.Lineno {
		i := strings.IndexByte(string(src[start:]), '\n')
		if i < 0 {
			return
		}
		start += i + 1
		line++
	}
	if start >= len(src) {
		return
	}
	end := len(src)
	if i := strings.IndexByte(string(src[start:]), '\n'); i >= 0 {
		end = start + i + 1
	}
	// CPython reads the line with a 1000-byte buffer: longer lines are
	// cut to 999 bytes, and a character cut in two is replaced.
	if end-start > 999 {
		end = start + 999
	}
	err.Text = strings.ToValidUTF8(string(src[start:end]), "\uFFFD")
	err.NoText = false
}

// mangle applies private name mangling: __spam in class Ham is
// _Ham__spam, except for dunder names and dotted (import) names, and
// when the class name is all underscores.
func mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// nameList is a small set of names kept as a slice.
type nameList struct{ names []string }

func (n *nameList) has(s string) bool {
	for _, x := range n.names {
		if x == s {
			return true
		}
	}
	return false
}

func (n *nameList) add(s string) {
	if !n.has(s) {
		n.names = append(n.names, s)
	}
}
