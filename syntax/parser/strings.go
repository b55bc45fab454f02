package parser

import (
	"strings"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// String literals: numbers' and strings' constants, implicit
// concatenation, and the assembly of JoinedStr and TemplateStr values.

// numberConstant builds the Constant of a NUMBER token.
func (p *parser) numberConstant(t *token.Token) ast.Expr {
	v, err := scanner.ParseNumber(t.Value)
	if err != nil {
		p.raiseAt(err.Kind, err.Msg, t.Start, t.End)
	}
	return &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}, Value: v}
}

// strPiece is one element of an implicit concatenation before merging: a
// Constant (from a STRING token or literal text of an f-string) or a
// FormattedValue / Interpolation.
type strPiece struct {
	node ast.Expr // the FormattedValue or Interpolation; nil for text
	text string   // decoded text
	span ast.Span
	u    bool // from a u-prefixed STRING: the merged constant gets kind "u"
}

// strings (memo):
//
//	| invalid_string_tstring_concat
//	| (fstring|string)+ -> concatenation
//	| tstring+ -> TemplateStr
func (p *parser) strings() ast.Expr {
	if r, ok := p.memoGet(memoStrings); ok {
		e, _ := r.(ast.Expr)
		return e
	}
	start := p.pos
	res := p.stringsRaw()
	p.memoPut(memoStrings, start, res)
	return res
}

func (p *parser) stringsRaw() ast.Expr {
	// How far the token stream had been read before this rule looked
	// ahead (see decodeStringToken).
	fetched := len(p.toks)
	if p.callInvalidRules {
		p.invalidStringTstringConcat()
	}
	start := p.mark()
	t := p.peek()
	if t.Kind == token.TSTRING_START {
		return p.tstrings()
	}
	var pieces []strPiece
	sawBytes, sawStr, sawF := false, false, false
	if t.Kind == token.STRING {
		// Decoded before the next token is read, as CPython's action
		// runs when the string is consumed: its warnings and errors come
		// before a lexical error in the next token.
		p.pos++
		v, isBytes := p.decodeStringToken(t, fetched)
		if !isStringStart(p.peek().Kind) {
			// A lone string: the common case.
			return stringConstant(t, v, isBytes)
		}
		sawBytes, sawStr = isBytes, !isBytes
		pieces = append(pieces, strPiece{text: v, span: ast.Span{Start: t.Start, End: t.End}, u: hasUPrefix(t.Value)})
	}
	for {
		t := p.peek()
		switch t.Kind {
		case token.STRING:
			p.pos++
			v, isBytes := p.decodeStringToken(t, fetched)
			if isBytes {
				sawBytes = true
			} else {
				sawStr = true
			}
			pieces = append(pieces, strPiece{text: v, span: ast.Span{Start: t.Start, End: t.End}, u: hasUPrefix(t.Value)})
			continue
		case token.FSTRING_START:
			m := p.mark()
			var ok bool
			pieces, ok = p.fstring(pieces)
			if !ok {
				p.reset(m)
				break
			}
			sawF = true
			continue
		}
		break
	}
	if len(pieces) == 0 && !sawF {
		p.reset(start)
		return nil
	}
	if sawBytes && (sawStr || sawF) {
		p.raiseSyntaxError("cannot mix bytes and nonbytes literals")
	}
	span := p.spanFrom(start)
	if !sawF {
		var sb strings.Builder
		for _, pc := range pieces {
			sb.WriteString(pc.text)
		}
		c := &ast.Constant{Span: span}
		if sawBytes {
			c.Value = ast.Bytes(sb.String())
		} else {
			c.Value = sb.String()
			if pieces[0].u {
				c.Kind = "u"
			}
		}
		return c
	}
	return &ast.JoinedStr{Span: span, Values: mergePieces(pieces)}
}

// tstrings parses tstring+ into a TemplateStr.
func (p *parser) tstrings() ast.Expr {
	start := p.mark()
	var pieces []strPiece
	n := 0
	for p.check(token.TSTRING_START) {
		m := p.mark()
		var ok bool
		pieces, ok = p.tstring(pieces)
		if !ok {
			p.reset(m)
			break
		}
		n++
	}
	if n == 0 {
		p.reset(start)
		return nil
	}
	return &ast.TemplateStr{Span: p.spanFrom(start), Values: mergePieces(pieces)}
}

func isStringStart(k token.Kind) bool {
	return k == token.STRING || k == token.FSTRING_START || k == token.TSTRING_START
}

// hasUPrefix reports whether a STRING token's text starts with a lowercase
// u: only that prefix gives the Constant kind "u" (U'a' has none).
func hasUPrefix(text string) bool {
	return text != "" && text[0] == 'u'
}

// stringConstant builds the Constant of a lone STRING token of value v.
func stringConstant(t *token.Token, v string, isBytes bool) ast.Expr {
	c := &ast.Constant{Span: ast.Span{Start: t.Start, End: t.End}}
	if isBytes {
		c.Value = ast.Bytes(v)
	} else {
		c.Value = v
		if hasUPrefix(t.Value) {
			c.Kind = "u"
		}
	}
	return c
}

// decodeStringToken decodes a STRING token (just consumed), recording its
// warnings and raising its decoding error. fetched is the number of tokens
// read before the strings rule began looking ahead.
//
// CPython decodes a STRING as the rule consumes it and raises a decoding
// error ("(unicode error) ...", "(value error) ...") with
// RAISE_SYNTAX_ERROR: at the last token its parser has read, which is the
// string itself unless an earlier attempt (since backtracked) read past
// it. Our lone-string shortcut peeks one token further, which CPython's
// parser has not read at that point, so that peek does not count.
func (p *parser) decodeStringToken(t *token.Token, fetched int) (string, bool) {
	v, isBytes, warns, err := scanner.DecodeString(t.Value)
	if err != nil && strings.HasPrefix(err.Msg, "(") {
		p.literalDiagnostics(t, warns, nil)
		last := max(fetched, p.pos) - 1
		p.raiseAtTok(kindSyntax, err.Msg, &p.toks[last])
	}
	p.literalDiagnostics(t, warns, err)
	return v, isBytes
}

// literalDiagnostics records the warnings of decoding a literal token and
// raises its error, if any, on the token.
func (p *parser) literalDiagnostics(t *token.Token, warns []scanner.Warning, err *scanner.Error) {
	// CPython does not warn again in the second pass.
	for _, w := range warns {
		if p.callInvalidRules {
			break
		}
		p.warnings = append(p.warnings, scanner.Warning{Category: w.Category, Msg: w.Msg, Lineno: int(t.Start.Line) + w.Lineno, Offset: w.Offset})
	}
	if err != nil {
		p.raiseKnownLocation(ast.Span{Start: t.Start, End: t.End}, err.Msg)
	}
}

// mergePieces is the value list of a JoinedStr or TemplateStr: adjacent
// text pieces are joined into one Constant spanning them all, and a
// Constant whose joined text is empty is left out (CPython's
// _get_resized_exprs).
func mergePieces(pieces []strPiece) []ast.Expr {
	var out []ast.Expr
	for i := 0; i < len(pieces); {
		pc := pieces[i]
		if pc.node != nil {
			out = append(out, pc.node)
			i++
			continue
		}
		j := i + 1
		for j < len(pieces) && pieces[j].node == nil {
			j++
		}
		text := pc.text
		if j > i+1 {
			var sb strings.Builder
			for _, q := range pieces[i:j] {
				sb.WriteString(q.text)
			}
			text = sb.String()
		}
		if text != "" {
			c := &ast.Constant{Span: ast.Span{Start: pc.span.Start, End: pieces[j-1].span.End}, Value: text}
			if pc.u {
				c.Kind = "u"
			}
			out = append(out, c)
		}
		i = j
	}
	return out
}
