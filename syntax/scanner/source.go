package scanner

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pygo/pygo/syntax/token"
)

// New returns a scanner for src given as raw bytes, the way compile() and
// ast.parse() see a bytes object: a UTF-8 byte order mark is dropped, a
// PEP 263 coding declaration on line 1 or 2 selects the source encoding,
// and the text is then decoded to UTF-8. Decoding problems (invalid UTF-8,
// unknown encoding, null bytes) are reported at once, as CPython does,
// with a nil scanner.
//
// Supported declared encodings: utf-8 (and utf-8-sig), latin-1/iso-8859-1
// with their aliases, iso-8859-15, ascii and cp1252 decoded here, and the
// code pages, ISO 8859 parts, KOI8, Mac and CJK codecs of codecs.go. Any
// other name is reported as "unknown encoding".
func New(filename string, src []byte, mode Mode) (*Scanner, *Error) {
	if mode&FileInput != 0 {
		return newFile(filename, src, mode)
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, nullBytesError(filename)
	}
	bom := false
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		bom = true
		src = src[3:]
	}
	enc, encLine, ok := findCookie(src)
	text := ""
	if ok {
		norm := normalCookieName(enc)
		if bom && norm != "utf-8" {
			line := lineOf(src, encLine)
			return nil, &Error{Kind: "SyntaxError", Msg: "encoding problem: " + norm + " with BOM",
				Filename: filename, Lineno: encLine, Offset: 0, EndLineno: encLine,
				EndOffset: utf8.RuneCount(line), Text: string(line)}
		}
		codec := lookupCodec(norm)
		if codec == "" {
			return nil, &Error{Kind: "SyntaxError", Msg: "unknown encoding: " + enc, Filename: filename, Offset: -1, NoText: true}
		}
		if codec != "utf_8" {
			t, err := decodeCharset(codec, src, bom)
			if err != nil {
				err.Filename = filename
				return nil, err
			}
			text = t
		} else {
			if codec == "utf_8" && len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF && norm == "utf-8-sig" {
				src = src[3:]
			}
		}
		if codec != "utf_8" {
			return newScanner(filename, text, mode), nil
		}
	}
	if bad := firstInvalidUTF8(src); bad >= 0 {
		return nil, invalidUTF8Error(filename, src, bad)
	}
	return newScanner(filename, string(src), mode), nil
}

// NewString returns a scanner for already decoded source text, as
// ast.parse(str) sees it: coding declarations are ignored and a leading
// U+FEFF is an ordinary (invalid) character. Null bytes or invalid UTF-8
// in src are reported by the first call to Next.
func NewString(filename string, src string, mode Mode) *Scanner {
	if strings.IndexByte(src, 0) >= 0 {
		s := newScanner(filename, "", mode)
		s.err = nullBytesError(filename)
		return s
	}
	if bad := firstInvalidUTF8([]byte(src)); bad >= 0 {
		// A Go string that is not UTF-8 cannot come from a Python str
		// except through lone surrogates, which CPython refuses to encode.
		s := newScanner(filename, "", mode)
		s.err = invalidUTF8Error(filename, []byte(src), bad)
		return s
	}
	return newScanner(filename, src, mode)
}

// newFile is New for FileInput mode. CPython's file tokenizer decodes and
// checks the file one line at a time as it reads it, so a null byte or an
// invalid UTF-8 sequence is only an error once tokenizing gets to its
// line: errors on earlier lines win. The text is cut before the first bad
// line and the scanner raises the line's error when it needs more input
// (see atEnd). A declared encoding that is unknown or cannot decode the
// file is reported without a position.
func newFile(filename string, src []byte, mode Mode) (*Scanner, *Error) {
	bom := false
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		bom = true
		src = src[3:]
	}
	enc, encLine, ok := findCookie(src)
	if ok {
		norm := normalCookieName(enc)
		if bom && norm != "utf-8" {
			line := lineOf(src, encLine)
			return nil, &Error{Kind: "SyntaxError", Msg: "encoding problem: " + norm + " with BOM",
				Filename: filename, Lineno: encLine, Offset: 0, EndLineno: encLine,
				EndOffset: utf8.RuneCount(line) + 1, Text: string(line)}
		}
		codec := lookupCodec(norm)
		if codec == "" {
			return nil, encodingProblem(filename, norm)
		}
		if codec != "utf_8" {
			text, err := decodeCharset(codec, src, bom)
			if err != nil {
				return nil, encodingProblem(filename, norm)
			}
			return cutAtBadLine(filename, []byte(text), false, mode), nil
		}
		if norm == "utf-8-sig" && len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
			src = src[3:]
		}
	}
	return cutAtBadLine(filename, src, true, mode), nil
}

func encodingProblem(filename, name string) *Error {
	return &Error{Kind: "SyntaxError", Msg: "encoding problem: " + name, Filename: filename, NoText: true}
}

// cutAtBadLine builds the scanner for a file's text: the text up to the
// first line (lines end at \n, \r\n or \r, as the file tokenizer reads
// them) holding a null byte or, when checkUTF8, an invalid UTF-8 sequence
// before any null byte; that line's error is kept for when the scanner
// reaches it.
func cutAtBadLine(filename string, src []byte, checkUTF8 bool, mode Mode) *Scanner {
	lineno := 1
	for start := 0; start < len(src); lineno++ {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		next := end
		if next < len(src) {
			if src[next] == '\r' && next+1 < len(src) && src[next+1] == '\n' {
				next++
			}
			next++
		}
		line := src[start:end]
		nul := bytes.IndexByte(line, 0)
		upto := line
		if nul >= 0 {
			upto = line[:nul]
		}
		var err *Error
		if bad := firstInvalidUTF8(upto); checkUTF8 && bad >= 0 {
			err = invalidUTF8Error(filename, src, start+bad)
			n := err.Lineno
			if n == 2 && lineOneHoldsToken(src[:start]) {
				// The file tokenizer counts the second line as line 1
				// when it starts a new token after a first line of code.
				n = 1
			}
			err.Msg = "Non-UTF-8 code starting with '\\x" + hex2(src[start+bad]) + "' in file " + filename + " on line " + strconv.Itoa(n) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details"
			err.Lineno, err.EndLineno = n, n
		} else if nul >= 0 {
			// The line's text stops at the null byte; the error has no
			// column.
			err = &Error{Kind: "SyntaxError", Msg: "source code cannot contain null bytes", Filename: filename,
				Lineno: lineno, EndLineno: lineno, Text: replaceInvalid(upto)}
		}
		if err != nil {
			s := newScanner(filename, string(src[:start]), mode)
			s.cutErr = err
			return s
		}
		start = next
	}
	return newScanner(filename, string(src), mode)
}

// lineOneHoldsToken reports whether first, the file's first line, holds
// code and does not leave a string or a backslash continuation open.
func lineOneHoldsToken(first []byte) bool {
	t := bytes.TrimRight(first, "\r\n")
	t = bytes.TrimLeft(t, " \t\f")
	if len(t) == 0 || t[0] == '#' || t[len(t)-1] == '\\' {
		return false
	}
	s := newScanner("", string(first), 0)
	for {
		tok := s.Next()
		if tok.Kind == token.ENDMARKER {
			return true
		}
		if tok.Kind == token.ILLEGAL {
			return s.err == nil || !strings.Contains(s.err.Msg, "unterminated triple-quoted")
		}
	}
}

func nullBytesError(filename string) *Error {
	return &Error{Kind: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: filename, NoText: true}
}

// normalizeNewlines translates \r\n and lone \r to \n, as CPython does
// before tokenizing, and makes sure the text ends in a newline (CPython
// appends one for exec input). All positions refer to the result.
func normalizeNewlines(src string) string {
	if strings.IndexByte(src, '\r') < 0 {
		if len(src) > 0 && src[len(src)-1] != '\n' {
			return src + "\n"
		}
		return src
	}
	b := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			b = append(b, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			continue
		}
		b = append(b, c)
	}
	if len(b) == 0 || b[len(b)-1] != '\n' {
		b = append(b, '\n')
	}
	return string(b)
}

// findCookie looks for a PEP 263 coding declaration on the first two
// lines. The second line is only looked at when the first holds nothing
// but whitespace or a comment. It returns the raw name and its line.
func findCookie(src []byte) (string, int, bool) {
	rest := src
	for line := 1; line <= 2 && len(rest) > 0; line++ {
		end := bytes.IndexByte(rest, '\n')
		var l []byte
		if end < 0 {
			l, rest = rest, nil
		} else {
			l, rest = rest[:end], rest[end+1:]
		}
		if cr := bytes.IndexByte(l, '\r'); cr >= 0 {
			// A lone \r ends the line too.
			if cr+1 < len(l) || end < 0 {
				rest = append(l[cr+1:len(l):len(l)], rest...)
			}
			l = l[:cr]
		}
		i := 0
		for i < len(l) && (l[i] == ' ' || l[i] == '\t' || l[i] == '\f') {
			i++
		}
		if i == len(l) {
			continue // blank line: keep looking
		}
		if l[i] != '#' {
			return "", 0, false
		}
		if name, ok := codingSpec(l[i:]); ok {
			return name, line, true
		}
	}
	return "", 0, false
}

// codingSpec extracts the encoding name from a comment: the first
// "coding" followed by ':' or '=', optional blanks, then the name.
func codingSpec(c []byte) (string, bool) {
	for i := 0; i+6 < len(c); i++ {
		if c[i] != 'c' || string(c[i:i+6]) != "coding" {
			continue
		}
		j := i + 6
		if c[j] != ':' && c[j] != '=' {
			continue
		}
		j++
		for j < len(c) && (c[j] == ' ' || c[j] == '\t') {
			j++
		}
		k := j
		for k < len(c) && (isASCIIAlnum(c[k]) || c[k] == '-' || c[k] == '_' || c[k] == '.') {
			k++
		}
		if k > j {
			return string(c[j:k]), true
		}
	}
	return "", false
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// normalCookieName mirrors the tokenizer's own name normalization: utf-8
// and latin-1 spellings are folded; anything else is kept as written.
func normalCookieName(s string) string {
	n := len(s)
	if n > 12 {
		n = 12
	}
	b := []byte(strings.ToLower(s[:n]))
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		}
	}
	l := string(b)
	if l == "utf-8" || strings.HasPrefix(l, "utf-8-") {
		if strings.HasPrefix(strings.ToLower(s), "utf-8-sig") || strings.HasPrefix(strings.ToLower(s), "utf_8_sig") {
			return "utf-8-sig"
		}
		return "utf-8"
	}
	for _, p := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if l == p || strings.HasPrefix(l, p+"-") {
			return "iso-8859-1"
		}
	}
	return s
}

// lookupCodec maps an encoding name to one of the codecs this package
// implements, following Python's codec name normalization and aliases.
func lookupCodec(name string) string {
	var b []byte
	pendingSep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isASCIIAlnum(c) || c == '.' {
			if pendingSep && len(b) > 0 {
				b = append(b, '_')
			}
			pendingSep = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		} else {
			pendingSep = true
		}
	}
	switch string(b) {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001", "utf_8_sig":
		return "utf_8"
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "csisolatin1",
		"ibm819", "iso_8859_1_1987", "iso_ir_100", "iso_8859_1:1987":
		return "latin_1"
	case "ascii", "646", "us_ascii", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
		"csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return "ascii"
	case "cp1252", "windows_1252", "1252":
		return "cp1252"
	case "iso8859_15", "iso_8859_15", "latin9", "l9", "latin_9", "iso8859_15_1998":
		return "iso8859_15"
	}
	return lookupExtraCodec(string(b))
}

// cp1252High maps bytes 0x80-0x9F of Windows-1252; 0 marks the five
// undefined bytes.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// decodeCharset decodes src in one of the single-byte codecs. Errors use
// the codec's message with the byte position in the whole input (BOM
// included), as CPython reports them.
func decodeCharset(codec string, src []byte, bom bool) (string, *Error) {
	base := 0
	if bom {
		base = 3
	}
	if _, ok := extraCodecs[codec]; ok {
		return decodeExtra(codec, src, base)
	}
	var sb strings.Builder
	sb.Grow(len(src) + len(src)/8)
	for i, c := range src {
		if c < 0x80 {
			sb.WriteByte(c)
			continue
		}
		r := rune(c)
		switch codec {
		case "ascii":
			return "", decodeError("'ascii' codec can't decode byte 0x" + hex2(c) + " in position " + strconv.Itoa(base+i) + ": ordinal not in range(128)")
		case "cp1252":
			if c < 0xA0 {
				r = cp1252High[c-0x80]
				if r == 0 {
					return "", decodeError("'charmap' codec can't decode byte 0x" + hex2(c) + " in position " + strconv.Itoa(base+i) + ": character maps to <undefined>")
				}
			}
		case "iso8859_15":
			switch c {
			case 0xA4:
				r = 0x20AC
			case 0xA6:
				r = 0x160
			case 0xA8:
				r = 0x161
			case 0xB4:
				r = 0x17D
			case 0xB8:
				r = 0x17E
			case 0xBC:
				r = 0x152
			case 0xBD:
				r = 0x153
			case 0xBE:
				r = 0x178
			}
		}
		sb.WriteRune(r)
	}
	return sb.String(), nil
}

func decodeError(msg string) *Error {
	return &Error{Kind: "SyntaxError", Msg: msg, Offset: -1, NoText: true}
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// firstInvalidUTF8 returns the offset of the first byte that does not
// start a valid UTF-8 sequence (surrogates are invalid), or -1.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// invalidUTF8Error builds CPython's error for undecodable source: the
// line number and column of the bad byte, the line decoded with
// replacement characters.
func invalidUTF8Error(filename string, src []byte, bad int) *Error {
	lineStart := bytes.LastIndexByte(src[:bad], '\n') + 1
	lineno := bytes.Count(src[:lineStart], []byte{'\n'}) + 1
	lineEnd := bytes.IndexByte(src[lineStart:], '\n')
	if lineEnd < 0 {
		lineEnd = len(src)
	} else {
		lineEnd += lineStart
	}
	line := src[lineStart:lineEnd]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	col := utf8.RuneCount(src[lineStart:bad]) + 1
	return &Error{Kind: "SyntaxError",
		Msg:      "Non-UTF-8 code starting with '\\x" + hex2(src[bad]) + "' on line " + strconv.Itoa(lineno) + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
		Filename: filename, Lineno: lineno, Offset: col, EndLineno: lineno, EndOffset: col,
		Text: replaceInvalid(line)}
}

// replaceInvalid decodes b as UTF-8 replacing each maximal invalid
// subsequence with one U+FFFD, as Python's "replace" error handler does.
func replaceInvalid(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			sb.Write(b[i : i+n])
			i += n
			continue
		}
		sb.WriteRune(utf8.RuneError)
		i += maximalSubpart(b[i:])
	}
	return sb.String()
}

// maximalSubpart returns how many bytes at the start of b form the longest
// prefix of some valid UTF-8 sequence (at least 1).
func maximalSubpart(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		x := b[n]
		if x < lo || x > hi {
			break
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}

func lineOf(src []byte, line int) []byte {
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src, '\n')
		if i < 0 {
			return nil
		}
		src = src[i+1:]
	}
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	if n := len(src); n > 0 && src[n-1] == '\r' {
		src = src[:n-1]
	}
	return src
}
