package parser

// The rules below belong to CPython's development grammar (3.15), not to
// 3.14: 3.14.2 reports these programs with other messages or with a generic
// "invalid syntax". They are no-ops so that callers written from the newer
// grammar compile; callers should drop them.

// invalidRaiseStmt: not in 3.14 ("raise from x" is "invalid syntax").
func (p *parser) invalidRaiseStmt() {}

// invalidAssertStmt: not in 3.14 ("assert x = 1" is "invalid syntax").
func (p *parser) invalidAssertStmt() {}

// invalidIfExpression: not in 3.14.
func (p *parser) invalidIfExpression() {}

// invalidKvpairUnpacking: not in 3.14.
func (p *parser) invalidKvpairUnpacking() {}

// invalidStarredExpressionUnpackingSequence: not in 3.14.
func (p *parser) invalidStarredExpressionUnpackingSequence() {}

// invalidMappingPattern: not in 3.14.
func (p *parser) invalidMappingPattern() {}
