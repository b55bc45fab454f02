package parser

import (
	"strings"

	"github.com/pygo/pygo/syntax/ast"
	"github.com/pygo/pygo/syntax/scanner"
	"github.com/pygo/pygo/syntax/token"
)

// F-strings and t-strings (PEP 701, PEP 750):
//
//	fstring: FSTRING_START fstring_middle* FSTRING_END
//	fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
//	fstring_replacement_field:
//	    | '{' annotated_rhs '='? [fstring_conversion] [fstring_full_format_spec] '}'
//	    | invalid_fstring_replacement_field
//	fstring_conversion: "!" NAME
//	fstring_full_format_spec: ':' fstring_format_spec*
//	fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
//
// and the same for t-strings, whose fields are Interpolations (fields in
// their format specs stay FormattedValues).

// fstring parses one f-string, appending its pieces (literal text and
// FormattedValues, not yet merged) to pieces.
func (p *parser) fstring(pieces []strPiece) ([]strPiece, bool) {
	return p.fstringLike(pieces, token.FSTRING_START, token.FSTRING_MIDDLE, token.FSTRING_END, false)
}

// tstring (memo) parses one t-string, appending its pieces.
func (p *parser) tstring(pieces []strPiece) ([]strPiece, bool) {
	return p.fstringLike(pieces, token.TSTRING_START, token.TSTRING_MIDDLE, token.TSTRING_END, true)
}

func (p *parser) fstringLike(pieces []strPiece, startK, middleK, endK token.Kind, isT bool) ([]strPiece, bool) {
	st := p.peek()
	if st.Kind != startK {
		return pieces, false
	}
	start := p.mark()
	raw := strings.ContainsAny(st.Value, "rR")
	p.pos++
	n := len(pieces)
	// CPython decodes the literal text in the f-string's action, once its
	// end is reached: a decoding error is reported then, at the last token
	// fetched.
	var decodeErr *scanner.Error
	for {
		t := p.peek()
		switch t.Kind {
		case middleK:
			p.pos++
			v, warns, err := scanner.DecodeFStringMiddle(t.Value, raw)
			if warns != nil {
				p.literalDiagnostics(t, warns, nil)
			}
			if err != nil && decodeErr == nil {
				decodeErr = err
			}
			pieces = append(pieces, strPiece{text: v, span: p.middleSpan(t)})
			continue
		case token.LBRACE:
			var f ast.Expr
			if isT {
				f = p.replacementField(raw, middleK, true, true)
			} else {
				f = p.replacementField(raw, middleK, false, false)
			}
			if f == nil {
				p.reset(start)
				return pieces[:n], false
			}
			pieces = appendField(pieces, f)
			continue
		case endK:
			p.pos++
			if decodeErr != nil {
				p.raiseSyntaxError(decodeErr.Msg)
			}
			return pieces, true
		}
		p.reset(start)
		return pieces[:n], false
	}
}

// debugField is the result of a replacement field with '=': the debug
// text constant and the formatted value (CPython returns them as a
// JoinedStr that the enclosing string flattens).
type debugField struct {
	ast.JoinedStr
}

// appendField appends a replacement field's result to pieces.
func appendField(pieces []strPiece, f ast.Expr) []strPiece {
	if d, ok := f.(*debugField); ok {
		c := d.Values[0].(*ast.Constant)
		pieces = append(pieces, strPiece{text: c.Value.(string), span: c.Span})
		return append(pieces, strPiece{node: d.Values[1]})
	}
	return append(pieces, strPiece{node: f})
}

// decodeMiddle decodes the literal text of an FSTRING_MIDDLE or
// TSTRING_MIDDLE token of a format spec (decoded, and any error raised,
// as soon as it is read).
func (p *parser) decodeMiddle(t *token.Token, raw bool) string {
	v, warns, err := scanner.DecodeFStringMiddle(t.Value, raw)
	if warns != nil || err != nil {
		p.literalDiagnostics(t, warns, err)
	}
	return v
}

// middleSpan is the position of the Constant made from a middle token. A
// piece ending in a doubled brace ("{{" or "}}") holds one brace and the
// token stops before the second, but CPython's node covers both.
func (p *parser) middleSpan(t *token.Token) ast.Span {
	sp := ast.Span{Start: t.Start, End: t.End}
	if v := t.Value; v != "" {
		c := v[len(v)-1]
		if c == '{' || c == '}' {
			src := p.sc.SrcString()
			if int(t.EndOffset) < len(src) && src[t.EndOffset] == c {
				sp.End.Col++
			}
		}
	}
	return sp
}

// replacementField parses a replacement field, the next token being '{':
//
//	'{' annotated_rhs '='? [fstring_conversion] [format_spec] '}'
//
// building an Interpolation when interp is set, else a FormattedValue. A
// field with '=' gives a *debugField. isT selects the t-string rules for
// the format spec, whose text tokens have kind middleK.
func (p *parser) replacementField(raw bool, middleK token.Kind, isT, interp bool) ast.Expr {
	start := p.mark()
	if f := p.replacementFieldBody(raw, middleK, isT, interp); f != nil {
		return f
	}
	p.reset(start)
	if p.callInvalidRules {
		if isT {
			p.invalidTstringReplacementField()
		} else {
			p.invalidFstringReplacementField()
		}
	}
	return nil
}

func (p *parser) replacementFieldBody(raw bool, middleK token.Kind, isT, interp bool) ast.Expr {
	start := p.mark()
	lbrace := p.expect(token.LBRACE)
	if lbrace == nil {
		return nil
	}
	p.enter()
	defer p.leave()
	value := p.annotatedRhs()
	if value == nil {
		return nil
	}
	exprEnd := p.mark() // index of the token after the expression
	var debug *token.Token
	if p.check(token.EQUAL) {
		debug = p.next()
	}
	afterDebug := p.mark()
	conversion := ast.ConvNone
	if p.check(token.EXCLAMATION) {
		c, ok := p.fstringConversion(isT)
		if !ok {
			return nil
		}
		conversion = c
	}
	var spec ast.Expr
	if p.check(token.COLON) {
		spec = p.fullFormatSpec(raw, middleK, isT)
		if spec == nil {
			return nil
		}
	}
	if p.expect(token.RBRACE) == nil {
		return nil
	}
	if debug != nil && conversion == ast.ConvNone && spec == nil {
		// f"{x=}" shows the repr by default.
		conversion = ast.ConvRepr
	}
	span := p.spanFrom(start)
	var node ast.Expr
	if interp {
		node = &ast.Interpolation{Span: span, Value: value, Str: p.fieldExprText(start, exprEnd), Conversion: conversion, FormatSpec: spec}
	} else {
		node = &ast.FormattedValue{Span: span, Value: value, Conversion: conversion, FormatSpec: spec}
	}
	if debug == nil {
		return node
	}
	// The debug text runs from after '{' to the token after '=', as
	// written (comments left out).
	next := &p.toks[afterDebug]
	text := p.sourceWithoutComments(start, afterDebug)
	c := &ast.Constant{Span: ast.Span{Start: lbrace.End, End: next.Start}, Value: text}
	return &debugField{ast.JoinedStr{Span: span, Values: []ast.Expr{c, node}}}
}

// fstringConversion: "!" NAME, checked as CPython's
// _PyPegen_check_fstring_conversion. In the second pass a missing or
// invalid conversion raises through invalid_fstring_conversion_character.
func (p *parser) fstringConversion(isT bool) (int, bool) {
	prefix := "f-string: "
	if isT {
		prefix = "t-string: "
	}
	start := p.mark()
	bang := p.next()
	name := p.peek()
	if name.Kind != token.NAME {
		p.reset(start)
		return 0, false
	}
	p.pos++
	if bang.End != name.Start {
		p.raiseKnownRange(ast.Span{Start: bang.Start, End: bang.End}, ast.Span{Start: name.Start, End: name.End}, prefix+"conversion type must come right after the exclamation mark")
	}
	switch name.Value {
	case "s":
		return ast.ConvStr, true
	case "r":
		return ast.ConvRepr, true
	case "a":
		return ast.ConvASCII, true
	}
	p.raiseKnownLocation(ast.Span{Start: name.Start, End: name.End}, prefix+"invalid conversion character '"+name.Value+"': expected 's', 'r', or 'a'")
	return 0, false
}

// fullFormatSpec: ':' format_spec* -> JoinedStr from the colon to the
// end of the spec.
func (p *parser) fullFormatSpec(raw bool, middleK token.Kind, isT bool) ast.Expr {
	start := p.mark()
	p.pos++ // ':'
	var pieces []strPiece
	for {
		t := p.peek()
		if t.Kind == middleK {
			p.pos++
			pieces = append(pieces, strPiece{text: p.decodeMiddle(t, raw), span: p.middleSpan(t)})
			continue
		}
		if t.Kind == token.LBRACE {
			m := p.mark()
			f := p.replacementField(raw, middleK, isT, false)
			if f == nil {
				p.reset(m)
				break
			}
			pieces = appendField(pieces, f)
			continue
		}
		break
	}
	return &ast.JoinedStr{Span: p.spanFrom(start), Values: mergePieces(pieces)}
}

// fieldExprText is the Interpolation's str: the source of the expression
// of the field whose '{' is token start, up to token end (exclusive),
// without comments and trailing whitespace.
func (p *parser) fieldExprText(start, end int) string {
	return strings.TrimRight(p.sourceWithoutComments(start, end), " \t\n\r\f\v")
}

// sourceWithoutComments returns the source text from the end of token
// start to the start of token end, with comments (which can only sit
// between tokens) removed.
func (p *parser) sourceWithoutComments(start, end int) string {
	src := p.sc.SrcString()
	from, to := int(p.toks[start].EndOffset), int(p.toks[end].Offset)
	text := src[from:to]
	if strings.IndexByte(text, '#') < 0 {
		return text
	}
	var sb strings.Builder
	prev := from
	for i := start + 1; i <= end; i++ {
		t := &p.toks[i]
		gap := src[prev:t.Offset]
		for {
			h := strings.IndexByte(gap, '#')
			if h < 0 {
				sb.WriteString(gap)
				break
			}
			sb.WriteString(gap[:h])
			gap = gap[h:]
			nl := strings.IndexByte(gap, '\n')
			if nl < 0 {
				break
			}
			gap = gap[nl:]
		}
		if i < end {
			sb.WriteString(src[t.Offset:t.EndOffset])
		}
		prev = int(t.EndOffset)
	}
	return sb.String()
}
