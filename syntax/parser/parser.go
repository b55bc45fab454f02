// Package parser builds the ast of a Python 3.14 program from its tokens.
//
// It is a hand-written PEG parser that follows the structure of CPython's
// grammar, so that it accepts exactly the same programs and builds exactly
// the same trees. Like CPython it parses in up to two passes: the first pass
// uses only the rules of valid programs; when it fails, a second pass runs
// with the "invalid_" rules enabled, which recognise common mistakes and
// raise CPython's targeted SyntaxError messages. Only when neither pass
// produced a specific error is a generic "invalid syntax" reported.
//
// Naming: a grammar rule foo_bar is implemented by method fooBar, and an
// invalid_foo rule by invalidFoo. Rule methods return nil (or false) on
// failure with p.pos restored to where the rule started; they raise a
// SyntaxError by calling one of the raise methods, which abandons the parse
// through a panic recovered in Parse.
package parser

import (
	"fmt"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// Options control what Parse accepts.
type Options struct {
	// Mode is the start rule: "exec" (the default when empty), "eval",
	// "single" or "func_type", as the mode argument of compile().
	Mode string
	// TypeComments enables "# type:" comments (ast.parse's type_comments).
	TypeComments bool
	// FileInput reads src as `python3.14 FILE` does (scanner.FileInput):
	// the file tokenizer's errors for bad bytes, and its cursor at the end
	// of input.
	FileInput bool
	// AllowIncompleteInput is compile()'s PyCF_ALLOW_INCOMPLETE_INPUT, used
	// by codeop: a parse that fails once the scanner has reached the end of
	// the input fails with IncompleteInput instead.
	AllowIncompleteInput bool
}

// IncompleteInput is the Kind of the error Parse returns for incomplete
// input when Options.AllowIncompleteInput is set (CPython's
// _IncompleteInputError).
const IncompleteInput = "_IncompleteInputError"

// Parse parses src, the raw bytes of a source file (its encoding is
// detected as CPython does), and returns the module node. On failure it
// returns a nil node and the SyntaxError. Warnings (such as the
// SyntaxWarning for invalid escape sequences) are returned in both cases.
func Parse(filename string, src []byte, opts Options) (ast.Mod, []scanner.Warning, *scanner.Error) {
	mode := scanner.Mode(0)
	if opts.TypeComments {
		mode |= scanner.TypeComments
	}
	if opts.FileInput {
		mode |= scanner.FileInput
	}
	mode |= modeScannerFlags(opts.Mode)
	sc, err := scanner.New(filename, src, mode)
	if err != nil {
		return nil, nil, err
	}
	return parseWith(sc, opts)
}

// ParseString is Parse for source that is already text, as ast.parse(str):
// a coding declaration in it is ignored.
func ParseString(filename string, src string, opts Options) (ast.Mod, []scanner.Warning, *scanner.Error) {
	mode := scanner.Mode(0)
	if opts.TypeComments {
		mode |= scanner.TypeComments
	}
	mode |= modeScannerFlags(opts.Mode)
	return parseWith(scanner.NewString(filename, src, mode), opts)
}

// modeScannerFlags: CPython adds a newline to the source only in the exec
// mode, and reads error lines back from the file only then.
func modeScannerFlags(mode string) scanner.Mode {
	switch mode {
	case "eval", "single", "func_type":
		return scanner.NoImplicitNewline
	}
	return 0
}

func parseWith(sc *scanner.Scanner, opts Options) (mod ast.Mod, warnings []scanner.Warning, err *scanner.Error) {
	return newParser(sc, opts).parse()
}

func newParser(sc *scanner.Scanner, opts Options) *parser {
	p := &parser{sc: sc, opts: opts}
	// Reserve room for the tokens up front: Python source averages about
	// one token per 8 bytes, so this mostly avoids regrowing (and copying)
	// the token slice.
	p.toks = make([]token.Token, 0, len(sc.SrcString())/8+64)
	return p
}

// parse runs the parse, turning any internal panic into an error.
func (p *parser) parse() (mod ast.Mod, warnings []scanner.Warning, err *scanner.Error) {
	sc := p.sc
	defer func() {
		// Anything other than our own bailout is an internal error: report
		// it as a SystemError-like failure rather than crash the caller.
		if r := recover(); r != nil {
			mod = nil
			warnings = p.warnings
			err = &scanner.Error{Kind: "SystemError", Msg: fmt.Sprintf("internal parser error: %v", r), Filename: sc.Filename(), NoText: true}
		}
	}()
	mod = p.run()
	if p.err != nil {
		p.err.StmtLine = p.lastStmtLine
		return nil, p.warnings, p.err
	}
	return mod, p.warnings, nil
}

// bailout is the panic value used to abandon a parse once p.err is set.
type bailout struct{}

// parser holds the state of one parse.
type parser struct {
	sc   *scanner.Scanner
	opts Options

	toks []token.Token // tokens fetched so far; toks[pos] is the next one
	pos  int

	// callInvalidRules is set for the second pass, which enables the
	// invalid_ alternatives.
	callInvalidRules bool

	level int // rule recursion depth, to fail cleanly on pathological nesting
	// steps counts the calls of mark (nearly every rule's entry) over
	// both passes: a deterministic measure of the parser's work, which
	// tests bound to catch exponential backtracking.
	steps int
	// stepLimit, when positive, abandons the parse once steps reaches it,
	// checked in enter (tests use it to fail fast instead of hanging).
	stepLimit int

	err      *scanner.Error
	warnings []scanner.Warning
	// scanWarnings counts the scanner's warnings already copied into
	// warnings.
	scanWarnings int

	// barryAsFLUFL is set by "from __future__ import barry_as_FLUFL",
	// which makes '<>' the inequality operator instead of '!='.
	barryAsFLUFL bool

	// lastEndNL records that the last token fetched is a NEWLINE standing
	// for the end of input in the single mode (see fill).
	lastEndNL bool

	// memo holds the results of the memoized rules (see memoTable).
	memo memoTable

	// lastStmtLine is the line of the last compound statement completed
	// (see noteStatement), reported as scanner.Error.StmtLine.
	lastStmtLine int
}

// run parses the whole input with the start rule selected by the mode.
// When the first pass fails, failedParse (errors.go) runs the second pass
// and settles which error to report.
func (p *parser) run() ast.Mod {
	var mod ast.Mod
	if p.try(func() { mod = p.startRule() }) && mod != nil {
		if p.opts.Mode == "single" && p.badSingleStatement() {
			p.tryRaise(func() {
				p.raiseSyntaxError("multiple statements found while compiling a single statement")
			})
			return nil
		}
		if m, ok := mod.(*ast.Interactive); ok {
			// The file rule checks its own; CPython checks the future
			// imports after the single-statement test.
			if !p.try(func() { p.checkFutureImports(m.Body) }) {
				return nil
			}
		}
		return mod
	}
	if p.opts.AllowIncompleteInput && p.sc.ReachedEnd() {
		p.err = &scanner.Error{Kind: IncompleteInput, Msg: "incomplete input", Filename: p.sc.Filename(), NoText: true}
		return nil
	}
	p.failedParse()
	return nil
}

// badSingleStatement reports whether source text other than white space
// and comments follows the statement parsed in the single mode, which
// CPython rejects (its bad_single_statement looks at the raw text after
// the last token the tokenizer produced).
func (p *parser) badSingleStatement() bool {
	if len(p.toks) == 0 {
		return false
	}
	src := p.sc.SrcString()
	i := int(p.toks[len(p.toks)-1].EndOffset)
	for i < len(src) {
		switch c := src[i]; c {
		case ' ', '\t', '\n', '\r', '\f':
			i++
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		default:
			return true
		}
	}
	return false
}

// try runs f, converting a bailout panic into a false result. Other panics
// propagate to parseWith's recover.
func (p *parser) try(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isBail := r.(bailout); !isBail {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return p.err == nil
}

// startRule dispatches on the mode.
func (p *parser) startRule() ast.Mod {
	switch p.opts.Mode {
	case "", "exec":
		return p.fileRule()
	case "eval":
		return p.evalRule()
	case "single":
		return p.interactiveRule()
	case "func_type":
		return p.funcTypeRule()
	}
	p.err = &scanner.Error{Kind: "ValueError", Msg: "compile() mode must be 'exec', 'eval', 'single' or 'func_type'", NoText: true}
	panic(bailout{})
}

// ---- token access ----

// fill makes toks[i] available, pulling tokens from the scanner. A lexical
// error raises it at once, as CPython's parser does when the tokenizer
// fails.
func (p *parser) fill(i int) {
	for len(p.toks) <= i {
		t := p.scanNext()
		if t.Kind == token.ILLEGAL {
			if err := p.sc.Err(); err != nil {
				p.err = err
				panic(bailout{})
			}
			// An ILLEGAL token without an error is a character such as
			// '$' or '?' that CPython's tokenizer passes on as an OP
			// token no rule accepts: keep it, so that the parse fails
			// there with the generic error.
		}
		if t.Kind == token.NEWLINE && p.sc.AddedFinalNewline() && int(t.EndOffset) == len(p.sc.SrcString())-1 {
			// The NEWLINE of the newline the scanner added to a source
			// without one.
			switch p.opts.Mode {
			case "eval", "func_type":
				// CPython adds none in these modes: no token.
				continue
			case "single":
				// Nor in this one, but the end of input that follows
				// reads as a NEWLINE here (see below), which is this.
				t.Value = endNLValue
			}
		}
		if p.opts.Mode == "single" {
			if t.Kind == token.ENDMARKER && !p.lastEndNL && len(p.toks) > 0 {
				// As CPython does for the single-statement mode, the end
				// of input reads as a NEWLINE (so that a compound
				// statement can be closed by it) unless the input was
				// empty or the token before was such a NEWLINE; DEDENTs
				// closing open blocks follow it, then the end again.
				t.Kind = token.NEWLINE
				t.Value = endNLValue
			}
			p.lastEndNL = t.Kind == token.NEWLINE && t.Value == endNLValue
		}
		p.toks = append(p.toks, t)
	}
}

// scanNext returns the scanner's next token, collecting the warnings the
// scanner raised for it: CPython's tokenizer warns as it produces a token,
// so its warnings interleave with the parser's in fetch order.
func (p *parser) scanNext() token.Token {
	t := p.sc.Next()
	if ws := p.sc.Warnings(); len(ws) > p.scanWarnings {
		p.warnings = append(p.warnings, ws[p.scanWarnings:]...)
		p.scanWarnings = len(ws)
	}
	return t
}

// endNLValue marks a NEWLINE token that stands for the end of input in the
// single mode: CPython's converted ENDMARKER, which keeps the ENDMARKER's
// lack of columns in error messages.
const endNLValue = "\x00end"

// isEndNL reports whether t is such a NEWLINE.
func isEndNL(t *token.Token) bool { return t.Kind == token.NEWLINE && t.Value == endNLValue }

// peek returns the next token without consuming it.
func (p *parser) peek() *token.Token {
	if p.pos >= len(p.toks) {
		p.fill(p.pos)
	}
	return &p.toks[p.pos]
}

// peekAt returns the token n places after the next one (peekAt(0) is peek()).
func (p *parser) peekAt(n int) *token.Token {
	if p.pos+n >= len(p.toks) {
		p.fill(p.pos + n)
	}
	return &p.toks[p.pos+n]
}

// next consumes and returns the next token.
func (p *parser) next() *token.Token {
	t := p.peek()
	p.pos++
	return t
}

// mark returns the current position, for reset. Nearly every rule marks
// its start, so mark also counts the parser's steps.
func (p *parser) mark() int {
	p.steps++
	return p.pos
}

// reset backtracks to a position returned by mark.
func (p *parser) reset(m int) { p.pos = m }

// expect consumes the next token if it has kind k and returns it, else nil.
func (p *parser) expect(k token.Kind) *token.Token {
	t := p.peek()
	if t.Kind != k {
		return nil
	}
	p.pos++
	return t
}

// check reports whether the next token has kind k, without consuming it.
func (p *parser) check(k token.Kind) bool { return p.peek().Kind == k }

// expectSoftKeyword consumes the next token if it is the NAME kw.
func (p *parser) expectSoftKeyword(kw string) *token.Token {
	t := p.peek()
	if t.Kind != token.NAME || t.Value != kw {
		return nil
	}
	p.pos++
	return t
}

// lastTok returns the most recently consumed token.
func (p *parser) lastTok() *token.Token { return &p.toks[p.pos-1] }

// spanFrom returns the span from the start of token index start to the
// end of the last consumed token that is not a NEWLINE, INDENT, DEDENT or
// ENDMARKER: the position CPython gives a node built by a rule that began
// at start (its EXTRA, whose end comes from
// _PyPegen_get_last_nonnwhitespace_token; so a compound statement ends
// with its last statement, not with the DEDENT closing its block).
func (p *parser) spanFrom(start int) ast.Span {
	i := p.pos - 1
	for i > 0 && isWhitespaceToken(p.toks[i].Kind) {
		i--
	}
	return ast.Span{Start: p.toks[start].Start, End: p.toks[i].End}
}

// isWhitespaceToken reports whether k is a token EXTRA's end skips.
func isWhitespaceToken(k token.Kind) bool {
	switch k {
	case token.NEWLINE, token.INDENT, token.DEDENT, token.ENDMARKER:
		return true
	}
	return false
}

// ---- errors ----

// raiseAt records a SyntaxError (or kind: IndentationError, TabError) with
// the given message and source span and abandons the parse. A zero end
// means the end is unknown. The CPython-specific placement rules
// (RAISE_SYNTAX_ERROR_KNOWN_LOCATION and friends) are built on top of it in
// errors.go.
func (p *parser) raiseAt(kind, msg string, start, end token.Pos) {
	if p.err == nil {
		p.err = p.sc.ErrorAt(kind, msg, start, end)
	}
	panic(bailout{})
}

// warn records a warning (e.g. a SyntaxWarning) at a position.
func (p *parser) warn(category, msg string, at token.Pos) {
	p.warnings = append(p.warnings, scanner.Warning{Category: category, Msg: msg, Lineno: int(at.Line), Offset: p.sc.CharOffset(int(at.Line), int(at.Col)) + 1})
}

// ---- memoization ----

// memoRule names a memoized rule. CPython memoizes a few rules (those
// marked (memo) in its grammar, plus the left-recursive ones) so that
// backtracking does not reparse them; without it some inputs, such as
// nested parentheses tried as targets and then as expressions, take
// exponential time. Add a constant here for each rule that memoizes.
//
// A lookup costs time on every call, so only rules whose cache pays are
// memoized: disjunction, star_expression and star_target are not (their
// caches were almost never hit on the stdlib, and the inputs of
// nested_timing_test.go stay fast without them); bitwise_or,
// target_with_star_atom and block are, although valid programs rarely hit
// them, because the second pass (invalid_ rules) and nested targets or
// blocks are exponential without them.
type memoRule uint8

const (
	memoBlock memoRule = iota
	memoClosedPattern
	memoStarPattern
	memoTypeParam
	memoImportStmt
	memoSimpleStmt
	// Expression rules (the expr engineer's).
	memoExpression
	memoDisjunction
	memoConjunction
	memoInversion
	memoFactor
	memoAwaitPrimary
	memoStarExpression
	memoStarTarget
	memoTargetWithStarAtom
	memoDelTarget
	memoTPrimary
	memoStrings
	memoArguments
	memoTstring
	memoBitwiseOr
	// invalid_named_expression, (memo) in CPython's grammar: every
	// named_expression of the second pass tries it, and it reparses the
	// same expression up to five ways (expression, list, tuple, genexp,
	// bitwise_or), so nested brackets are exponential without it.
	memoInvalidNamedExpression
	memoSpare2
	memoSpare3
	numMemoRules
)

// memoSize is the number of entries each rule's cache holds. The caches
// are direct-mapped by the start token index: backtracking revisits
// nearby positions, so a small cache catches nearly every repeat while
// costing no allocation and a fixed amount of memory.
const memoSize = 512

// memoEntry is one cached result. start is the token index the rule was
// tried at plus one, so that the zero entry is empty.
type memoEntry struct {
	start int32
	end   int32
	node  any // nil: the rule failed there
}

// memoTable holds one cache per rule, allocated on the rule's first
// memoized result so that a parse pays only for the rules it uses.
type memoTable [numMemoRules]*[memoSize]memoEntry

func (t *memoTable) clear() {
	for _, c := range t {
		if c != nil {
			*c = [memoSize]memoEntry{}
		}
	}
}

// memoGet looks up rule r at the current position. On a hit it moves
// p.pos to where the memoized attempt ended and returns its result (nil
// for a failure) and true.
//
// Typical use, for a rule returning ast.Expr:
//
//	func (p *parser) fooRule() ast.Expr {
//		if r, ok := p.memoGet(memoFoo); ok {
//			e, _ := r.(ast.Expr)
//			return e
//		}
//		start := p.pos
//		res := p.fooRuleRaw()
//		p.memoPut(memoFoo, start, res)
//		return res
//	}
//
// Careful: storing a nil ast.Expr in the any gives a nil any, which is
// what memoGet expects for a failure; storing a typed nil pointer (say a
// (*ast.Call)(nil)) would not be, so convert such results first.
func (p *parser) memoGet(r memoRule) (any, bool) {
	c := p.memo[r]
	if c == nil {
		return nil, false
	}
	e := &c[p.pos&(memoSize-1)]
	if e.start != int32(p.pos)+1 {
		return nil, false
	}
	p.pos = int(e.end)
	return e.node, true
}

// memoPut records the result of rule r tried at token index start, ending
// at the current position.
func (p *parser) memoPut(r memoRule, start int, node any) {
	c := p.memo[r]
	if c == nil {
		c = new([memoSize]memoEntry)
		p.memo[r] = c
	}
	c[start&(memoSize-1)] = memoEntry{start: int32(start) + 1, end: int32(p.pos), node: node}
}

// ---- node helpers ----

// nameExpr builds a Name node for a NAME token.
func nameExpr(t *token.Token, ctx ast.ExprContext) *ast.Name {
	return &ast.Name{Span: ast.Span{Start: t.Start, End: t.End}, Id: t.Value, Ctx: ctx}
}

// expectForced is CPython's forced token (&&'x' in the grammar): when the
// next token is not of kind k it raises "expected 'x'" on that token at
// once, in either pass.
func (p *parser) expectForced(k token.Kind, text string) *token.Token {
	t := p.peek()
	if t.Kind != k {
		p.raiseAtTok(kindSyntax, "expected '"+text+"'", t)
	}
	p.pos++
	return t
}
