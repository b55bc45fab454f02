package py

import (
	"bytes"
)

// The methods shared by bytes and bytearray. Both operate on a snapshot of
// the contents and return a new object of self's base kind (bytes methods
// return bytes, bytearray methods bytearray), as CPython does.

// bytesFromObj converts the argument of bytes(x)/bytearray(x); rangeMsg is
// the kind's message for an item outside range(256).
func bytesFromObj(t *Thread, x Object, kind string) ([]byte, *Exception) {
	rangeMsg := "bytes must be in range(0, 256)"
	if kind == "bytearray" {
		rangeMsg = "byte must be in range(0, 256)"
	}
	if b, ok := BytesLike(x); ok {
		return append([]byte(nil), b...), nil
	}
	if _, ok := AsStr(x); ok {
		return nil, TypeError("string argument without an encoding")
	}
	if IsInt(x) || x.Type().Slots().Index != nil && x.Type().Slots().Iter == nil {
		v, exc := Index(t, x)
		if exc != nil {
			return nil, exc
		}
		n, ok := AsInt64(v)
		if !ok || n > maxAlloc {
			return nil, OverflowError("cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, ValueError("negative count")
		}
		return make([]byte, n), nil
	}
	if x.Type().Slots().Iter == nil && x.Type().Slots().GetItem == nil {
		return nil, TypeError("cannot convert '%s' object to %s", TypeName(x), kind)
	}
	items, exc := SequenceItems(t, x)
	if exc != nil {
		return nil, exc
	}
	out := make([]byte, len(items))
	for i, it := range items {
		if !IsInt(it) && it.Type().Slots().Index == nil {
			return nil, TypeError("'%s' object cannot be interpreted as an integer", TypeName(it))
		}
		v, exc := Index(t, it)
		if exc != nil {
			return nil, exc
		}
		n, ok := AsInt64(v)
		if !ok || n < 0 || n > 255 {
			return nil, ValueError("%s", rangeMsg)
		}
		out[i] = byte(n)
	}
	return out, nil
}

func isBSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'
}
func isBLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isBUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isBAlpha(c byte) bool { return isBLower(c) || isBUpper(c) }
func isBDigit(c byte) bool { return c >= '0' && c <= '9' }

const bSpaces = " \t\n\r\x0b\x0c"

// subArg is the needle of find/count/index: an int in range(256) or a
// bytes-like object.
func subArg(t *Thread, o Object) ([]byte, *Exception) {
	if b, ok := BytesLike(o); ok {
		return b, nil
	}
	if IsInt(o) || o.Type().Slots().Index != nil {
		c, exc := byteValue(t, o)
		if exc != nil {
			return nil, exc
		}
		return []byte{c}, nil
	}
	return nil, TypeError("argument should be integer or bytes-like object, not '%s'", TypeName(o))
}

// fillArg is the fill byte of center/ljust/rjust.
func fillArg(name string, args []Object) (byte, *Exception) {
	if len(args) < 2 {
		return ' ', nil
	}
	b, ok := BytesLike(args[1])
	if !ok {
		return 0, TypeError("%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
	}
	if len(b) != 1 {
		return 0, TypeError("%s(): argument 2 must be a byte string of length 1, not a %s object of length %d", name, TypeName(args[1]), len(b))
	}
	return b[0], nil
}

func bSplitWhite(b []byte, n int, rev bool) [][]byte {
	var out [][]byte
	if !rev {
		i := 0
		for {
			for i < len(b) && isBSpace(b[i]) {
				i++
			}
			if i >= len(b) {
				return out
			}
			if n == 0 {
				return append(out, b[i:])
			}
			j := i
			for j < len(b) && !isBSpace(b[j]) {
				j++
			}
			out = append(out, b[i:j])
			n--
			i = j
		}
	}
	j := len(b)
	for {
		for j > 0 && isBSpace(b[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if n == 0 {
			out = append(out, b[:j])
			break
		}
		i := j
		for i > 0 && !isBSpace(b[i-1]) {
			i--
		}
		out = append(out, b[i:j])
		n--
		j = i
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func bSplitSep(b, sep []byte, n int, rev bool) [][]byte {
	if !rev {
		return bytes.SplitN(b, sep, splitCount(n))
	}
	var out [][]byte
	for n != 0 {
		i := bytes.LastIndex(b, sep)
		if i < 0 {
			break
		}
		out = append(out, b[i+len(sep):])
		b = b[:i]
		n--
	}
	out = append(out, b)
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func bytesLikeMethods(typ *Type, isBA bool) {
	kind := "bytes"
	if isBA {
		kind = "bytearray"
	}
	mk := func(d []byte) Object {
		if isBA {
			return NewByteArray(d).Obj()
		}
		return NewBytes(d).Obj()
	}
	data := func(self Object) []byte {
		if isBA {
			return (*ByteArray)(self.p).Data()
		}
		return (*Bytes)(self.p).b
	}
	bm := func(name string, f func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception)) {
		addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
			return f(t, self, data(self), args, kw)
		})
	}
	noKw := func(name string, kw *Tuple) *Exception {
		if kw.Len() > 0 {
			return TypeError("%s.%s() takes no keyword arguments", kind, name)
		}
		return nil
	}
	argRange := func(name string, args []Object, kw *Tuple, lo, hi int) *Exception {
		if exc := noKw(name, kw); exc != nil {
			return exc
		}
		if len(args) < lo {
			if lo == hi && lo == 1 {
				return TypeError("%s.%s() takes exactly one argument (%d given)", kind, name, len(args))
			}
			return TypeError("%s expected at least %d argument%s, got %d", name, lo, plural(lo), len(args))
		}
		if len(args) > hi {
			if hi == 0 {
				return TypeError("%s.%s() takes no arguments (%d given)", kind, name, len(args))
			}
			if lo == hi && lo == 1 {
				return TypeError("%s.%s() takes exactly one argument (%d given)", kind, name, len(args))
			}
			return TypeError("%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(args))
		}
		return nil
	}
	// Case conversions and predicates (ASCII only).
	mapper := func(name string, f func(b []byte) []byte) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 0, 0); exc != nil {
				return Object{}, exc
			}
			return mk(f(b)), nil
		})
	}
	mapper("lower", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if isBUpper(c) {
				c += 32
			}
			out[i] = c
		}
		return out
	})
	mapper("upper", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if isBLower(c) {
				c -= 32
			}
			out[i] = c
		}
		return out
	})
	mapper("swapcase", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if isBLower(c) {
				c -= 32
			} else if isBUpper(c) {
				c += 32
			}
			out[i] = c
		}
		return out
	})
	mapper("capitalize", func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			if i == 0 && isBLower(c) {
				c -= 32
			} else if i > 0 && isBUpper(c) {
				c += 32
			}
			out[i] = c
		}
		return out
	})
	mapper("title", func(b []byte) []byte {
		out := make([]byte, len(b))
		prev := false
		for i, c := range b {
			if isBAlpha(c) {
				if prev && isBUpper(c) {
					c += 32
				} else if !prev && isBLower(c) {
					c -= 32
				}
				prev = true
			} else {
				prev = false
			}
			out[i] = c
		}
		return out
	})
	pred := func(name string, f func(b []byte) bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 0, 0); exc != nil {
				return Object{}, exc
			}
			return Bool(f(b)), nil
		})
	}
	all := func(f func(c byte) bool) func(b []byte) bool {
		return func(b []byte) bool {
			if len(b) == 0 {
				return false
			}
			for _, c := range b {
				if !f(c) {
					return false
				}
			}
			return true
		}
	}
	pred("isalpha", all(isBAlpha))
	pred("isalnum", all(func(c byte) bool { return isBAlpha(c) || isBDigit(c) }))
	pred("isdigit", all(isBDigit))
	pred("isspace", all(isBSpace))
	pred("isascii", func(b []byte) bool {
		for _, c := range b {
			if c >= 0x80 {
				return false
			}
		}
		return true
	})
	cased := func(want, other func(byte) bool) func(b []byte) bool {
		return func(b []byte) bool {
			seen := false
			for _, c := range b {
				if other(c) {
					return false
				}
				if want(c) {
					seen = true
				}
			}
			return seen
		}
	}
	pred("islower", cased(isBLower, isBUpper))
	pred("isupper", cased(isBUpper, isBLower))
	pred("istitle", func(b []byte) bool {
		cased, prev := false, false
		for _, c := range b {
			switch {
			case isBUpper(c):
				if prev {
					return false
				}
				prev, cased = true, true
			case isBLower(c):
				if !prev {
					return false
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return cased
	})
	// Searching.
	sliceArgs := func(t *Thread, n int, args []Object) (int, int, *Exception) {
		var st, en Object
		if len(args) > 1 {
			st = args[1]
		}
		if len(args) > 2 {
			en = args[2]
		}
		return bounds(t, n, st, en)
	}
	find := func(name string, rev, raise, count bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 1, 3); exc != nil {
				return Object{}, exc
			}
			sub, exc := subArg(t, args[0])
			if exc != nil {
				return Object{}, exc
			}
			i, j, exc := sliceArgs(t, len(b), args)
			if exc != nil {
				return Object{}, exc
			}
			if i > j || i > len(b) {
				if count {
					return MakeInt(0), nil
				}
				if raise {
					return Object{}, ValueError("subsection not found")
				}
				return MakeInt(-1), nil
			}
			seg := b[i:j]
			if count {
				if len(sub) == 0 {
					return MakeInt(int64(len(seg) + 1)), nil
				}
				return MakeInt(int64(bytes.Count(seg, sub))), nil
			}
			r := bytes.Index(seg, sub)
			if rev {
				r = bytes.LastIndex(seg, sub)
			}
			if r < 0 {
				if raise {
					return Object{}, ValueError("subsection not found")
				}
				return MakeInt(-1), nil
			}
			return MakeInt(int64(r + i)), nil
		})
	}
	find("find", false, false, false)
	find("rfind", true, false, false)
	find("index", false, true, false)
	find("rindex", true, true, false)
	find("count", false, false, true)
	se := func(name string, ends bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 1, 3); exc != nil {
				return Object{}, exc
			}
			i, j, exc := sliceArgs(t, len(b), args)
			if exc != nil {
				return Object{}, exc
			}
			test := func(p []byte) bool {
				if i > len(b) || j-i < len(p) {
					return false
				}
				if ends {
					return bytes.HasSuffix(b[i:j], p)
				}
				return bytes.HasPrefix(b[i:j], p)
			}
			if p, ok := BytesLike(args[0]); ok {
				return Bool(test(p)), nil
			}
			if tu, ok := AsTuple(args[0]); ok {
				for _, it := range tu.items {
					p, ok := BytesLike(it)
					if !ok {
						return Object{}, TypeError("a bytes-like object is required, not '%s'", TypeName(it))
					}
					if test(p) {
						return True, nil
					}
				}
				return False, nil
			}
			return Object{}, TypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[0]))
		})
	}
	se("startswith", false)
	se("endswith", true)
	// Splitting and joining.
	split := func(name string, rev bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			var sep, maxs Object
			if exc := parseArgs(name, args, kw, []string{"sep", "maxsplit"}, 0, &sep, &maxs); exc != nil {
				return Object{}, exc
			}
			n := -1
			if maxs.p != nil {
				v, exc := indexOf(t, maxs, "'%s' object cannot be interpreted as an integer")
				if exc != nil {
					return Object{}, exc
				}
				n = v
			}
			var parts [][]byte
			if sep.p == nil || sep.IsNone() {
				parts = bSplitWhite(b, n, rev)
			} else {
				s, exc := needBytesLike(sep)
				if exc != nil {
					return Object{}, exc
				}
				if len(s) == 0 {
					return Object{}, ValueError("empty separator")
				}
				parts = bSplitSep(b, s, n, rev)
			}
			items := make([]Object, len(parts))
			for i, p := range parts {
				items[i] = mk(append([]byte(nil), p...))
			}
			return NewList(items).Obj(), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	bm("splitlines", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		var keep Object
		if exc := parseArgs("splitlines", args, kw, []string{"keepends"}, 0, &keep); exc != nil {
			return Object{}, exc
		}
		k := false
		if keep.p != nil {
			v, exc := Truthy(t, keep)
			if exc != nil {
				return Object{}, exc
			}
			k = v
		}
		var items []Object
		for i := 0; i < len(b); {
			j := i
			for j < len(b) && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			e := j
			if j < len(b) {
				if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
					j += 2
				} else {
					j++
				}
			}
			if k {
				e = j
			}
			items = append(items, mk(append([]byte(nil), b[i:e]...)))
			i = j
		}
		return NewList(items).Obj(), nil
	})
	part := func(name string, rev bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 1, 1); exc != nil {
				return Object{}, exc
			}
			sep, exc := needBytesLike(args[0])
			if exc != nil {
				return Object{}, exc
			}
			if len(sep) == 0 {
				return Object{}, ValueError("empty separator")
			}
			i := bytes.Index(b, sep)
			if rev {
				i = bytes.LastIndex(b, sep)
			}
			cp := func(x []byte) Object { return mk(append([]byte(nil), x...)) }
			if i < 0 {
				if rev {
					return NewTuple(cp(nil), cp(nil), cp(b)).Obj(), nil
				}
				return NewTuple(cp(b), cp(nil), cp(nil)).Obj(), nil
			}
			return NewTuple(cp(b[:i]), cp(sep), cp(b[i+len(sep):])).Obj(), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	bm("join", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := argRange("join", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		items, exc := SequenceItems(t, args[0])
		if exc != nil {
			if exc.Matches(TypeErrorType) && args[0].Type().Slots().Iter == nil && args[0].Type().Slots().GetItem == nil {
				return Object{}, TypeError("can only join an iterable")
			}
			return Object{}, exc
		}
		parts := make([][]byte, len(items))
		for i, it := range items {
			x, ok := BytesLike(it)
			if !ok {
				return Object{}, TypeError("sequence item %d: expected a bytes-like object, %s found", i, TypeName(it))
			}
			parts[i] = x
		}
		return mk(bytes.Join(parts, b)), nil
	})
	// Stripping, padding.
	strip := func(name string, l, r bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 0, 1); exc != nil {
				return Object{}, exc
			}
			cut := bSpaces
			if len(args) > 0 && !args[0].IsNone() {
				c, exc := needBytesLike(args[0])
				if exc != nil {
					return Object{}, exc
				}
				cut = string(c)
			}
			out := b
			if l {
				out = bytes.TrimLeft(out, cut)
			}
			if r {
				out = bytes.TrimRight(out, cut)
			}
			return mk(append([]byte(nil), out...)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	pad := func(name string) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 1, 2); exc != nil {
				return Object{}, exc
			}
			w, exc := indexOf(t, args[0], "'%s' object cannot be interpreted as an integer")
			if exc != nil {
				return Object{}, exc
			}
			fill, exc := fillArg(name, args)
			if exc != nil {
				return Object{}, exc
			}
			if w <= len(b) {
				return mk(append([]byte(nil), b...)), nil
			}
			if w > maxAlloc {
				return Object{}, MemoryError("")
			}
			total := w - len(b)
			left := 0
			switch name {
			case "rjust":
				left = total
			case "center":
				left = total / 2
				if total&w&1 != 0 {
					left++
				}
			}
			out := bytes.Repeat([]byte{fill}, w)
			copy(out[left:], b)
			return mk(out), nil
		})
	}
	pad("center")
	pad("ljust")
	pad("rjust")
	bm("zfill", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		if exc := argRange("zfill", args, kw, 1, 1); exc != nil {
			return Object{}, exc
		}
		w, exc := indexOf(t, args[0], "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		if w <= len(b) {
			return mk(append([]byte(nil), b...)), nil
		}
		out := bytes.Repeat([]byte{'0'}, w)
		copy(out[w-len(b):], b)
		if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
			out[0] = b[0]
			out[w-len(b)] = '0'
		}
		return mk(out), nil
	})
	bm("expandtabs", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		var ts Object
		if exc := parseArgs("expandtabs", args, kw, []string{"tabsize"}, 0, &ts); exc != nil {
			return Object{}, exc
		}
		size := 8
		if ts.p != nil {
			v, exc := indexOf(t, ts, "'%s' object cannot be interpreted as an integer")
			if exc != nil {
				return Object{}, exc
			}
			size = v
		}
		var out []byte
		col := 0
		for _, c := range b {
			switch c {
			case '\t':
				if size > 0 {
					n := size - col%size
					out = append(out, bytes.Repeat([]byte{' '}, n)...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return mk(out), nil
	})
	// Replacing and translating.
	bm("replace", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		var o, n, c Object
		if exc := parseArgs("replace", args, kw, []string{"old", "new", "count"}, 2, &o, &n, &c); exc != nil {
			return Object{}, exc
		}
		ob, exc := needBytesLike(o)
		if exc != nil {
			return Object{}, exc
		}
		nb, exc := needBytesLike(n)
		if exc != nil {
			return Object{}, exc
		}
		cnt := -1
		if c.p != nil {
			if cnt, exc = indexOf(t, c, "'%s' object cannot be interpreted as an integer"); exc != nil {
				return Object{}, exc
			}
		}
		return mk(bytes.Replace(b, ob, nb, cnt)), nil
	})
	affix := func(name string, suffix bool) {
		bm(name, func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
			if exc := argRange(name, args, kw, 1, 1); exc != nil {
				return Object{}, exc
			}
			p, exc := needBytesLike(args[0])
			if exc != nil {
				return Object{}, exc
			}
			out := b
			if suffix && len(p) > 0 && bytes.HasSuffix(b, p) {
				out = b[:len(b)-len(p)]
			} else if !suffix && bytes.HasPrefix(b, p) {
				out = b[len(p):]
			}
			return mk(append([]byte(nil), out...)), nil
		})
	}
	affix("removeprefix", false)
	affix("removesuffix", true)
	bm("translate", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		var tbl, del Object
		if exc := parseArgs("translate", args, kw, []string{"", "delete"}, 1, &tbl, &del); exc != nil {
			return Object{}, exc
		}
		var table []byte
		if !tbl.IsNone() {
			tb, exc := needBytesLike(tbl)
			if exc != nil {
				return Object{}, exc
			}
			if len(tb) != 256 {
				return Object{}, ValueError("translation table must be 256 characters long")
			}
			table = tb
		}
		var drop [256]bool
		if del.p != nil {
			d, exc := needBytesLike(del)
			if exc != nil {
				return Object{}, exc
			}
			for _, c := range d {
				drop[c] = true
			}
		}
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if drop[c] {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return mk(out), nil
	})
	typ.Dict.SetStr(Intern("maketrans"), (&BuiltinFunction{Head: Head{BuiltinFunctionType}, Name: "maketrans", Qual: kind + ".maketrans",
		Fn: func(t *Thread, args []Object, kw *Tuple) (Object, *Exception) {
			if kw.Len() > 0 || len(args) != 2 {
				return Object{}, TypeError("maketrans expected 2 arguments, got %d", len(args))
			}
			f, exc := needBytesLike(args[0])
			if exc != nil {
				return Object{}, exc
			}
			to, exc := needBytesLike(args[1])
			if exc != nil {
				return Object{}, exc
			}
			if len(f) != len(to) {
				return Object{}, ValueError("maketrans arguments must have same length")
			}
			out := make([]byte, 256)
			for i := range out {
				out[i] = byte(i)
			}
			for i, c := range f {
				out[c] = to[i]
			}
			return NewBytes(out).Obj(), nil
		}}).Obj())
	// Encoding.
	bm("decode", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		var enc, errs Object
		if exc := parseArgs("decode", args, kw, []string{"encoding", "errors"}, 0, &enc, &errs); exc != nil {
			return Object{}, exc
		}
		e, er := "utf-8", "strict"
		if enc.p != nil {
			x, ok := AsStr(enc)
			if !ok {
				return Object{}, TypeError("decode() argument 'encoding' must be str, not %s", TypeName(enc))
			}
			e = x.s
		}
		if errs.p != nil {
			x, ok := AsStr(errs)
			if !ok {
				return Object{}, TypeError("decode() argument 'errors' must be str, not %s", TypeName(errs))
			}
			er = x.s
		}
		s, exc := Decode(b, e, er)
		if exc != nil {
			return Object{}, exc
		}
		return s.Obj(), nil
	})
	bm("hex", func(t *Thread, self Object, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
		return bytesHex(t, b, args, kw)
	})
	addClassMethod(typ, "fromhex", func(t *Thread, cls Object, args []Object, kw *Tuple) (Object, *Exception) {
		if kw.Len() > 0 || len(args) != 1 {
			return Object{}, TypeError("fromhex() takes exactly one argument (%d given)", len(args))
		}
		var str string
		if s, ok := AsStr(args[0]); ok {
			str = s.s
		} else if bb, ok := BytesLike(args[0]); ok {
			str = string(bb)
		} else {
			return Object{}, TypeError("fromhex() argument must be str or bytes-like, not %s", TypeName(args[0]))
		}
		out, exc := parseHex(str)
		if exc != nil {
			return Object{}, exc
		}
		var r Object
		if isBA {
			r = NewByteArray(out).Obj()
		} else {
			r = NewBytes(out).Obj()
		}
		if ct := AsType(cls); ct != nil && ct != typ {
			return Call(t, cls, []Object{r}, nil)
		}
		return r, nil
	})
}

// parseHex decodes bytes.fromhex's argument: pairs of hex digits, with
// ASCII whitespace allowed between pairs.
func parseHex(str string) ([]byte, *Exception) {
	var out []byte
	for i := 0; i < len(str); {
		c := str[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c' {
			i++
			continue
		}
		if c >= 0x80 || digitVal(c) >= 16 {
			return nil, ValueError("non-hexadecimal number found in fromhex() arg at position %d", countRunes(str[:i]))
		}
		if i+1 >= len(str) {
			return nil, ValueError("fromhex() arg must contain an even number of hexadecimal digits")
		}
		d := str[i+1]
		if d >= 0x80 || digitVal(d) >= 16 {
			return nil, ValueError("non-hexadecimal number found in fromhex() arg at position %d", countRunes(str[:i+1]))
		}
		out = append(out, byte(digitVal(c)<<4|digitVal(d)))
		i += 2
	}
	return out, nil
}

// bytesHex is bytes.hex(sep=..., bytes_per_sep=1).
func bytesHex(t *Thread, b []byte, args []Object, kw *Tuple) (Object, *Exception) {
	var sepO, perO Object
	if exc := parseArgs("hex", args, kw, []string{"sep", "bytes_per_sep"}, 0, &sepO, &perO); exc != nil {
		return Object{}, exc
	}
	const digits = "0123456789abcdef"
	if sepO.p == nil || len(b) == 0 {
		if perO.p != nil {
			if _, exc := indexOf(t, perO, "'%s' object cannot be interpreted as an integer"); exc != nil {
				return Object{}, exc
			}
		}
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return NewStr(string(out)).Obj(), nil
	}
	var sep string
	if s, ok := AsStr(sepO); ok {
		sep = s.s
	} else if bb, ok := BytesLike(sepO); ok {
		sep = string(bb)
	} else {
		return Object{}, TypeError("sep must be str or bytes.")
	}
	if countRunes(sep) != 1 {
		return Object{}, ValueError("sep must be length 1.")
	}
	if sep[0] >= 0x80 {
		return Object{}, ValueError("sep must be ASCII.")
	}
	per := 1
	if perO.p != nil {
		v, exc := indexOf(t, perO, "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		per = v
	}
	if per == 0 {
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return NewStr(string(out)).Obj(), nil
	}
	n := per
	if n < 0 {
		n = -n
	}
	var out []byte
	// Groups of n bytes counted from the right (per > 0) or the left.
	for i, c := range b {
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(b)-i)%n == 0
			} else {
				boundary = i%n == 0
			}
			if boundary {
				out = append(out, sep[0])
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return NewStr(string(out)).Obj(), nil
}
