package parser

import "github.com/pygo/pygo/syntax/ast"

// noteStatement records a completed compound statement for
// scanner.Error.StmtLine. CPython remembers the position of the last if,
// while, for, with, try, class or match statement its parser completed
// (function definitions do not count), keeping the latest position, so an
// enclosing statement that completes after a nested one does not replace
// it. The traceback module starts its search for keyword typos there.
func (p *parser) noteStatement(s ast.Stmt) {
	switch s.(type) {
	case *ast.FunctionDef, *ast.AsyncFunctionDef:
		return
	}
	if line := int(s.GetSpan().Start.Line); line > p.lastStmtLine {
		p.lastStmtLine = line
	}
}
