package report

import "github.com/pygo/pygo/syntax/ast"

// compileErrorFree approximates whether CPython's compiler (its symbol
// table and code generator, which run after the parser) accepts a parsed
// module. codeop.compile_command compiles a candidate fully, so a keyword
// typo fix such as "retrun x" -> "return x" at module level is rejected
// with "'return' outside function". pygo has no compiler yet: this checks
// the placement errors a keyword substitution typically produces (return,
// yield, await, break, continue, nonlocal, async for/with outside their
// context) at statement level; errors nested deeper in expressions are not
// seen.
func compileErrorFree(mod ast.Mod) bool {
	m, ok := mod.(*ast.Module)
	if !ok {
		return true
	}
	return stmtsOK(m.Body, placement{})
}

type placement struct {
	inFunc, inAsync, inLoop bool
}

func stmtsOK(list []ast.Stmt, p placement) bool {
	for _, s := range list {
		if !stmtOK(s, p) {
			return false
		}
	}
	return true
}

func exprOK(e ast.Expr, p placement) bool {
	switch e.(type) {
	case *ast.Yield, *ast.YieldFrom:
		return p.inFunc
	case *ast.Await:
		return p.inAsync
	}
	return true
}

func stmtOK(s ast.Stmt, p placement) bool {
	switch n := s.(type) {
	case *ast.FunctionDef:
		return stmtsOK(n.Body, placement{inFunc: true})
	case *ast.AsyncFunctionDef:
		return stmtsOK(n.Body, placement{inFunc: true, inAsync: true})
	case *ast.ClassDef:
		return stmtsOK(n.Body, placement{})
	case *ast.Return:
		return p.inFunc
	case *ast.Break, *ast.Continue:
		return p.inLoop
	case *ast.Nonlocal:
		return p.inFunc
	case *ast.ExprStmt:
		return exprOK(n.Value, p)
	case *ast.Assign:
		return exprOK(n.Value, p)
	case *ast.AugAssign:
		return exprOK(n.Value, p)
	case *ast.AnnAssign:
		return n.Value == nil || exprOK(n.Value, p)
	case *ast.For:
		return exprOK(n.Iter, p) && loopOK(n.Body, n.Orelse, p)
	case *ast.AsyncFor:
		return p.inAsync && loopOK(n.Body, n.Orelse, p)
	case *ast.While:
		return exprOK(n.Test, p) && loopOK(n.Body, n.Orelse, p)
	case *ast.If:
		return exprOK(n.Test, p) && stmtsOK(n.Body, p) && stmtsOK(n.Orelse, p)
	case *ast.With:
		return stmtsOK(n.Body, p)
	case *ast.AsyncWith:
		return p.inAsync && stmtsOK(n.Body, p)
	case *ast.Try:
		return tryOK(n.Body, n.Handlers, n.Orelse, n.Finalbody, p)
	case *ast.TryStar:
		return tryOK(n.Body, n.Handlers, n.Orelse, n.Finalbody, p)
	case *ast.Match:
		for _, c := range n.Cases {
			if !stmtsOK(c.Body, p) {
				return false
			}
		}
	}
	return true
}

func loopOK(body, orelse []ast.Stmt, p placement) bool {
	in := p
	in.inLoop = true
	return stmtsOK(body, in) && stmtsOK(orelse, p)
}

func tryOK(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt, p placement) bool {
	if !stmtsOK(body, p) || !stmtsOK(orelse, p) || !stmtsOK(final, p) {
		return false
	}
	for _, h := range handlers {
		if !stmtsOK(h.Body, p) {
			return false
		}
	}
	return true
}
