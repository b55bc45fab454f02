package scanner

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Literal decoding.
//
// Errors returned here carry only Kind ("SyntaxError") and Msg, CPython's
// full message; the parser decides where to report them (CPython reports
// string decoding errors at the parser's current token).
//
// Warnings returned here are positioned relative to the literal text given:
// Warning.Lineno is the number of newlines in the text before the offending
// escape (0 = the token's first line) and Warning.Offset is the byte offset
// of its backslash in the text. CPython only gives warnings a line number:
// the warning's line is token line + Lineno. At most one warning is
// returned per literal (CPython warns about the first invalid escape only).
//
// Python str values may contain lone surrogates ('\ud800'). They are
// represented in the returned Go string by the 3-byte generalized UTF-8
// encoding of the surrogate code point (ED A0 80 for U+D800), one per
// surrogate, never combined into a pair; everything else is valid UTF-8.

// DecodeString decodes the source text of one STRING token (prefix and
// quotes included, e.g. `rb'\x00'`). For bytes literals isBytes is true and
// value holds the raw bytes.
func DecodeString(text string) (value string, isBytes bool, warnings []Warning, err *Error) {
	p := 0
	raw := false
	for p < len(text) && text[p] != '\'' && text[p] != '"' {
		switch text[p] {
		case 'r', 'R':
			raw = true
		case 'b', 'B':
			isBytes = true
		}
		p++
	}
	if p >= len(text) {
		return "", isBytes, nil, &Error{Kind: "SyntaxError", Msg: "invalid string literal"}
	}
	q := 1
	if len(text)-p >= 6 && text[p+1] == text[p] && text[p+2] == text[p] {
		q = 3
	}
	if len(text)-p < 2*q {
		return "", isBytes, nil, &Error{Kind: "SyntaxError", Msg: "invalid string literal"}
	}
	body := text[p+q : len(text)-q]
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return "", true, nil, &Error{Kind: "SyntaxError", Msg: "bytes can only contain ASCII literal characters"}
			}
		}
		if raw {
			return body, true, nil, nil
		}
		v, w, e := decodeBytesEscapes(body)
		if w != nil {
			w.Offset += p + q
		}
		return v, true, warnList(w), e
	}
	if raw {
		return body, false, nil, nil
	}
	v, w, e := decodeUnicodeEscapes(body, false)
	if w != nil {
		w.Offset += p + q
	}
	return v, false, warnList(w), e
}

// DecodeFStringMiddle decodes the Value of an FSTRING_MIDDLE or
// TSTRING_MIDDLE token (raw tells whether the f-string had an r prefix).
// Offsets in warnings are relative to text. Invalid escapes of braces
// ("\{") are not warned about here: the scanner already did.
func DecodeFStringMiddle(text string, raw bool) (value string, warnings []Warning, err *Error) {
	if raw || strings.IndexByte(text, '\\') < 0 {
		return text, nil, nil
	}
	v, w, e := decodeUnicodeEscapes(text, true)
	return v, warnList(w), e
}

func warnList(w *Warning) []Warning {
	if w == nil {
		return nil
	}
	return []Warning{*w}
}

func invalidEscapeWarning(text string, i int, octal bool) *Warning {
	var msg string
	if octal {
		e := i + 1 + 3
		if e > len(text) {
			e = len(text)
		}
		d := text[i+1 : e]
		msg = "\"\\" + d + "\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\" + d + "\"? A raw string is also an option."
	} else {
		c := text[i+1 : i+2]
		msg = "\"\\" + c + "\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\" + c + "\"? A raw string is also an option."
	}
	return &Warning{Category: "SyntaxWarning", Msg: msg, Lineno: strings.Count(text[:i], "\n"), Offset: i}
}

// appendWTF8 appends r, encoding surrogates as 3-byte sequences.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// decodeUnicodeEscapes decodes the body of a non-raw str literal.
//
// CPython first rewrites every non-ASCII character as a \UXXXXXXXX escape
// (10 bytes) and a backslash before one as \u005c, then runs the
// unicode-escape codec; its error messages give positions in that
// rewritten text, which vpos tracks.
func decodeUnicodeEscapes(s string, fmiddle bool) (string, *Warning, *Error) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, nil, nil
	}
	b := make([]byte, 0, len(s))
	var warn *Warning
	vpos := 0
	codecErr := func(start, end int, reason string) *Error {
		var where string
		if end-start == 1 {
			where = "byte 0x5c in position " + strconv.Itoa(start)
		} else {
			where = "bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1)
		}
		return &Error{Kind: "SyntaxError", Msg: "(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason}
	}
	// vlen is the rewritten length of s[i:j].
	vlen := func(i, j int) int {
		n := 0
		for k := i; k < j; {
			if s[k] < 0x80 {
				n++
				k++
				continue
			}
			_, w := utf8.DecodeRuneInString(s[k:])
			n += 10
			k += w
		}
		return n
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			if c < 0x80 {
				b = append(b, c)
				i++
				vpos++
				continue
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			b = append(b, s[i:i+w]...)
			i += w
			vpos += 10
			continue
		}
		start := vpos
		if i+1 >= len(s) {
			// A trailing backslash (an f-string piece before "\{").
			b = append(b, '\\')
			i++
			vpos += 6
			continue
		}
		e := s[i+1]
		if e >= 0x80 {
			// Backslash before a non-ASCII character stays a backslash.
			b = append(b, '\\')
			i++
			vpos += 6
			continue
		}
		vpos += 2
		switch e {
		case '\n':
			i += 2
			continue
		case '\\', '\'', '"':
			b = append(b, e)
			i += 2
			continue
		case 'a':
			b = append(b, 7)
			i += 2
			continue
		case 'b':
			b = append(b, 8)
			i += 2
			continue
		case 'f':
			b = append(b, 12)
			i += 2
			continue
		case 'n':
			b = append(b, '\n')
			i += 2
			continue
		case 'r':
			b = append(b, '\r')
			i += 2
			continue
		case 't':
			b = append(b, '\t')
			i += 2
			continue
		case 'v':
			b = append(b, 11)
			i += 2
			continue
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			j := i + 2
			for k := 0; k < 2 && j < len(s) && s[j] >= '0' && s[j] <= '7'; k++ {
				v = v*8 + int(s[j]-'0')
				j++
				vpos++
			}
			if v > 0o377 && warn == nil {
				warn = invalidEscapeWarning(s, i, true)
			}
			b = appendWTF8(b, rune(v))
			i = j
			continue
		case 'x', 'u', 'U':
			n := 2
			reason := "truncated \\xXX escape"
			if e == 'u' {
				n, reason = 4, "truncated \\uXXXX escape"
			} else if e == 'U' {
				n, reason = 8, "truncated \\UXXXXXXXX escape"
			}
			j := i + 2
			v := 0
			for k := 0; k < n; k++ {
				if j >= len(s) {
					return "", nil, codecErr(start, vpos, reason)
				}
				h := hexVal(s[j])
				if h < 0 {
					return "", nil, codecErr(start, vpos, reason)
				}
				v = v<<4 | h
				j++
				vpos++
			}
			if v > 0x10FFFF {
				return "", nil, codecErr(start, vpos, "illegal Unicode character")
			}
			b = appendWTF8(b, rune(v))
			i = j
			continue
		case 'N':
			const malformed = "malformed \\N character escape"
			j := i + 2
			if j >= len(s) || s[j] != '{' {
				return "", nil, codecErr(start, vpos, malformed)
			}
			j++
			vpos++
			k := strings.IndexByte(s[j:], '}')
			if k < 0 {
				return "", nil, codecErr(start, vpos+vlen(j, len(s)), malformed)
			}
			name := s[j : j+k]
			vpos += vlen(j, j+k)
			if k == 0 {
				return "", nil, codecErr(start, vpos, malformed)
			}
			vpos++
			r, ok := lookupName(name)
			if !ok {
				return "", nil, codecErr(start, vpos, "unknown Unicode character name")
			}
			b = utf8.AppendRune(b, r)
			i = j + k + 1
			continue
		}
		// Invalid escape: kept as is.
		if warn == nil && !(fmiddle && (e == '{' || e == '}')) {
			warn = invalidEscapeWarning(s, i, false)
		}
		b = append(b, '\\', e)
		i += 2
	}
	return string(b), warn, nil
}

// decodeBytesEscapes decodes the body of a non-raw bytes literal (ASCII).
func decodeBytesEscapes(s string) (string, *Warning, *Error) {
	if strings.IndexByte(s, '\\') < 0 {
		return s, nil, nil
	}
	b := make([]byte, 0, len(s))
	var warn *Warning
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return "", nil, &Error{Kind: "SyntaxError", Msg: "(value error) Trailing \\ in string"}
		}
		e := s[i+1]
		switch e {
		case '\n':
			i += 2
			continue
		case '\\', '\'', '"':
			b = append(b, e)
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			j := i + 2
			for k := 0; k < 2 && j < len(s) && s[j] >= '0' && s[j] <= '7'; k++ {
				v = v*8 + int(s[j]-'0')
				j++
			}
			if v > 0o377 && warn == nil {
				warn = invalidEscapeWarning(s, i, true)
			}
			b = append(b, byte(v))
			i = j
			continue
		case 'x':
			if i+3 < len(s) && hexVal(s[i+2]) >= 0 && hexVal(s[i+3]) >= 0 {
				b = append(b, byte(hexVal(s[i+2])<<4|hexVal(s[i+3])))
				i += 4
				continue
			}
			return "", nil, &Error{Kind: "SyntaxError", Msg: "(value error) invalid \\x escape at position " + strconv.Itoa(i)}
		default:
			if warn == nil {
				warn = invalidEscapeWarning(s, i, false)
			}
			b = append(b, '\\', e)
		}
		i += 2
	}
	return string(b), warn, nil
}

// maxStrDigits is CPython's default sys.int_info.default_max_str_digits.
const maxStrDigits = 4300

// ParseNumber converts the text of a NUMBER token to its value: int64 for
// integers that fit, *big.Int for larger ones, float64 for floats (correctly
// rounded; overflow gives +Inf as in CPython) and complex128 (real part 0)
// for imaginary literals. Decimal integers with more than 4300 digits give
// CPython's SyntaxError message (sys.int_info.default_max_str_digits).
func ParseNumber(text string) (any, *Error) {
	s := text
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	if s == "" {
		return nil, &Error{Kind: "SyntaxError", Msg: "invalid number literal"}
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, err := strconv.ParseFloat(s[:len(s)-1], 64)
		if err != nil && !isRangeErr(err) {
			return nil, &Error{Kind: "SyntaxError", Msg: "invalid imaginary literal"}
		}
		return complex(0, f), nil
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeErr(err) {
			return nil, &Error{Kind: "SyntaxError", Msg: "invalid decimal literal"}
		}
		return f, nil
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, nil
	}
	if base == 10 && len(digits) > maxStrDigits {
		return nil, &Error{Kind: "SyntaxError", Msg: "Exceeds the limit (4300 digits) for integer string conversion: value has " +
			strconv.Itoa(len(digits)) + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."}
	}
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, &Error{Kind: "SyntaxError", Msg: "invalid number literal"}
	}
	return n, nil
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
