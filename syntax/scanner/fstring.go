package scanner

import (
	"strconv"

	"github.com/pygo/pygo/syntax/token"
)

// F- and t-strings (PEP 701, PEP 750) are tokenized as CPython 3.12+ does:
// FSTRING_START, then alternating FSTRING_MIDDLE pieces of literal text and
// ordinary tokens for replacement fields, then FSTRING_END. Each open
// f-string has an fmode on s.modes that says whether we are in its literal
// text (modeFString) or inside a replacement field (modeRegular).
//
// FSTRING_MIDDLE values are source text, escapes undecoded (decode them with
// DecodeFStringMiddle). A doubled brace "{{" or "}}" ends the piece after
// its first brace: the piece's Value (and End) include one brace and the
// next token starts after the second one.

// startFString handles an f/t prefix from start with its quote at q.
func (s *Scanner) startFString(start, q int, raw, isT bool) token.Token {
	quote := s.src[q]
	size := 1
	end := q + 1
	if s.at(end) == quote && s.at(end+1) == quote {
		size = 3
		end += 2
	}
	s.pos = end
	if len(s.modes)+1 >= maxFStringNest {
		return s.fail(s.tokError("too many nested f-strings or t-strings", s.pos))
	}
	s.modes = append(s.modes, fmode{kind: modeFString, isT: isT, raw: raw, quote: quote, quoteSize: size,
		start: start, startLine: s.line, startLineStart: s.lineStart, exprStartDepth: -1})
	k := token.FSTRING_START
	if isT {
		k = token.TSTRING_START
	}
	return s.simple(k, start, end)
}

func (f *fmode) middleKind() token.Kind {
	if f.isT {
		return token.TSTRING_MIDDLE
	}
	return token.FSTRING_MIDDLE
}

// scanFString scans literal text of the innermost f-string.
func (s *Scanner) scanFString(f *fmode) token.Token {
	src := s.src
	start := s.pos
	startLine, startLineStart := s.line, s.lineStart

	// A replacement field right here: nothing literal to return.
	if s.at(start) == '{' && s.at(start+1) != '{' {
		f.exprStartDepth++
		if f.exprStartDepth >= maxExprNesting {
			s.pos = start
			return s.fail(s.tokError(prefixLetter(f)+"-string: expressions nested too deeply", s.pos))
		}
		f.kind = modeRegular
		return s.scanNormal()
	}
	// The closing quote(s).
	if s.lookaheadQuote(start, f) {
		end := start + f.quoteSize
		s.pos = end
		k := token.FSTRING_END
		if f.isT {
			k = token.TSTRING_END
		}
		s.modes = s.modes[:len(s.modes)-1]
		return s.simple(k, start, end)
	}

	i := start
	endq := 0
	unicodeEscape := false
	for endq != f.quoteSize {
		inFormatSpec := f.inFormatSpec && f.exprStartDepth >= 0
		if i >= len(src) || (f.quoteSize == 1 && src[i] == '\n') {
			if i >= len(src) {
				if err := s.atEnd(); err != nil {
					return s.fail(err)
				}
			}
			if inFormatSpec && i < len(src) {
				// A newline ends a format spec; single-quoted strings
				// do not allow it.
				s.pos = i + 1
				return s.fail(s.tokError(prefixLetter(f)+"-string: newlines are not allowed in format specifiers for single quoted "+prefixLetter(f)+"-strings", i+1))
			}
			if inFormatSpec {
				s.pos = i
				f.kind = modeRegular
				f.inFormatSpec = false
				return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
			}
			detected := int(s.line)
			if i >= len(src) && detected > 1 && s.lineStart >= len(src) {
				detected--
			}
			s.line, s.lineStart = f.startLine, f.startLineStart
			s.pos = f.start + 1
			var msg string
			if f.quoteSize == 3 {
				msg = "unterminated triple-quoted " + prefixLetter(f) + "-string literal (detected at line " + strconv.Itoa(detected) + ")"
			} else {
				msg = "unterminated " + prefixLetter(f) + "-string literal (detected at line " + strconv.Itoa(detected) + ")"
			}
			return s.fail(s.tokError(msg, f.start+1))
		}
		c := src[i]
		i++
		if c == f.quote {
			endq++
			continue
		}
		endq = 0
		switch c {
		case '\n':
			s.newlineAt(i - 1)
		case '{':
			if s.at(i) != '{' || inFormatSpec {
				// Start of a replacement field: return the text before it.
				i--
				f.exprStartDepth++
				if f.exprStartDepth >= maxExprNesting {
					s.pos = i
					return s.fail(s.tokError(prefixLetter(f)+"-string: expressions nested too deeply", s.pos))
				}
				f.kind = modeRegular
				f.inFormatSpec = false
				s.pos = i
				return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
			}
			// "{{": the piece ends with one brace.
			s.pos = i + 1
			return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
		case '}':
			if unicodeEscape {
				s.pos = i
				return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
			}
			if s.at(i) == '}' && !inFormatSpec && f.bracketDepth == 0 {
				s.pos = i + 1
				return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
			}
			i--
			f.kind = modeRegular
			f.inFormatSpec = false
			s.pos = i
			return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
		case '\\':
			if i >= len(src) {
				continue
			}
			p := src[i]
			if p == '{' || p == '}' {
				if !f.raw {
					s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning",
						Msg:    "\"\\" + string(rune(p)) + "\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\" + string(rune(p)) + "\"? A raw string is also an option.",
						Lineno: int(s.line), Offset: s.charCol(s.lineStart, i)})
				}
				continue
			}
			i++
			if p == '\n' {
				s.newlineAt(i - 1)
			}
			if !f.raw && p == 'N' && s.at(i) == '{' {
				unicodeEscape = true
				i++
			}
		}
	}
	// The closing quote: return the text before it; FSTRING_END follows.
	i -= f.quoteSize
	s.pos = i
	return s.make(f.middleKind(), start, startLine, startLineStart, i, src[start:i])
}

func (s *Scanner) lookaheadQuote(i int, f *fmode) bool {
	for k := 0; k < f.quoteSize; k++ {
		if s.at(i+k) != f.quote {
			return false
		}
	}
	return true
}
