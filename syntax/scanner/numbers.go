package scanner

import "github.com/pygo/pygo/syntax/token"

// scanNumber scans a numeric literal starting with a digit at start.
func (s *Scanner) scanNumber(start int) token.Token {
	src := s.src
	i := start
	if src[i] == '0' {
		c := s.at(i + 1)
		switch c {
		case 'x', 'X':
			return s.scanRadix(start, i+2, 16, "hexadecimal")
		case 'o', 'O':
			return s.scanRadix(start, i+2, 8, "octal")
		case 'b', 'B':
			return s.scanRadix(start, i+2, 2, "binary")
		}
		// "0", "00_0", or the start of a float; other leading zeros are
		// an error unless a fraction, exponent or j follows.
		i++
		for {
			if s.at(i) == '_' {
				if !isDigit(s.at(i + 1)) {
					return s.numError("invalid decimal literal", i+1)
				}
				i++
			}
			if s.at(i) != '0' {
				break
			}
			i++
		}
		zerosEnd := i
		nonzero := false
		if isDigit(s.at(i)) {
			nonzero = true
			var ok bool
			if i, ok = s.decimalTail(i); !ok {
				return s.illegal()
			}
		}
		switch s.at(i) {
		case '.':
			s.pos = i + 1
			return s.scanFraction(start)
		case 'e', 'E':
			return s.scanExponent(start, i)
		case 'j', 'J':
			return s.scanImaginary(start, i+1)
		}
		if nonzero {
			s.pos = i
			return s.fail(&Error{Kind: "SyntaxError",
				Msg:    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
				Lineno: int(s.line), Offset: start + 1 - s.lineStart, EndLineno: int(s.line), EndOffset: zerosEnd + 1 - s.lineStart,
				Text: s.lineNoNL(s.lineStart)})
		}
		return s.endNumber(start, i, "decimal")
	}
	i, ok := s.decimalTail(i)
	if !ok {
		return s.illegal()
	}
	switch s.at(i) {
	case '.':
		s.pos = i + 1
		return s.scanFraction(start)
	case 'e', 'E':
		return s.scanExponent(start, i)
	case 'j', 'J':
		return s.scanImaginary(start, i+1)
	}
	return s.endNumber(start, i, "decimal")
}

// decimalTail consumes digits with single underscores between them,
// starting at i (which may point at a non-digit).
func (s *Scanner) decimalTail(i int) (int, bool) {
	src := s.src
	for {
		for i < len(src) && isDigit(src[i]) {
			i++
		}
		if s.at(i) != '_' {
			return i, true
		}
		i++
		if !isDigit(s.at(i)) {
			s.numError("invalid decimal literal", i)
			return i, false
		}
	}
}

// scanFraction continues a float after its '.'; s.pos is just past the
// dot.
func (s *Scanner) scanFraction(start int) token.Token {
	i := s.pos
	if isDigit(s.at(i)) {
		var ok bool
		if i, ok = s.decimalTail(i); !ok {
			return s.illegal()
		}
	}
	switch s.at(i) {
	case 'e', 'E':
		return s.scanExponent(start, i)
	case 'j', 'J':
		return s.scanImaginary(start, i+1)
	}
	return s.endNumber(start, i, "decimal")
}

// scanExponent handles an 'e' or 'E' at e.
func (s *Scanner) scanExponent(start, e int) token.Token {
	i := e + 1
	c := s.at(i)
	if c == '+' || c == '-' {
		i++
		if !isDigit(s.at(i)) {
			return s.numError("invalid decimal literal", i)
		}
	} else if !isDigit(c) {
		// Not an exponent after all: the number ends before the 'e'.
		return s.endNumber(start, e, "decimal")
	}
	i, ok := s.decimalTail(i)
	if !ok {
		return s.illegal()
	}
	if c := s.at(i); c == 'j' || c == 'J' {
		return s.scanImaginary(start, i+1)
	}
	return s.endNumber(start, i, "decimal")
}

func (s *Scanner) scanImaginary(start, end int) token.Token {
	return s.endNumber(start, end, "imaginary")
}

// scanRadix scans the digits of a 0x/0o/0b literal from i.
func (s *Scanner) scanRadix(start, i int, base int, kind string) token.Token {
	isd := func(c byte) bool {
		switch base {
		case 16:
			return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
		case 8:
			return c >= '0' && c <= '7'
		}
		return c == '0' || c == '1'
	}
	for {
		if s.at(i) == '_' {
			i++
		}
		c := s.at(i)
		if !isd(c) {
			if base != 16 && isDigit(c) {
				return s.numError("invalid digit '"+string(rune(c))+"' in "+kind+" literal", i+1)
			}
			return s.numError("invalid "+kind+" literal", i)
		}
		for isd(s.at(i)) {
			i++
		}
		if s.at(i) != '_' {
			break
		}
	}
	if c := s.at(i); base != 16 && isDigit(c) {
		return s.numError("invalid digit '"+string(rune(c))+"' in "+kind+" literal", i+1)
	}
	return s.endNumber(start, i, kind)
}

// endNumber checks what follows a number ending at end: a keyword that
// can legally follow a number gives a SyntaxWarning, any other ASCII
// identifier character an error.
func (s *Scanner) endNumber(start, end int, kind string) token.Token {
	c := s.at(end)
	r := false
	switch c {
	case 'a':
		r = s.lookahead(end+1, "nd")
	case 'e':
		r = s.lookahead(end+1, "lse")
	case 'f':
		r = s.lookahead(end+1, "or")
	case 'i':
		c2 := s.at(end + 1)
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = s.lookahead(end+1, "r")
	case 'n':
		r = s.lookahead(end+1, "ot")
	}
	if r {
		s.warnings = append(s.warnings, Warning{Category: "SyntaxWarning", Msg: "invalid " + kind + " literal",
			Lineno: int(s.line), Offset: s.charCol(s.lineStart, end) + 1})
	} else if c < 0x80 && isIdentChar(c) {
		return s.numError("invalid "+kind+" literal", end)
	}
	s.pos = end
	return s.simple(token.NUMBER, start, end)
}

func (s *Scanner) lookahead(i int, w string) bool {
	return len(s.src)-i >= len(w) && s.src[i:i+len(w)] == w
}

// numError reports a number error with the tokenizer's cursor at cur.
func (s *Scanner) numError(msg string, cur int) token.Token {
	s.pos = cur
	return s.fail(s.tokError(msg, cur))
}
