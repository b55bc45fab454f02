package symtable

import (
	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
)

// FinallyWarnings returns the SyntaxWarnings of PEP 765, which CPython
// 3.14's AST preprocessor emits before the symbol table is built: a
// return, break or continue that would leave a finally block ("'return'
// in a 'finally' block").
func FinallyWarnings(mod ast.Mod) []scanner.Warning {
	w := &finallyWalker{}
	switch m := mod.(type) {
	case *ast.Module:
		w.stmts(m.Body)
	case *ast.Interactive:
		w.stmts(m.Body)
	}
	return w.warnings
}

type cfKind uint8

const (
	cfFunction cfKind = iota
	cfLoop
	cfFinally
)

type finallyWalker struct {
	stack    []cfKind
	warnings []scanner.Warning
}

func (w *finallyWalker) warn(what string, span *ast.Span) {
	w.warnings = append(w.warnings, scanner.Warning{Category: "SyntaxWarning",
		Msg: "'" + what + "' in a 'finally' block", Lineno: int(span.Start.Line), Offset: int(span.Start.Col) + 1})
}

func (w *finallyWalker) in(k cfKind, body []ast.Stmt) {
	w.stack = append(w.stack, k)
	w.stmts(body)
	w.stack = w.stack[:len(w.stack)-1]
}

func (w *finallyWalker) stmts(list []ast.Stmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *finallyWalker) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		w.in(cfFunction, s.Body)
	case *ast.AsyncFunctionDef:
		w.in(cfFunction, s.Body)
	case *ast.ClassDef:
		w.in(cfFunction, s.Body)
	case *ast.Return:
		// CPython checks only the innermost function, loop or finally:
		// a return in a loop in a finally block is not reported.
		w.loopExit("return", &s.Span)
	case *ast.Break:
		w.loopExit("break", &s.Span)
	case *ast.Continue:
		w.loopExit("continue", &s.Span)
	case *ast.For:
		w.in(cfLoop, s.Body)
		w.stmts(s.Orelse)
	case *ast.AsyncFor:
		w.in(cfLoop, s.Body)
		w.stmts(s.Orelse)
	case *ast.While:
		w.in(cfLoop, s.Body)
		w.stmts(s.Orelse)
	case *ast.If:
		w.stmts(s.Body)
		w.stmts(s.Orelse)
	case *ast.With:
		w.stmts(s.Body)
	case *ast.AsyncWith:
		w.stmts(s.Body)
	case *ast.Match:
		for _, c := range s.Cases {
			w.stmts(c.Body)
		}
	case *ast.Try:
		w.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.TryStar:
		w.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	}
}

func (w *finallyWalker) try(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt) {
	w.stmts(body)
	for _, h := range handlers {
		w.stmts(h.Body)
	}
	w.stmts(orelse)
	w.in(cfFinally, final)
}

// loopExit warns for a return, break or continue directly in a finally
// block: one whose innermost enclosing loop, function or finally block is
// the finally block.
func (w *finallyWalker) loopExit(what string, span *ast.Span) {
	if n := len(w.stack); n > 0 && w.stack[n-1] == cfFinally {
		w.warn(what, span)
	}
}
