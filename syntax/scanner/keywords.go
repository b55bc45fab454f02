package scanner

import "github.com/pygo/pygo/syntax/token"

// keyword returns the hard keyword kind of an ASCII name, or NAME; a
// string switch compiles to length and byte comparisons, cheaper than
// the map behind token.Lookup.
func keyword(name string) token.Kind {
	switch name {
	case "False":
		return token.FALSE
	case "None":
		return token.NONE
	case "True":
		return token.TRUE
	case "and":
		return token.AND
	case "as":
		return token.AS
	case "assert":
		return token.ASSERT
	case "async":
		return token.ASYNC
	case "await":
		return token.AWAIT
	case "break":
		return token.BREAK
	case "class":
		return token.CLASS
	case "continue":
		return token.CONTINUE
	case "def":
		return token.DEF
	case "del":
		return token.DEL
	case "elif":
		return token.ELIF
	case "else":
		return token.ELSE
	case "except":
		return token.EXCEPT
	case "finally":
		return token.FINALLY
	case "for":
		return token.FOR
	case "from":
		return token.FROM
	case "global":
		return token.GLOBAL
	case "if":
		return token.IF
	case "import":
		return token.IMPORT
	case "in":
		return token.IN
	case "is":
		return token.IS
	case "lambda":
		return token.LAMBDA
	case "nonlocal":
		return token.NONLOCAL
	case "not":
		return token.NOT
	case "or":
		return token.OR
	case "pass":
		return token.PASS
	case "raise":
		return token.RAISE
	case "return":
		return token.RETURN
	case "try":
		return token.TRY
	case "while":
		return token.WHILE
	case "with":
		return token.WITH
	case "yield":
		return token.YIELD
	}
	return token.NAME
}
