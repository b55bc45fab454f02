package ast

import (
	"github.com/pygo/pygo/internal/pyrepr"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// DumpOptions are the keyword arguments of Python's ast.dump. The zero
// value is ast.dump's defaults except for indent: use Indent: -1 for None.
type DumpOptions struct {
	NoFieldNames      bool // annotate_fields=False
	IncludeAttributes bool // include_attributes=True
	Indent            int  // spaces per level; < 0 means indent=None (one line)
	ShowEmpty         bool // show_empty=True
}

// Dump formats a node exactly as CPython 3.14's ast.dump does.
func Dump(n Node, opt DumpOptions) string {
	d := dumper{opt: opt}
	if opt.Indent >= 0 {
		d.indent = strings.Repeat(" ", opt.Indent)
	}
	s, _ := d.format(reflect.ValueOf(n), 0)
	return s
}

type dumper struct {
	opt    DumpOptions
	indent string
}

// fieldInfo describes one Python-visible field of a node struct.
type fieldInfo struct {
	index    int
	name     string
	optional bool // an optional string: "" is None
}

type typeInfo struct {
	name            string // Python class name
	fields          []fieldInfo
	spanIndex       int
	hasSpan         bool // carries lineno/col_offset/end_lineno/end_col_offset
	alwaysShowEmpty bool // Constant and MatchSingleton: value None is shown
}

// pyClassNames maps Go type names to the Python class names that differ.
var pyClassNames = map[string]string{
	"ExprStmt":      "Expr",
	"Comprehension": "comprehension",
	"Arguments":     "arguments",
	"Arg":           "arg",
	"Keyword":       "keyword",
	"Alias":         "alias",
	"WithItem":      "withitem",
	"MatchCase":     "match_case",
}

var typeInfos sync.Map // reflect.Type -> *typeInfo

var spanType = reflect.TypeOf(Span{})

func infoOf(t reflect.Type) *typeInfo {
	if v, ok := typeInfos.Load(t); ok {
		return v.(*typeInfo)
	}
	ti := &typeInfo{name: t.Name()}
	if py, ok := pyClassNames[ti.name]; ok {
		ti.name = py
	}
	ti.alwaysShowEmpty = ti.name == "Constant" || ti.name == "MatchSingleton"
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Type == spanType && f.Anonymous {
			ti.hasSpan = true
			ti.spanIndex = i
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		name, opt, _ := strings.Cut(tag, ",")
		ti.fields = append(ti.fields, fieldInfo{index: i, name: name, optional: opt == "opt"})
	}
	typeInfos.Store(t, ti)
	return ti
}

// format returns the dump of v and whether it is "simple" in ast.dump's
// sense (a scalar, or a node printed with no arguments).
func (d *dumper) format(v reflect.Value, level int) (string, bool) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "None", true
		}
		v = v.Elem()
	}
	prefix, sep := "", ", "
	if d.opt.Indent >= 0 {
		level++
		pad := strings.Repeat(d.indent, level)
		prefix = "\n" + pad
		sep = ",\n" + pad
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "None", true
		}
		if n, ok := v.Interface().(*big.Int); ok {
			return n.String(), true
		}
		v = v.Elem()
		ti := infoOf(v.Type())
		var args, buffer []string
		allSimple := true
		keywords := !d.opt.NoFieldNames
		for _, f := range ti.fields {
			fv := v.Field(f.index)
			if isNone(fv, f.optional) {
				// An optional field holding None is left out altogether.
				keywords = true
				continue
			}
			if !d.opt.ShowEmpty && !ti.alwaysShowEmpty && fv.Kind() == reflect.Slice && fv.Len() == 0 {
				buffer = append(buffer, "[]")
				continue
			} else if !keywords {
				args = append(args, buffer...)
				buffer = buffer[:0]
			}
			s, simple := d.format(fv, level)
			allSimple = allSimple && simple
			if keywords {
				args = append(args, f.name+"="+s)
			} else {
				args = append(args, s)
			}
		}
		if d.opt.IncludeAttributes && ti.hasSpan {
			sp := v.Field(ti.spanIndex).Interface().(Span)
			args = append(args,
				"lineno="+strconv.Itoa(int(sp.Start.Line)),
				"col_offset="+strconv.Itoa(int(sp.Start.Col)),
				"end_lineno="+strconv.Itoa(int(sp.End.Line)),
				"end_col_offset="+strconv.Itoa(int(sp.End.Col)))
		}
		if allSimple && len(args) <= 3 {
			return ti.name + "(" + strings.Join(args, ", ") + ")", len(args) == 0
		}
		return ti.name + "(" + prefix + strings.Join(args, sep) + ")", false
	case reflect.Slice:
		if v.Len() == 0 {
			return "[]", true
		}
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i], _ = d.format(v.Index(i), level)
		}
		return "[" + prefix + strings.Join(parts, sep) + "]", false
	}
	return Repr(v.Interface()), true
}

// isNone reports whether a field value stands for Python's None.
func isNone(v reflect.Value, optionalString bool) bool {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	case reflect.String:
		return optionalString && v.Len() == 0
	}
	return false
}

// Repr returns Python's repr of a constant value or of an enum field
// (Load(), Add(), ...).
func Repr(x any) string {
	switch x := x.(type) {
	case NoneType:
		return "None"
	case EllipsisType:
		return "Ellipsis"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case *big.Int:
		return x.String()
	case float64:
		return FloatRepr(x)
	case complex128:
		return complexRepr(x)
	case string:
		return StrRepr(x)
	case Bytes:
		return BytesRepr(string(x))
	case ExprContext, BoolOperator, Operator, UnaryOperator, CmpOp:
		return x.(interface{ String() string }).String() + "()"
	case nil:
		return "None"
	}
	return "<?>"
}

// FloatRepr formats f as Python's repr(float): the shortest string that
// round-trips, in fixed notation for exponents -4 <= e < 16 and scientific
// notation (with at least two exponent digits) otherwise.
func FloatRepr(f float64) string { return pyrepr.Float(f) }

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imStr := complexPart(im)
	if re == 0 && !math.Signbit(re) {
		return imStr + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && math.Signbit(im) {
		sign = "-"
		imStr = complexPart(-im)
	}
	return "(" + complexPart(re) + sign + imStr + "j)"
}

func complexPart(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	return pyrepr.ShortFloat(f, false)
}

// StrRepr returns Python's repr of a str. Lone surrogates are expected in
// the generalized UTF-8 (WTF-8) encoding the scanner uses for them.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := decodeWTF8(s[i:])
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			writeHex(&b, 'x', uint32(r), 2)
		case r < 0x7f:
			b.WriteByte(byte(r))
		case IsPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			writeHex(&b, 'x', uint32(r), 2)
		case r <= 0xffff:
			writeHex(&b, 'u', uint32(r), 4)
		default:
			writeHex(&b, 'U', uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// decodeWTF8 decodes one code point, accepting encoded surrogates; any other
// invalid byte decodes as U+FFFD of size 1.
func decodeWTF8(s string) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 && len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, size
}

func writeHex(b *strings.Builder, kind byte, v uint32, width int) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := (width - 1) * 4; shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[(v>>uint(shift))&0xF])
	}
}

// IsPrintable reports whether Python's str.isprintable holds for r: every
// assigned character except the categories Cc, Cf, Cs, Co, Zl, Zp and Zs
// (the ASCII space excepted).
func IsPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// BytesRepr returns Python's repr of a bytes value.
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			writeHex(&b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
