package py

import (
	"strings"
	"unicode"
	"unsafe"
)

type strFn func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception)

func strMethod(typ *Type, name string, f strFn) {
	addMethod(typ, name, func(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
		return f(t, (*Str)(self.p), args, kw)
	})
}

func strArg(fname string, o Object, pos int) (*Str, *Exception) {
	s, ok := AsStr(o)
	if !ok {
		if pos == 0 { // the only parameter: Argument Clinic names no position
			return nil, TypeError("%s() argument must be str, not %s", fname, clinicTypeName(o))
		}
		return nil, TypeError("%s() argument %d must be str, not %s", fname, pos, clinicTypeName(o))
	}
	return s, nil
}

// clinicTypeName is how Argument Clinic's messages name an argument's
// type: None is "None".
func clinicTypeName(o Object) string {
	if o.IsNone() {
		return "None"
	}
	return TypeName(o)
}

// optIndex converts an optional slice-style bound (None = default).
func optIndex(t *Thread, o Object, def int) (int, *Exception) {
	if o.p == nil || o.IsNone() {
		return def, nil
	}
	if !IsInt(o) && o.Type().Slots().Index == nil {
		return 0, TypeError("slice indices must be integers or None or have an __index__ method")
	}
	v, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	// Out-of-range bounds clamp, as CPython's _PyEval_SliceIndex does.
	if _, b, _ := IntValue(v); b != nil {
		if b.Sign() < 0 {
			return -(1 << 62), nil
		}
		return 1 << 62, nil
	}
	return indexOf(t, v, "'%s' object cannot be interpreted as an integer")
}

// bounds resolves start/end code point bounds as slicing does.
func bounds(t *Thread, n int, start, end Object) (int, int, *Exception) {
	i, exc := optIndex(t, start, 0)
	if exc != nil {
		return 0, 0, exc
	}
	j, exc := optIndex(t, end, n)
	if exc != nil {
		return 0, 0, exc
	}
	if i < 0 {
		i = max(i+n, 0)
	}
	if j < 0 {
		j = max(j+n, 0)
	}
	return i, min(j, n), nil
}

func (s *Str) cpIndex(byteOff int) int {
	if s.n == len(s.s) {
		return byteOff
	}
	return countRunes(s.s[:byteOff])
}

// find returns the code point index of sub in s[start:end] (rev: last).
func (s *Str) find(sub *Str, i, j int, rev bool) int {
	if i > s.n || i > j {
		if sub.n == 0 && i <= s.n && i <= j {
			return i
		}
		return -1
	}
	bi, bj := s.offset(i), s.offset(j)
	var r int
	if rev {
		r = strings.LastIndex(s.s[bi:bj], sub.s)
	} else {
		r = strings.Index(s.s[bi:bj], sub.s)
	}
	if r < 0 {
		return -1
	}
	return s.cpIndex(bi + r)
}

func findLike(name string, rev, raise bool) strFn {
	return func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		if kw.Len() > 0 {
			return Object{}, TypeError("str.%s() takes no keyword arguments", name)
		}
		if len(args) < 1 || len(args) > 3 {
			if len(args) < 1 {
				return Object{}, TypeError("%s expected at least 1 argument, got 0", name)
			}
			return Object{}, TypeError("%s expected at most 3 arguments, got %d", name, len(args))
		}
		sub, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("%s() argument 1 must be str, not %s", name, TypeName(args[0]))
		}
		var st, en Object
		if len(args) > 1 {
			st = args[1]
		}
		if len(args) > 2 {
			en = args[2]
		}
		i, j, exc := bounds(t, s.n, st, en)
		if exc != nil {
			return Object{}, exc
		}
		r := s.find(sub, i, j, rev)
		if r < 0 && raise {
			return Object{}, ValueError("substring not found")
		}
		return MakeInt(int64(r)), nil
	}
}

func strCount(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
	if len(args) < 1 {
		return Object{}, TypeError("count expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 3 {
		return Object{}, TypeError("count expected at most 3 arguments, got %d", len(args))
	}
	sub, ok := AsStr(args[0])
	if !ok {
		return Object{}, TypeError("count() argument 1 must be str, not %s", clinicTypeName(args[0]))
	}
	var st, en Object
	if len(args) > 1 {
		st = args[1]
	}
	if len(args) > 2 {
		en = args[2]
	}
	i, j, exc := bounds(t, s.n, st, en)
	if exc != nil {
		return Object{}, exc
	}
	if i > s.n || i > j {
		return MakeInt(0), nil
	}
	if sub.n == 0 {
		return MakeInt(int64(j - i + 1)), nil
	}
	return MakeInt(int64(strings.Count(s.s[s.offset(i):s.offset(j)], sub.s))), nil
}

func startsEnds(name string, ends bool) strFn {
	return func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		if kw.Len() > 0 {
			return Object{}, TypeError("str.%s() takes no keyword arguments", name)
		}
		if len(args) < 1 || len(args) > 3 {
			if len(args) < 1 {
				return Object{}, TypeError("%s expected at least 1 argument, got 0", name)
			}
			return Object{}, TypeError("%s expected at most 3 arguments, got %d", name, len(args))
		}
		var st, en Object
		if len(args) > 1 {
			st = args[1]
		}
		if len(args) > 2 {
			en = args[2]
		}
		i, j, exc := bounds(t, s.n, st, en)
		if exc != nil {
			return Object{}, exc
		}
		test := func(p *Str) bool {
			if i > s.n || j-i < p.n {
				return false
			}
			seg := s.s[s.offset(i):s.offset(j)]
			if ends {
				return strings.HasSuffix(seg, p.s)
			}
			return strings.HasPrefix(seg, p.s)
		}
		if p, ok := AsStr(args[0]); ok {
			return Bool(test(p)), nil
		}
		if tu, ok := AsTuple(args[0]); ok {
			for _, it := range tu.items {
				p, ok := AsStr(it)
				if !ok {
					return Object{}, TypeError("tuple for %s must only contain str, not %s", name, TypeName(it))
				}
				if test(p) {
					return True, nil
				}
			}
			return False, nil
		}
		return Object{}, TypeError("%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
	}
}

func splitArgs(t *Thread, name string, args []Object, kw *Tuple) (*Str, int, *Exception) {
	var sep, maxs Object
	if exc := parseArgs(name, args, kw, []string{"sep", "maxsplit"}, 0, &sep, &maxs); exc != nil {
		return nil, 0, exc
	}
	n := -1
	if maxs.p != nil {
		v, exc := indexOf(t, maxs, "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return nil, 0, exc
		}
		n = v
	}
	if sep.p == nil || sep.IsNone() {
		return nil, n, nil
	}
	s, ok := AsStr(sep)
	if !ok {
		return nil, 0, TypeError("must be str or None, not %s", TypeName(sep))
	}
	if s.n == 0 {
		return nil, 0, ValueError("empty separator")
	}
	return s, n, nil
}

// strPieces makes the list of parts, which are substrings of src's text:
// a part that is all of an exact src is src itself (as in CPython); the
// others share src's bytes, with headers from slabs, and need no code
// point count when src is ASCII.
func strPieces(src *Str, parts []string) Object {
	items := make([]Object, len(parts))
	ascii := src.n == len(src.s)
	var h strHeaders
	for i, p := range parts {
		if len(p) == len(src.s) && src.typ == StrType {
			items[i] = src.Obj()
			continue
		}
		n := len(p)
		if !ascii {
			n = countRunes(p)
		}
		items[i] = h.piece(p, n)
	}
	return newListOwned(items).Obj()
}

// asciiSpace marks the ASCII bytes that str.isspace accepts.
var asciiSpace = [256]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true}

// splitASCIIWhitespace is str.split(None, maxsplit) of ASCII text: the
// pieces are counted first so the list and headers are allocated once.
func splitASCIIWhitespace(src *Str, maxsplit int) Object {
	s := src.s
	words := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := asciiSpace[s[i]]
		if !sp && !in {
			words++
		}
		in = !sp
	}
	if maxsplit >= 0 && words > maxsplit+1 {
		words = maxsplit + 1
	}
	items := make([]Object, 0, words)
	var h strHeaders
	if words > 1 && words <= strSlab*4 {
		h.slab = make([]Str, min(words, strSlab))
	}
	i := 0
	for len(items) < words {
		for asciiSpace[s[i]] {
			i++
		}
		j := i
		if len(items) == words-1 && words == maxsplit+1 {
			j = len(s) // the last piece of a limited split is the rest
		} else {
			for j < len(s) && !asciiSpace[s[j]] {
				j++
			}
		}
		if j-i == len(s) && src.typ == StrType {
			items = append(items, src.Obj())
		} else {
			items = append(items, h.piece(s[i:j], j-i))
		}
		i = j
	}
	return newListOwned(items).Obj()
}

// splitSep is str.split(sep, maxsplit) with one list allocation.
func splitSep(src, sep *Str, maxsplit int) Object {
	s := src.s
	k := strings.Count(s, sep.s)
	if maxsplit >= 0 && k > maxsplit {
		k = maxsplit
	}
	if k == 0 {
		if src.typ == StrType {
			return newListOwned([]Object{src.Obj()}).Obj()
		}
		return newListOwned([]Object{strN(s, src.n).Obj()}).Obj()
	}
	ascii := src.n == len(s)
	items := make([]Object, 0, k+1)
	var h strHeaders
	if k+1 <= strSlab*4 {
		h.slab = make([]Str, min(k+1, strSlab))
	}
	for range k {
		var j int
		if len(sep.s) == 1 {
			j = strings.IndexByte(s, sep.s[0])
		} else {
			j = strings.Index(s, sep.s)
		}
		n := j
		if !ascii {
			n = countRunes(s[:j])
		}
		items = append(items, h.piece(s[:j], n))
		s = s[j+len(sep.s):]
	}
	n := len(s)
	if !ascii {
		n = countRunes(s)
	}
	items = append(items, h.piece(s, n))
	return newListOwned(items).Obj()
}

// splitWhitespace splits on runs of whitespace (str.split()).
func splitWhitespace(s string, maxsplit int, rev bool) []string {
	var out []string
	if !rev {
		i := 0
		for {
			for i < len(s) {
				r, sz := decodeRune(s, i)
				if !isPySpace(r) {
					break
				}
				i += sz
			}
			if i >= len(s) {
				return out
			}
			if maxsplit == 0 {
				return append(out, s[i:])
			}
			j := i
			for j < len(s) {
				r, sz := decodeRune(s, j)
				if isPySpace(r) {
					break
				}
				j += sz
			}
			out = append(out, s[i:j])
			maxsplit--
			i = j
		}
	}
	j := len(s)
	for {
		for j > 0 {
			r, sz := lastRune(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= sz
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			out = append(out, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, sz := lastRune(s[:i])
			if isPySpace(r) {
				break
			}
			i -= sz
		}
		out = append(out, s[i:j])
		maxsplit--
		j = i
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func lastRune(s string) (rune, int) {
	if n := len(s); n >= 3 && s[n-3] == 0xED {
		r, sz := decodeRune(s, n-3)
		if sz == 3 {
			return r, 3
		}
	}
	c := s[len(s)-1]
	if c < 0x80 {
		return rune(c), 1
	}
	i := len(s) - 1
	for i > 0 && s[i]&0xC0 == 0x80 && len(s)-i < 4 {
		i--
	}
	r, sz := decodeRune(s, i)
	return r, sz
}

func splitCount(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func strSplit(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
	sep, n, exc := splitArgs(t, "split", args, kw)
	if exc != nil {
		return Object{}, exc
	}
	if sep == nil {
		if s.n == len(s.s) {
			return splitASCIIWhitespace(s, n), nil
		}
		return strPieces(s, splitWhitespace(s.s, n, false)), nil
	}
	return splitSep(s, sep, n), nil
}

func strRSplit(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
	sep, n, exc := splitArgs(t, "rsplit", args, kw)
	if exc != nil {
		return Object{}, exc
	}
	if sep == nil {
		return strPieces(s, splitWhitespace(s.s, n, true)), nil
	}
	// Right to left even without a limit: overlapping separators split
	// differently from the right ('aaaaa'.rsplit('aa') == ['a', '', '']).
	var parts []string
	rest := s.s
	for n != 0 {
		k := strings.LastIndex(rest, sep.s)
		if k < 0 {
			break
		}
		parts = append(parts, rest[k+len(sep.s):])
		rest = rest[:k]
		n--
	}
	parts = append(parts, rest)
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return strPieces(s, parts), nil
}

func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func strSplitlines(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
	var keep Object
	if exc := parseArgs("splitlines", args, kw, []string{"keepends"}, 0, &keep); exc != nil {
		return Object{}, exc
	}
	keepends := false
	if keep.p != nil {
		var exc *Exception
		if keepends, exc = Truthy(t, keep); exc != nil {
			return Object{}, exc
		}
	}
	var parts []string
	str := s.s
	start := 0
	for i := 0; i < len(str); {
		r, sz := decodeRune(str, i)
		if !isLineBreak(r) {
			i += sz
			continue
		}
		end := i + sz
		if r == '\r' && end < len(str) && str[end] == '\n' {
			end++
		}
		if keepends {
			parts = append(parts, str[start:end])
		} else {
			parts = append(parts, str[start:i])
		}
		start, i = end, end
	}
	if start < len(str) {
		parts = append(parts, str[start:])
	}
	return strPieces(s, parts), nil
}

func stripLike(name string, left, right bool) strFn {
	return func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		if kw.Len() > 0 {
			return Object{}, TypeError("str.%s() takes no keyword arguments", name)
		}
		if len(args) > 1 {
			return Object{}, TypeError("%s expected at most 1 argument, got %d", name, len(args))
		}
		if s.n == len(s.s) && (len(args) == 0 || args[0].IsNone()) {
			// ASCII text, whitespace: a byte loop, and the result is ASCII.
			i, j := 0, len(s.s)
			if left {
				for i < j && asciiSpace[s.s[i]] {
					i++
				}
			}
			if right {
				for j > i && asciiSpace[s.s[j-1]] {
					j--
				}
			}
			if j-i == len(s.s) && s.typ == StrType {
				return s.Obj(), nil
			}
			return strN(s.s[i:j], j-i).Obj(), nil
		}
		var f func(rune) bool
		if len(args) == 0 || args[0].IsNone() {
			f = isPySpace
		} else {
			cs, ok := AsStr(args[0])
			if !ok {
				return Object{}, TypeError("%s arg must be None or str", name)
			}
			set := cs.s
			f = func(r rune) bool {
				for i := 0; i < len(set); {
					c, sz := decodeRune(set, i)
					if c == r {
						return true
					}
					i += sz
				}
				return false
			}
		}
		r := s.s
		if left {
			r = strings.TrimLeftFunc(r, f)
		}
		if right {
			r = strings.TrimRightFunc(r, f)
		}
		if len(r) == len(s.s) && s.typ == StrType {
			return s.Obj(), nil
		}
		return NewStr(r).Obj(), nil
	}
}

func strJoin(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
	if len(args) != 1 || kw.Len() > 0 {
		return Object{}, TypeError("str.join() takes exactly one argument (%d given)", len(args))
	}
	if l, ok := AsList(args[0]); ok && l.typ == ListType {
		return joinList(s, l)
	}
	items, exc := SequenceItems(t, args[0])
	if exc != nil {
		if exc.Matches(TypeErrorType) {
			return Object{}, TypeError("can only join an iterable")
		}
		return Object{}, exc
	}
	if len(items) == 1 {
		if x, ok := AsStr(items[0]); ok && x.typ == StrType {
			return items[0], nil
		}
	}
	// Sizes first, then one copy into a buffer of exactly the right size.
	total, n := 0, 0
	for i, it := range items {
		x, ok := AsStr(it)
		if !ok {
			return Object{}, TypeError("sequence item %d: expected str instance, %s found", i, TypeName(it))
		}
		total += len(x.s)
		n += x.n
	}
	if len(items) > 1 {
		if len(s.s) > 0 && len(items)-1 > (maxAlloc-total)/len(s.s) {
			return Object{}, OverflowError("join() result is too long for a Python string")
		}
		total += len(s.s) * (len(items) - 1)
		n += s.n * (len(items) - 1)
	}
	if total == 0 {
		return emptyStr.Obj(), nil
	}
	r, buf := newStrBuf(total)
	k := 0
	sep := s.s
	for i, it := range items {
		if i > 0 {
			switch len(sep) {
			case 0:
			case 1:
				buf[k] = sep[0]
				k++
			default:
				k += copy(buf[k:], sep)
			}
		}
		k += copy(buf[k:], (*Str)(it.p).s)
	}
	if total == 1 && buf[0] < 0x80 {
		return asciiChars[buf[0]].Obj(), nil
	}
	return r.finish(buf, n).Obj(), nil
}

// joinList is sep.join(l) for an exact list without a snapshot copy of
// its items: a first lock-free pass sizes the buffer, the second reads each
// item once (as iteration would, so a concurrent change is seen at most
// as a different but consistent sequence) and copies it.
func joinList(sep *Str, l *List) (Object, *Exception) {
	// The slots of the array loaded now are read atomically; a nil one
	// (a concurrent shrink) is settled by Get.
	a := *l.arr.Load()
	a = a[:cap(a)]
	k := min(l.Len(), len(a))
	a = a[:k]
	hint := 0
	for i := range a {
		if x, ok := AsStr(slotLoad(&a[i])); ok {
			hint += len(x.s)
		}
	}
	if k > 1 {
		if len(sep.s) > 0 && k-1 > (maxAlloc-hint)/len(sep.s) {
			return Object{}, OverflowError("join() result is too long for a Python string")
		}
		hint += len(sep.s) * (k - 1)
	}
	var stack [144]byte
	var buf []byte
	if hint <= len(stack) {
		buf = stack[:0]
	} else {
		buf = make([]byte, 0, hint)
	}
	n := 0
	var first Object
	i := 0
	for ; i < k; i++ {
		v := slotLoad(&a[i])
		if v.p == nil {
			var ok bool
			if v, ok = l.Get(i); !ok {
				break
			}
		}
		x, ok := AsStr(v)
		if !ok {
			return Object{}, TypeError("sequence item %d: expected str instance, %s found", i, TypeName(v))
		}
		if i == 0 {
			first = v
		} else {
			if len(sep.s) == 1 {
				buf = append(buf, sep.s[0])
			} else {
				buf = append(buf, sep.s...)
			}
			n += sep.n
		}
		buf = append(buf, x.s...)
		n += x.n
	}
	if i == 1 && (*Str)(first.p).typ == StrType {
		return first, nil
	}
	if len(buf) <= len(stack) {
		return strFromBytes(buf, n).Obj(), nil
	}
	return (&Str{Head: Head{StrType}, s: unsafe.String(&buf[0], len(buf)), n: n}).Obj(), nil
}

func strReplace(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
	var oldO, newO, countO Object
	if exc := parseArgs("replace", args, kw, []string{"", "", "count"}, 2, &oldO, &newO, &countO); exc != nil {
		return Object{}, exc
	}
	old, exc := strArg("replace", oldO, 1)
	if exc != nil {
		return Object{}, exc
	}
	nw, exc := strArg("replace", newO, 2)
	if exc != nil {
		return Object{}, exc
	}
	n := -1
	if countO.p != nil {
		if n, exc = indexOf(t, countO, "'%s' object cannot be interpreted as an integer"); exc != nil {
			return Object{}, exc
		}
	}
	if old.n == 0 && n != 0 {
		// insert between code points (strings.Replace counts bytes for
		// invalid UTF-8, so do it by hand for WTF-8 text)
		rs := s.runes()
		var b []byte
		k := 0
		if n < 0 || n > 0 {
			b = append(b, nw.s...)
			k++
		}
		for i, r := range rs {
			b = appendRune(b, r)
			if i < len(rs)-1 || true {
				if n < 0 || k < n {
					b = append(b, nw.s...)
					k++
				}
			}
		}
		return NewStr(string(b)).Obj(), nil
	}
	r, exc := strReplaceN(s, old, nw, n)
	if exc != nil {
		return Object{}, exc
	}
	return r.Obj(), nil
}

// replaceByte copies src into dst with every byte o replaced by x. A
// word's bytes equal to o are found exactly with the zero-byte test on
// word^o (Hacker's Delight 6-1), which cannot carry between bytes.
func replaceByte(dst []byte, src string, o, x byte) {
	const ones, low7 = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f
	pat, flip := ones*uint64(o), uint64(o^x)
	i := 0
	for ; i+8 <= len(src); i += 8 {
		w := word8(src, i)
		t := w ^ pat
		zero := ^((t&low7 + low7) | t | low7) // 0x80 where t's byte is 0
		putWord8(dst[i:], w^(zero>>7)*flip)
	}
	for ; i < len(src); i++ {
		c := src[i]
		if c == o {
			c = x
		}
		dst[i] = c
	}
}

// strReplaceN replaces up to n (< 0: all) non-overlapping occurrences of
// old (not empty) in s with nw: one pass to count, one allocation, and the
// code point count of the result from the counts (no rescan).
func strReplaceN(s, old, nw *Str, n int) (*Str, *Exception) {
	k, limited := 0, false
	if n != 0 {
		k = strings.Count(s.s, old.s)
		if n > 0 && k > n {
			k = n
			limited = true
		}
	}
	if k == 0 {
		if s.typ == StrType {
			return s, nil
		}
		return strN(s.s, s.n), nil
	}
	d := len(nw.s) - len(old.s)
	if d > 0 && k > (maxAlloc-len(s.s))/d {
		return nil, OverflowError("replace string is too long")
	}
	total := len(s.s) + k*d
	if total == 0 {
		return emptyStr, nil
	}
	r, b := newStrBuf(total)
	src := s.s
	if len(old.s) == 1 && len(nw.s) == 1 && !limited {
		// one ASCII byte for another, everywhere: a word at a time
		replaceByte(b, src, old.s[0], nw.s[0])
		return r.finish(b, s.n), nil
	}
	w := 0
	for range k {
		var j int
		if len(old.s) == 1 {
			j = strings.IndexByte(src, old.s[0])
		} else {
			j = strings.Index(src, old.s)
		}
		w += copy(b[w:], src[:j])
		w += copy(b[w:], nw.s)
		src = src[j+len(old.s):]
	}
	copy(b[w:], src)
	if total == 1 && b[0] < 0x80 {
		return asciiChars[b[0]], nil
	}
	return r.finish(b, s.n+k*(nw.n-old.n)), nil
}

func mapRunes(s *Str, f func(r rune) rune) *Str {
	if s.n == len(s.s) {
		b := []byte(s.s)
		for i, c := range b {
			b[i] = byte(f(rune(c)))
		}
		return NewStr(string(b))
	}
	rs := s.runes()
	for i, r := range rs {
		rs[i] = f(r)
	}
	return runesToStr(rs)
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func appendTitle(b []byte, r rune) []byte {
	if r == 'ß' {
		return append(b, "Ss"...)
	}
	return appendRune(b, unicode.ToTitle(r))
}

func predicate(name string, f func(r rune) bool, emptyTrue bool) strFn {
	return func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) > 0 || kw.Len() > 0 {
			return Object{}, TypeError("str.%s() takes no arguments (%d given)", name, len(args)+kw.Len())
		}
		if s.n == 0 {
			return Bool(emptyTrue), nil
		}
		for i := 0; i < len(s.s); {
			r, sz := decodeRune(s.s, i)
			if !f(r) {
				return False, nil
			}
			i += sz
		}
		return True, nil
	}
}

// uniRange is an inclusive range of code points in the generated tables
// of strmeth_unicode.go (Unicode 16, which Go's unicode package predates).
type uniRange struct{ lo, hi rune }

// inRanges reports whether r lies in one of the sorted ranges.
func inRanges(rs []uniRange, r rune) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < rs[m].lo:
			hi = m
		case r > rs[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

func isDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(uniDecimal[:], r)
}
func isDigitRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(uniDigit[:], r)
}
func isNumericRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(uniNumeric[:], r)
}
func isAlphaRune(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(uniAlpha[:], r)
}
func isAlnumRune(r rune) bool {
	return isAlphaRune(r) || isDecimal(r) || isDigitRune(r) || isNumericRune(r)
}
func isPrintableRune(r rune) bool {
	if r < 0x80 {
		return r >= ' ' && r < 0x7f
	}
	return inRanges(uniPrintable[:], r)
}

// notXID lists the ID_Start/ID_Continue characters that are not
// XID_Start/XID_Continue (their NFKC forms are not identifiers), which
// str.isidentifier uses.
func notXID(r rune) bool {
	switch {
	case r == 0x37A, r == 0x309B, r == 0x309C, r >= 0xFC5E && r <= 0xFC63, r == 0xFDFA, r == 0xFDFB,
		r >= 0xFE70 && r <= 0xFE7E && r%2 == 0:
		return true
	}
	return false
}

func isIdentStart(r rune) bool {
	if notXID(r) || r == 0xE33 || r == 0xEB3 || r == 0xFF9E || r == 0xFF9F {
		return false
	}
	return r == '_' || unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start)
}
func isIdentCont(r rune) bool {
	if notXID(r) {
		return false
	}
	// ZWNJ and ZWJ joined ID_Continue in Unicode 15.1.
	return isIdentStart(r) || r == 0x200C || r == 0x200D || r == 0xE33 || r == 0xEB3 || r == 0xFF9E || r == 0xFF9F ||
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

func strIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, sz := decodeRune(s, i)
		if i == 0 && !isIdentStart(r) || i > 0 && !isIdentCont(r) {
			return false
		}
		i += sz
	}
	return true
}

// isLowerProp and isUpperProp are Unicode's Lowercase and Uppercase
// properties (Ll/Lu plus Other_Lowercase/Other_Uppercase: ⓐ, Ⅻ), which
// CPython's islower/isupper/istitle use.
func isLowerProp(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
func isUpperProp(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }

func caseTest(s *Str, upper bool) bool {
	cased := false
	for _, r := range s.s {
		if upper && (isLowerProp(r) || unicode.IsTitle(r)) || !upper && (isUpperProp(r) || unicode.IsTitle(r)) {
			return false
		}
		if upper && isUpperProp(r) || !upper && isLowerProp(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s string) bool {
	cased, prevCased := false, false
	for _, r := range s {
		switch {
		case isUpperProp(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerProp(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

func padArgs(t *Thread, name string, args []Object, kw *Tuple) (int, rune, *Exception) {
	if kw.Len() > 0 {
		return 0, 0, TypeError("str.%s() takes no keyword arguments", name)
	}
	if len(args) < 1 || len(args) > 2 {
		if len(args) < 1 {
			return 0, 0, TypeError("%s expected at least 1 argument, got 0", name)
		}
		return 0, 0, TypeError("%s expected at most 2 arguments, got %d", name, len(args))
	}
	if _, b, ok := IntValue(args[0]); ok && b != nil {
		return 0, 0, OverflowError("Python int too large to convert to C ssize_t")
	}
	w, exc := indexOf(t, args[0], "'%s' object cannot be interpreted as an integer")
	if exc != nil {
		return 0, 0, exc
	}
	fill := ' '
	if len(args) == 2 {
		f, ok := AsStr(args[1])
		if !ok {
			return 0, 0, TypeError("The fill character must be a unicode character, not %s", TypeName(args[1]))
		}
		if f.n != 1 {
			return 0, 0, TypeError("The fill character must be exactly one character long")
		}
		fill = f.runeAt(0)
	}
	return w, fill, nil
}

func pad(s *Str, left, right int, fill rune) *Str {
	f := runeString(fill)
	return NewStr(strings.Repeat(f, left) + s.s + strings.Repeat(f, right))
}

func strMethods(typ *Type) {
	strMethod(typ, "find", findLike("find", false, false))
	strMethod(typ, "rfind", findLike("rfind", true, false))
	strMethod(typ, "index", findLike("index", false, true))
	strMethod(typ, "rindex", findLike("rindex", true, true))
	strMethod(typ, "count", strCount)
	strMethod(typ, "startswith", startsEnds("startswith", false))
	strMethod(typ, "endswith", startsEnds("endswith", true))
	strMethod(typ, "split", strSplit)
	strMethod(typ, "rsplit", strRSplit)
	strMethod(typ, "splitlines", strSplitlines)
	strMethod(typ, "strip", stripLike("strip", true, true))
	strMethod(typ, "lstrip", stripLike("lstrip", true, false))
	strMethod(typ, "rstrip", stripLike("rstrip", false, true))
	strMethod(typ, "join", strJoin)
	strMethod(typ, "replace", strReplace)
	noarg := func(name string, f func(s *Str) Object) {
		strMethod(typ, name, func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
			if len(args) > 0 || kw.Len() > 0 {
				return Object{}, TypeError("str.%s() takes no arguments (%d given)", name, len(args)+kw.Len())
			}
			return f(s), nil
		})
	}
	// upper, lower, casefold, swapcase, capitalize, title: strcase.go.
	strMethod(typ, "isdigit", predicate("isdigit", isDigitRune, false))
	strMethod(typ, "isdecimal", predicate("isdecimal", isDecimal, false))
	strMethod(typ, "isnumeric", predicate("isnumeric", isNumericRune, false))
	strMethod(typ, "isalpha", predicate("isalpha", isAlphaRune, false))
	strMethod(typ, "isalnum", predicate("isalnum", isAlnumRune, false))
	strMethod(typ, "isspace", predicate("isspace", isPySpace, false))
	strMethod(typ, "isprintable", predicate("isprintable", isPrintableRune, true))
	strMethod(typ, "isascii", predicate("isascii", func(r rune) bool { return r < 0x80 }, true))
	noarg("isidentifier", func(s *Str) Object { return Bool(strIsIdentifier(s.s)) })
	noarg("isupper", func(s *Str) Object { return Bool(caseTest(s, true)) })
	noarg("islower", func(s *Str) Object { return Bool(caseTest(s, false)) })
	noarg("istitle", func(s *Str) Object { return Bool(strIsTitle(s.s)) })
	strMethod(typ, "partition", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		return partition(s, args, false)
	})
	strMethod(typ, "rpartition", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		return partition(s, args, true)
	})
	strMethod(typ, "zfill", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("str.zfill() takes exactly one argument (%d given)", len(args))
		}
		w, exc := indexOf(t, args[0], "'%s' object cannot be interpreted as an integer")
		if exc != nil {
			return Object{}, exc
		}
		if w <= s.n {
			return s.Obj(), nil
		}
		fill := strings.Repeat("0", w-s.n)
		if s.n > 0 && (s.s[0] == '+' || s.s[0] == '-') {
			return NewStr(s.s[:1] + fill + s.s[1:]).Obj(), nil
		}
		return NewStr(fill + s.s).Obj(), nil
	})
	strMethod(typ, "ljust", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		w, fill, exc := padArgs(t, "ljust", args, kw)
		if exc != nil || w <= s.n {
			return s.Obj(), exc
		}
		return pad(s, 0, w-s.n, fill).Obj(), nil
	})
	strMethod(typ, "rjust", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		w, fill, exc := padArgs(t, "rjust", args, kw)
		if exc != nil || w <= s.n {
			return s.Obj(), exc
		}
		return pad(s, w-s.n, 0, fill).Obj(), nil
	})
	strMethod(typ, "center", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		w, fill, exc := padArgs(t, "center", args, kw)
		if exc != nil || w <= s.n {
			return s.Obj(), exc
		}
		total := w - s.n
		left := total/2 + (total & w & 1)
		return pad(s, left, total-left, fill).Obj(), nil
	})
	strMethod(typ, "expandtabs", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		var ts Object
		if exc := parseArgs("expandtabs", args, kw, []string{"tabsize"}, 0, &ts); exc != nil {
			return Object{}, exc
		}
		size := 8
		if ts.p != nil {
			var exc *Exception
			if size, exc = indexOf(t, ts, "'%s' object cannot be interpreted as an integer"); exc != nil {
				return Object{}, exc
			}
		}
		var b []byte
		col := 0
		for i := 0; i < len(s.s); {
			r, sz := decodeRune(s.s, i)
			i += sz
			switch r {
			case '\t':
				if size > 0 {
					n := size - col%size
					b = append(b, strings.Repeat(" ", n)...)
					col += n
				}
			case '\n', '\r':
				b = append(b, byte(r))
				col = 0
			default:
				b = appendRune(b, r)
				col++
			}
		}
		return NewStr(string(b)).Obj(), nil
	})
	for _, name := range []string{"removeprefix", "removesuffix"} {
		trim := strings.TrimPrefix
		if name == "removesuffix" {
			trim = strings.TrimSuffix
		}
		strMethod(typ, name, func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
			if len(args) != 1 {
				return Object{}, TypeError("str.%s() takes exactly one argument (%d given)", name, len(args))
			}
			p, exc := strArg(name, args[0], 0)
			if exc != nil {
				return Object{}, exc
			}
			return NewStr(trim(s.s, p.s)).Obj(), nil
		})
	}
	strMethod(typ, "encode", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		var enc, errs Object
		if exc := parseArgs("encode", args, kw, []string{"encoding", "errors"}, 0, &enc, &errs); exc != nil {
			return Object{}, exc
		}
		e, er := "utf-8", "strict"
		if enc.p != nil {
			x, exc := strArg("encode", enc, 1)
			if exc != nil {
				return Object{}, exc
			}
			e = x.s
		}
		if errs.p != nil {
			x, exc := strArg("encode", errs, 2)
			if exc != nil {
				return Object{}, exc
			}
			er = x.s
		}
		b, exc := Encode(s, e, er)
		if exc != nil {
			return Object{}, exc
		}
		return NewBytes(b).Obj(), nil
	})
	strMethod(typ, "format", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		r, exc := StrFormat(t, s, args, kw)
		if exc != nil {
			return Object{}, exc
		}
		return r.Obj(), nil
	})
	strMethod(typ, "__format__", func(t *Thread, s *Str, args []Object, kw *Tuple) (Object, *Exception) {
		if len(args) != 1 {
			return Object{}, TypeError("str.__format__() takes exactly one argument (%d given)", len(args))
		}
		spec, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.n == 0 {
			// An empty spec is str(self): a subclass's __str__ counts.
			return ToStr(t, Object{unsafe.Pointer(s)})
		}
		r, exc := formatStrSpec(s, spec.s)
		if exc != nil {
			return Object{}, exc
		}
		return NewStr(r).Obj(), nil
	})
}

func partition(s *Str, args []Object, rev bool) (Object, *Exception) {
	name := "partition"
	if rev {
		name = "rpartition"
	}
	if len(args) != 1 {
		return Object{}, TypeError("str.%s() takes exactly one argument (%d given)", name, len(args))
	}
	sep, ok := AsStr(args[0])
	if !ok {
		return Object{}, TypeError("must be str, not %s", TypeName(args[0]))
	}
	if sep.n == 0 {
		return Object{}, ValueError("empty separator")
	}
	var k int
	if rev {
		k = strings.LastIndex(s.s, sep.s)
	} else {
		k = strings.Index(s.s, sep.s)
	}
	if k < 0 {
		if rev {
			return NewTuple(emptyStr.Obj(), emptyStr.Obj(), s.Obj()).Obj(), nil
		}
		return NewTuple(s.Obj(), emptyStr.Obj(), emptyStr.Obj()).Obj(), nil
	}
	return NewTuple(NewStr(s.s[:k]).Obj(), sep.Obj(), NewStr(s.s[k+len(sep.s):]).Obj()).Obj(), nil
}
