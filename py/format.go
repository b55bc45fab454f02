package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// fmtSpec is a parsed format spec:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type].
type fmtSpec struct {
	fill      rune
	align     byte // 0, '<', '>', '^', '='
	sign      byte // 0, '+', '-', ' '
	z, alt    bool
	zero      bool
	width     int
	grouping  byte // 0, ',', '_'
	precision int  // -1 = none
	typ       byte // 0 = none
}

func parseSpec(spec string) (fmtSpec, *Exception) {
	f := fmtSpec{fill: ' ', precision: -1}
	rs := []rune(spec)
	i := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	if len(rs) >= 2 && isAlign(rs[1]) {
		f.fill, f.align = rs[0], byte(rs[1])
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		f.align = byte(rs[0])
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		f.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		f.z = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		f.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		f.zero = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > start {
		w, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return f, ValueError("Too many decimal digits in format string")
		}
		f.width = w
	}
	if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
		f.grouping = byte(rs[i])
		i++
		if i < len(rs) && (rs[i] == ',' || rs[i] == '_') {
			if byte(rs[i]) == f.grouping {
				return f, ValueError("Cannot specify '%c' with '%c'.", rs[i], rs[i])
			}
			return f, ValueError("Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		start = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == start {
			return f, ValueError("Format specifier missing precision")
		}
		p, err := strconv.Atoi(string(rs[start:i]))
		if err != nil {
			return f, ValueError("Too many decimal digits in format string")
		}
		f.precision = p
	}
	if i < len(rs) {
		if i+1 < len(rs) || rs[i] > 0x7f {
			return f, ValueError("Invalid format specifier '%s' for object of type '%%s'", spec)
		}
		f.typ = byte(rs[i])
	}
	if f.zero && f.align == 0 {
		f.fill, f.align = '0', '='
	}
	return f, nil
}

// pad applies width/fill/alignment to body (sign/prefix already split off
// for '=' alignment).
func (f *fmtSpec) pad(prefix, body string, defAlign byte) string {
	n := countRunes(prefix) + countRunes(body)
	if n >= f.width {
		return prefix + body
	}
	fill := strings.Repeat(string(f.fill), f.width-n)
	align := f.align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return prefix + body + fill
	case '^':
		k := (f.width - n) / 2
		return strings.Repeat(string(f.fill), k) + prefix + body + strings.Repeat(string(f.fill), f.width-n-k)
	case '=':
		return prefix + fill + body
	}
	return fill + prefix + body
}

func formatStrSpec(s *Str, spec string) (string, *Exception) {
	if spec == "" {
		return s.s, nil
	}
	f, exc := parseSpec(spec)
	if exc != nil {
		return "", fixTypeMsg(exc, "str")
	}
	if f.typ != 0 && f.typ != 's' {
		return "", ValueError("Unknown format code '%c' for object of type 'str'", f.typ)
	}
	if f.sign != 0 {
		return "", ValueError("Sign not allowed in string format specifier")
	}
	if f.alt {
		return "", ValueError("Alternate form (#) not allowed in string format specifier")
	}
	if f.align == '=' && f.zero && f.fill == '0' && !strings.Contains(spec, "=") {
		// The '0' flag alone pads strings with zeros on the right.
		f.align = '<'
	}
	if f.align == '=' {
		return "", ValueError("'=' alignment not allowed in string format specifier")
	}
	if f.grouping != 0 {
		return "", ValueError("Cannot specify '%c' with 's'.", f.grouping)
	}
	body := s
	if f.precision >= 0 && f.precision < s.n {
		body = s.substr(0, f.precision)
	}
	return f.pad("", body.s, '<'), nil
}

func fixTypeMsg(exc *Exception, typ string) *Exception {
	if a := exc.Args(); a.Len() == 1 {
		if s, ok := AsStr(a.items[0]); ok && strings.Contains(s.s, "%s") {
			return ValueError("%s", strings.Replace(s.s, "%s", typ, 1))
		}
	}
	return exc
}

func group(digits string, sep byte, every int) string {
	if sep == 0 || len(digits) <= every {
		return digits
	}
	var b strings.Builder
	first := len(digits) % every
	if first == 0 {
		first = every
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += every {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+every])
	}
	return b.String()
}

func signPrefix(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// FormatInt is format(int, spec).
func FormatInt(o Object, spec string) (string, *Exception) {
	if spec == "" {
		if v, b, ok := IntValue(o); ok && b == nil {
			return strconv.FormatInt(v, 10), nil // str(i), f"{i}": the common case
		}
	}
	f, exc := parseSpec(spec)
	if exc != nil {
		return "", fixTypeMsg(exc, "int")
	}
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, exc := IntToFloat(o)
		if exc != nil {
			return "", exc
		}
		return formatFloatSpec(x, f, "int")
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", ValueError("Unknown format code '%c' for object of type 'int'", f.typ)
	}
	if f.precision >= 0 {
		return "", ValueError("Precision not allowed in integer format specifier")
	}
	if f.z {
		return "", ValueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		if f.grouping != 0 {
			return "", ValueError("Cannot specify '%c' with 'c'.", f.grouping)
		}
		if f.alt {
			return "", ValueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
	}
	b, _ := BigValue(o)
	neg := b.Sign() < 0
	abs := new(big.Int).Abs(b)
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", ValueError("Sign not allowed with integer format specifier 'c'")
		}
		if !abs.IsInt64() || b.Int64() < 0 || b.Int64() > 0x10ffff {
			return "", OverflowError("%s", "%c arg not in range(0x110000)")
		}
		return f.pad("", runeString(rune(b.Int64())), '<'), nil
	}
	base, every, prefix := 10, 3, ""
	switch f.typ {
	case 'b':
		base, every, prefix = 2, 4, "0b"
	case 'o':
		base, every, prefix = 8, 4, "0o"
	case 'x':
		base, every, prefix = 16, 4, "0x"
	case 'X':
		base, every, prefix = 16, 4, "0X"
	}
	if f.grouping == ',' && base != 10 {
		return "", ValueError("Cannot specify ',' with '%c'.", f.typ)
	}
	var digits string
	if base == 10 {
		d, exc := bigDecimal(abs)
		if exc != nil {
			return "", exc
		}
		digits = d
	} else {
		digits = abs.Text(base)
		if f.typ == 'X' {
			digits = strings.ToUpper(digits)
		}
	}
	if !f.alt {
		prefix = ""
	}
	sp := signPrefix(neg, f.sign) + prefix
	if f.align == '=' && f.fill == '0' && f.grouping != 0 {
		// zero padding takes part in the grouping
		width := f.width - countRunes(sp)
		for len(group(digits, f.grouping, every)) < width {
			digits = "0" + digits
		}
	}
	return f.pad(sp, group(digits, f.grouping, every), '>'), nil
}

// formatFloatSpec is format(float, spec) given the parsed spec.
func formatFloatSpec(x float64, f fmtSpec, typName string) (string, *Exception) {
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", ValueError("Unknown format code '%c' for object of type '%s'", f.typ, typName)
	}
	if f.alt && f.typ == 0 && false {
		return "", nil
	}
	neg := math.Signbit(x)
	if math.IsNaN(x) {
		neg = false
	}
	a := math.Abs(x)
	var body string
	prec := f.precision
	switch {
	case math.IsInf(a, 0):
		body = "inf"
		if f.typ == 'E' || f.typ == 'F' || f.typ == 'G' {
			body = "INF"
		}
		if f.typ == '%' {
			body += "%"
		}
	case math.IsNaN(a):
		body = "nan"
		if f.typ == 'E' || f.typ == 'F' || f.typ == 'G' {
			body = "NAN"
		}
		if f.typ == '%' {
			body += "%"
		}
	default:
		switch f.typ {
		case 'e', 'E':
			if prec < 0 {
				prec = 6
			}
			body = fixExp(strconv.FormatFloat(a, 'e', prec, 64))
			if f.alt && prec == 0 {
				body = strings.Replace(body, "e", ".e", 1)
			}
			if f.typ == 'E' {
				body = strings.ToUpper(body)
			}
		case 'f', 'F', '%':
			if prec < 0 {
				prec = 6
			}
			v := a
			if f.typ == '%' {
				v *= 100
			}
			body = strconv.FormatFloat(v, 'f', prec, 64)
			if f.alt && prec == 0 {
				body += "."
			}
			if f.typ == '%' {
				body += "%"
			}
		case 'g', 'G', 'n':
			if prec < 0 {
				prec = 6
			}
			body = formatG(a, max(prec, 1), f.alt)
			if f.typ == 'G' {
				body = strings.ToUpper(body)
			}
		case 0:
			if prec < 0 {
				body = FloatRepr(a)
			} else {
				body = formatGShift(a, max(prec, 1), f.alt, 1)
				if !strings.ContainsAny(body, ".e") {
					body += ".0"
				}
			}
		}
	}
	if f.z && neg {
		// negative zero after rounding becomes positive
		if strings.Trim(body, "0.e+-%") == "" {
			neg = false
		}
	}
	if f.grouping != 0 {
		intPart, rest := body, ""
		if k := strings.IndexAny(body, ".eE%"); k >= 0 {
			intPart, rest = body[:k], body[k:]
		}
		if intPart != "inf" && intPart != "nan" && intPart != "INF" && intPart != "NAN" {
			body = group(intPart, f.grouping, 3) + rest
		}
	}
	sp := signPrefix(neg, f.sign)
	return f.pad(sp, body, '>'), nil
}

// formatG is the 'g' presentation with precision p.
func formatG(a float64, p int, alt bool) string { return formatGShift(a, p, alt, 0) }

// formatGShift is 'g' whose switch to exponent notation happens shift
// digits earlier: the empty presentation type with a precision uses
// shift 1, since it must keep a digit after the point (CPython's
// Py_DTSF_ADD_DOT_0).
func formatGShift(a float64, p int, alt bool, shift int) string {
	if a == 0 && shift > 0 && p-shift <= 0 {
		return "0e+00"
	}
	if a == 0 {
		if alt {
			return "0." + strings.Repeat("0", p-1)
		}
		return "0"
	}
	e := strconv.FormatFloat(a, 'e', p-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if exp < -4 || exp >= p-shift {
		s = e
		if !alt {
			mant, ex, _ := strings.Cut(s, "e")
			if strings.Contains(mant, ".") {
				mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
			}
			s = mant + "e" + ex
		}
		return fixExp(s)
	}
	s = strconv.FormatFloat(a, 'f', max(p-1-exp, 0), 64)
	if !alt {
		if strings.Contains(s, ".") {
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
		}
	} else if !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

// fixExp makes exponents at least two digits (Go already does) and keeps
// the sign.
func fixExp(s string) string { return s }

// FormatFloat is format(float, spec).
func FormatFloat(x float64, spec string) (string, *Exception) {
	if spec == "" {
		return FloatRepr(x), nil
	}
	f, exc := parseSpec(spec)
	if exc != nil {
		return "", fixTypeMsg(exc, "float")
	}
	if f.typ == 'c' || f.typ == 'd' || f.typ == 'b' || f.typ == 'x' || f.typ == 'X' || f.typ == 'o' || f.typ == 's' {
		return "", ValueError("Unknown format code '%c' for object of type 'float'", f.typ)
	}
	return formatFloatSpec(x, f, "float")
}

// Format is format(o, spec).
func Format(t *Thread, o Object, spec string) (Object, *Exception) {
	switch {
	case o.Type() == StrType:
		r, exc := formatStrSpec((*Str)(o.p), spec)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	case o.Type() == IntType || o.Type() == BoolType && spec != "":
		if spec == "" {
			if v, big, _ := IntValue(o); big == nil {
				return StrFromInt(v).Obj(), nil // f"{i}": the common case
			}
		}
		r, exc := FormatInt(o, spec)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	case o.Type() == FloatType:
		f, _ := FloatValue(o)
		r, exc := FormatFloat(f, spec)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	}
	m := o.Type().Lookup(Intern("__format__"))
	if m.p == nil {
		return Object{}, TypeError("Type %s doesn't define __format__", TypeName(o))
	}
	r, exc := callDescr(t, m, o, []Object{NewStr(spec).Obj()})
	if exc != nil {
		return Object{}, exc
	}
	if _, ok := AsStr(r); !ok {
		return Object{}, TypeError("__format__ must return a str, not %s", TypeName(r))
	}
	return r, nil
}

func formatMethods() {
	addMethod(IntType, "__format__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("int.__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.n == 0 {
			return ToStr(t, self)
		}
		r, exc := FormatInt(self, spec.s)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	})
	addMethod(FloatType, "__format__", func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("float.__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("__format__() argument must be str, not %s", TypeName(args[0]))
		}
		f, _ := FloatValue(self)
		r, exc := FormatFloat(f, spec.s)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	})
}

// ---------------------------------------------------------------- str.format

// FormatString is str.format(*args, **kw) (vectorcall arguments).
func FormatString(t *Thread, tmpl string, args []Object, kw *Tuple) (string, *Exception) {
	var st fieldNumbering
	b, exc := formatStringInto(t, tmpl, args, kw, nil, &st, 2)
	if exc != nil {
		return "", exc
	}
	return string(b), nil
}

// StrFormat is tmpl.format(*args, **kw) as a new str.
func StrFormat(t *Thread, tmpl *Str, args []Object, kw *Tuple) (*Str, *Exception) {
	var stack [128]byte
	var st fieldNumbering
	b, exc := formatStringInto(t, tmpl.s, args, kw, stack[:0], &st, 2)
	if exc != nil {
		return nil, exc
	}
	return strFromBytes(b, -1), nil
}

// fieldNumbering is str.format's automatic field numbering state, which
// the replacement fields nested in a format spec share with the outer ones.
type fieldNumbering struct {
	auto   int
	manual bool
}

// formatStringInto appends str.format's result to b; nest is how many
// more levels of fields nested in specs are allowed.
func formatStringInto(t *Thread, tmpl string, args []Object, kw *Tuple, b []byte, st *fieldNumbering, nest int) ([]byte, *Exception) {
	if nest <= 0 {
		return b, ValueError("Max string recursion exceeded")
	}
	pos := args[:len(args)-kw.Len()]
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		if c == '}' {
			if i+1 < len(tmpl) && tmpl[i+1] == '}' {
				b = append(b, '}')
				i += 2
				continue
			}
			return b, ValueError("Single '}' encountered in format string")
		}
		if c != '{' {
			// literal text up to the next brace, in one copy
			j := i + 1
			for j < len(tmpl) && tmpl[j] != '{' && tmpl[j] != '}' {
				j++
			}
			b = append(b, tmpl[i:j]...)
			i = j
			continue
		}
		if i+1 < len(tmpl) && tmpl[i+1] == '{' {
			b = append(b, '{')
			i += 2
			continue
		}
		// find the matching close brace (nested braces in the spec)
		depth, j := 1, i+1
		for j < len(tmpl) && depth > 0 {
			if tmpl[j] == '{' {
				depth++
			} else if tmpl[j] == '}' {
				depth--
			}
			j++
		}
		if depth > 0 {
			return b, ValueError("Single '{' encountered in format string")
		}
		field := tmpl[i+1 : j-1]
		i = j
		name, conv, spec := field, byte(0), ""
		if k := strings.IndexAny(field, "!:"); k >= 0 {
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return b, ValueError("end of string while looking for conversion specifier")
				}
				conv = rest[1]
				rest = rest[2:]
				if len(rest) > 0 && rest[0] != ':' {
					return b, ValueError("expected ':' after conversion specifier")
				}
			}
			if len(rest) > 0 {
				spec = rest[1:]
			}
		}
		// the first part of the name selects the argument
		first, tail := name, ""
		if k := strings.IndexAny(name, ".["); k >= 0 {
			first, tail = name[:k], name[k:]
		}
		var v Object
		if first == "" {
			if st.manual {
				return b, ValueError("cannot switch from manual field specification to automatic field numbering")
			}
			if st.auto >= len(pos) {
				return b, IndexError("Replacement index %d out of range for positional args tuple", st.auto)
			}
			v = pos[st.auto]
			st.auto++
		} else if n, ok := decimalIndex(first); ok {
			if st.auto > 0 {
				return b, ValueError("cannot switch from automatic field numbering to manual field specification")
			}
			st.manual = true
			if n >= len(pos) {
				return b, IndexError("Replacement index %d out of range for positional args tuple", n)
			}
			v = pos[n]
		} else {
			found := false
			for k := range kw.Len() {
				if (*Str)(kw.items[k].p).s == first {
					v = args[len(pos)+k]
					found = true
				}
			}
			if !found {
				return b, KeyError(NewStr(first).Obj())
			}
		}
		for tail != "" {
			if tail[0] == '.' {
				k := strings.IndexAny(tail[1:], ".[")
				attr := tail[1:]
				if k >= 0 {
					attr, tail = tail[1:k+1], tail[k+1:]
				} else {
					tail = ""
				}
				if attr == "" {
					return b, ValueError("Empty attribute in format string")
				}
				var exc *Exception
				if v, exc = GetAttrS(t, v, attr); exc != nil {
					return b, exc
				}
			} else {
				k := strings.IndexByte(tail, ']')
				if k < 0 {
					return b, ValueError("Missing ']' in format string")
				}
				key := tail[1:k]
				tail = tail[k+1:]
				if key == "" {
					return b, ValueError("Empty attribute in format string")
				}
				var ko Object
				if n, ok := decimalIndex(key); ok {
					ko = MakeInt(int64(n))
				} else {
					ko = NewStr(key).Obj()
				}
				var exc *Exception
				if v, exc = GetItem(t, v, ko); exc != nil {
					return b, exc
				}
			}
		}
		if conv == 0 && spec == "" {
			// The plain {} of a str or machine int: no intermediate str.
			switch v.Type() {
			case StrType:
				b = append(b, (*Str)(v.p).s...)
				continue
			case IntType:
				if n, big, _ := IntValue(v); big == nil {
					b = strconv.AppendInt(b, n, 10)
					continue
				}
			}
		}
		switch conv {
		case 0:
		case 'r':
			r, exc := Repr(t, v)
			if exc != nil {
				return b, exc
			}
			v = r
		case 's':
			r, exc := ToStr(t, v)
			if exc != nil {
				return b, exc
			}
			v = r
		case 'a':
			r, exc := ReprS(t, v)
			if exc != nil {
				return b, exc
			}
			v = NewStr(asciiRepr(r)[0:]).Obj()
			v = NewStr(toASCII(r)).Obj()
		default:
			return b, ValueError("Unknown conversion specifier %c", conv)
		}
		if strings.Contains(spec, "{") {
			s, exc := formatStringInto(t, spec, args, kw, nil, st, nest-1)
			if exc != nil {
				return b, exc
			}
			spec = string(s)
		}
		r, exc := Format(t, v, spec)
		if exc != nil {
			return b, exc
		}
		b = append(b, (*Str)(r.p).s...)
	}
	return b, nil
}

// toASCII escapes the non-ASCII code points of an already-repr'd text.
func toASCII(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			b = append(b, s[i])
			i++
			continue
		}
		r, sz := decodeRune(s, i)
		b = appendEscape(b, r)
		i += sz
	}
	return string(b)
}

// ---------------------------------------------------------------- % formatting

// strMod is str % args (printf-style formatting).
func strMod(t *Thread, a, b Object) (Object, *Exception) {
	s, ok := AsStr(a)
	if !ok {
		return NotImplemented, nil
	}
	var stack [128]byte
	r, exc := percentFormatInto(t, s.s, b, false, stack[:0])
	if exc != nil {
		return Object{}, exc
	}
	return strFromBytes(r, -1).Obj(), nil
}

// PercentFormat is fmt % values.
func PercentFormat(t *Thread, tmpl string, values Object) (string, *Exception) {
	return percentFormat(t, tmpl, values, false)
}

// percentFormat is str % values, or bytes % values when isBytes (tmpl and
// the result then hold raw bytes).
func percentFormat(t *Thread, tmpl string, values Object, isBytes bool) (string, *Exception) {
	b, exc := percentFormatInto(t, tmpl, values, isBytes, nil)
	if exc != nil {
		return "", exc
	}
	return string(b), nil
}

// percentFormatInto appends the result of percentFormat to b.
func percentFormatInto(t *Thread, tmpl string, values Object, isBytes bool, b []byte) ([]byte, *Exception) {
	width := countRunes
	if isBytes {
		width = func(s string) int { return len(s) }
	}
	var args []Object
	var mapping Object
	tu, isTuple := AsTuple(values)
	if isTuple {
		args = tu.items
	} else {
		args = []Object{values}
		if values.Type().Slots().GetItem != nil && values.Type().Flags&(FlagStrSubclass|FlagTupleSubclass) == 0 {
			if _, bl := BytesLike(values); !bl || !isBytes {
				mapping = values
			}
		}
	}
	argi := 0
	usedMapping := false
	next := func() (Object, *Exception) {
		if argi >= len(args) || usedMapping {
			return Object{}, TypeError("not enough arguments for format string")
		}
		argi++
		return args[argi-1], nil
	}
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '%' {
			// literal text up to the next '%', in one copy
			j := strings.IndexByte(tmpl[i:], '%')
			if j < 0 {
				j = len(tmpl) - i
			}
			b = append(b, tmpl[i:i+j]...)
			i += j - 1
			continue
		}
		start := i
		i++
		if i >= len(tmpl) {
			return b, ValueError("incomplete format")
		}
		var v Object
		if tmpl[i] == '(' {
			if mapping.p == nil {
				return b, TypeError("format requires a mapping")
			}
			depth, j := 1, i+1
			for j < len(tmpl) && depth > 0 {
				if tmpl[j] == '(' {
					depth++
				} else if tmpl[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return b, ValueError("incomplete format key")
			}
			key := tmpl[i+1 : j-1]
			kobj := NewStr(key).Obj()
			if isBytes {
				kobj = NewBytes([]byte(key)).Obj()
			}
			var exc *Exception
			if v, exc = GetItem(t, mapping, kobj); exc != nil {
				return b, exc
			}
			usedMapping = true
			i = j
		}
		f := fmtSpec{fill: ' ', precision: -1}
		for ; i < len(tmpl); i++ {
			switch tmpl[i] {
			case '-':
				f.align = '<'
				continue
			case '+':
				f.sign = '+'
				continue
			case ' ':
				if f.sign == 0 {
					f.sign = ' '
				}
				continue
			case '#':
				f.alt = true
				continue
			case '0':
				f.zero = true
				continue
			}
			break
		}
		if i < len(tmpl) && tmpl[i] == '*' {
			w, exc := next()
			if exc != nil {
				return b, exc
			}
			n, ok := AsInt64(w)
			if !ok {
				return b, TypeError("* wants int")
			}
			if n < 0 {
				f.align, n = '<', -n
			}
			f.width = int(n)
			i++
		} else {
			for i < len(tmpl) && tmpl[i] >= '0' && tmpl[i] <= '9' {
				f.width = f.width*10 + int(tmpl[i]-'0')
				i++
			}
		}
		if i < len(tmpl) && tmpl[i] == '.' {
			i++
			f.precision = 0
			if i < len(tmpl) && tmpl[i] == '*' {
				p, exc := next()
				if exc != nil {
					return b, exc
				}
				n, ok := AsInt64(p)
				if !ok {
					return b, TypeError("* wants int")
				}
				f.precision = int(max(n, 0))
				i++
			} else {
				for i < len(tmpl) && tmpl[i] >= '0' && tmpl[i] <= '9' {
					f.precision = f.precision*10 + int(tmpl[i]-'0')
					i++
				}
			}
		}
		for i < len(tmpl) && (tmpl[i] == 'h' || tmpl[i] == 'l' || tmpl[i] == 'L') {
			i++
		}
		if i >= len(tmpl) {
			return b, ValueError("incomplete format")
		}
		conv := tmpl[i]
		if conv == '%' {
			b = append(b, '%')
			continue
		}
		if v.p == nil {
			var exc *Exception
			if v, exc = next(); exc != nil {
				return b, exc
			}
		}
		if f.width == 0 && f.precision < 0 && f.sign == 0 && !f.alt && !isBytes {
			// %s of a str and %d of a machine int without flags: straight
			// into the result, no intermediate strings.
			switch {
			case conv == 's' && v.Type() == StrType:
				b = append(b, (*Str)(v.p).s...)
				continue
			case (conv == 'd' || conv == 'i' || conv == 'u') && v.Type() == IntType:
				if n, big, _ := IntValue(v); big == nil {
					b = strconv.AppendInt(b, n, 10)
					continue
				}
			}
		}
		if f.align == '<' {
			f.zero = false
		}
		var body, sp string
		numeric := false
		if isBytes {
			switch conv {
			case 'r':
				conv = 'a'
			case 's', 'b':
				bb, ok := BytesLike(v)
				if !ok {
					if f := v.Type().Lookup(Intern("__bytes__")); f.p != nil {
						m, exc := GetAttrS(t, v, "__bytes__")
						if exc != nil {
							return b, exc
						}
						r, exc := Call(t, m, nil, nil)
						if exc != nil {
							return b, exc
						}
						rb, ok := AsBytes(r)
						if !ok {
							return b, TypeError("__bytes__ returned non-bytes (type %s)", TypeName(r))
						}
						bb = rb.b
					} else {
						return b, TypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(v))
					}
				}
				s := string(bb)
				if f.precision >= 0 && f.precision < len(s) {
					s = s[:f.precision]
				}
				conv = 0
				v = NewBytes([]byte(s)).Obj()
				body = s
			case 'c':
				if n, ok := AsInt64(v); ok {
					if n < 0 || n > 255 {
						return b, OverflowError("%s", "%c arg not in range(256)")
					}
					body = string([]byte{byte(n)})
				} else if bb, ok := BytesLike(v); ok && len(bb) == 1 {
					body = string(bb)
				} else if ok {
					return b, TypeError("%%c requires an integer in range(256) or a single byte, not a bytes object of length %d", len(bb))
				} else {
					return b, TypeError("%%c requires an integer in range(256) or a single byte, not %s", TypeName(v))
				}
				conv = 0
			}
		}
		switch conv {
		case 0: // bytes %s / %c, already formatted
		case 's', 'r', 'a':
			var s string
			var exc *Exception
			switch conv {
			case 's':
				s, exc = StrS(t, v)
			case 'r':
				s, exc = ReprS(t, v)
			default:
				s, exc = ReprS(t, v)
				s = toASCII(s)
			}
			if exc != nil {
				return b, exc
			}
			if f.precision >= 0 {
				if st := NewStr(s); f.precision < st.n {
					s = st.substr(0, f.precision).s
				}
			}
			body = s
		case 'd', 'i', 'u', 'x', 'X', 'o':
			numeric = true
			iv := v
			if !IsInt(v) {
				if fv, ok := FloatValue(v); ok && (conv == 'd' || conv == 'i' || conv == 'u') {
					var exc *Exception
					if iv, exc = FloatToInt(fv); exc != nil {
						return b, exc
					}
				} else {
					// int(v) (%d) or operator.index(v): a TypeError from the
					// conversion, or a non-int result, is the wrong-type error.
					var conv1 func(*Thread, Object) (Object, *Exception)
					if in := v.Type().Slots().Int; in != nil && (conv == 'd' || conv == 'i' || conv == 'u') {
						conv1 = in
					} else if idx := v.Type().Slots().Index; idx != nil {
						conv1 = idx
					}
					var exc *Exception
					if conv1 != nil {
						iv, exc = conv1(t, v)
						if exc != nil && !exc.Matches(TypeErrorType) {
							return b, exc
						}
					}
					if conv1 == nil || exc != nil || !IsInt(iv) {
						if conv == 'd' || conv == 'i' || conv == 'u' {
							return b, TypeError("%%%c format: a real number is required, not %s", conv, TypeName(v))
						}
						return b, TypeError("%%%c format: an integer is required, not %s", conv, TypeName(v))
					}
				}
			}
			var neg bool
			if i64, bi, _ := IntValue(iv); bi == nil && i64 > math.MinInt64 && conv != 'x' && conv != 'X' && conv != 'o' {
				// %d of a machine int: no big.Int round trip.
				if neg = i64 < 0; neg {
					i64 = -i64
				}
				body = strconv.FormatInt(i64, 10)
				if f.precision > len(body) {
					body = strings.Repeat("0", f.precision-len(body)) + body
				}
				sp = signPrefix(neg, f.sign) + sp
				break
			}
			bi, _ := BigValue(iv)
			neg = bi.Sign() < 0
			abs := new(big.Int).Abs(bi)
			switch conv {
			case 'x':
				body = abs.Text(16)
				if f.alt {
					sp = "0x"
				}
			case 'X':
				body = strings.ToUpper(abs.Text(16))
				if f.alt {
					sp = "0X"
				}
			case 'o':
				body = abs.Text(8)
				if f.alt {
					sp = "0o"
				}
			default:
				d, exc := bigDecimal(abs)
				if exc != nil {
					return b, exc
				}
				body = d
			}
			if f.precision > len(body) {
				body = strings.Repeat("0", f.precision-len(body)) + body
			}
			sp = signPrefix(neg, f.sign) + sp
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			fv, ok, exc := toFloat(v)
			if exc != nil {
				return b, exc
			}
			if !ok {
				if ff := v.Type().Slots().Float; ff != nil {
					r, exc := ff(t, v)
					if exc != nil {
						return b, exc
					}
					fv, _ = FloatValue(r)
				} else if v.Type().Slots().Index != nil {
					r, exc := Index(t, v)
					if exc != nil {
						return b, exc
					}
					if fv, exc = IntToFloat(r); exc != nil {
						return b, exc
					}
				} else {
					return b, TypeError("must be real number, not %s", TypeName(v))
				}
			}
			fs := fmtSpec{fill: ' ', precision: f.precision, typ: conv, alt: f.alt}
			if fs.precision < 0 {
				fs.precision = 6
			}
			s, exc := formatFloatSpec(fv, fs, "float")
			if exc != nil {
				return b, exc
			}
			if strings.HasPrefix(s, "-") {
				s = s[1:]
				sp = "-"
			} else {
				sp = signPrefix(false, f.sign)
			}
			body = s
		case 'c':
			if !IsInt(v) && v.Type().Slots().Index != nil {
				// operator.index(v); a TypeError from it is the wrong-type error.
				if _, isStr := AsStr(v); !isStr {
					r, exc := v.Type().Slots().Index(t, v)
					if exc != nil && !exc.Matches(TypeErrorType) {
						return b, exc
					}
					if exc != nil || !IsInt(r) {
						return b, TypeError("%%c requires an int or a unicode character, not %s", TypeName(v))
					}
					v = r
				}
			}
			if IsInt(v) {
				if _, ok := AsInt64(v); !ok {
					return b, OverflowError("%s", "%c arg not in range(0x110000)")
				}
			}
			if n, ok := AsInt64(v); ok {
				if n < 0 || n > 0x10ffff {
					return b, OverflowError("%s", "%c arg not in range(0x110000)")
				}
				body = runeString(rune(n))
			} else if s, ok := AsStr(v); ok && s.n == 1 {
				body = s.s
			} else if ok {
				return b, TypeError("%%c requires an int or a unicode character, not a string of length %d", s.n)
			} else {
				return b, TypeError("%%c requires an int or a unicode character, not %s", TypeName(v))
			}
		default:
			return b, ValueError("unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		_ = start
		n := width(sp) + width(body)
		if n < f.width {
			padN := f.width - n
			switch {
			case f.align == '<':
				body = sp + body + strings.Repeat(" ", padN)
			case f.zero && numeric:
				body = sp + strings.Repeat("0", padN) + body
			default:
				body = strings.Repeat(" ", padN) + sp + body
			}
		} else {
			body = sp + body
		}
		b = append(b, body...)
	}
	if argi < len(args) && !usedMapping && mapping.p == nil {
		return b, TypeError("not all arguments converted during string formatting")
	}
	return b, nil
}

// decimalIndex parses a format field's numeric index: ASCII digits only
// ("-1" and "+1" are keys, as in CPython).
func decimalIndex(s string) (int, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
