package py

import "strings"

// str.maketrans and str.translate.

func strMakeTrans(t *Thread, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 {
		return Object{}, TypeError("maketrans() takes no keyword arguments")
	}
	switch len(args) {
	case 1:
		d, ok := AsDict(args[0])
		if !ok {
			return Object{}, TypeError("if you give only one argument to maketrans it must be a dict")
		}
		out := NewDict()
		keys, vals := d.Items()
		for i, k := range keys {
			v := vals[i]
			if s, ok := AsStr(k); ok {
				if s.Len() != 1 {
					return Object{}, ValueError("string keys in translate table must be of length 1")
				}
				r, _ := firstRune(s.s)
				k = MakeInt(int64(r))
			} else if !IsInt(k) {
				return Object{}, TypeError("keys in translate table must be strings or integers")
			}
			if exc := out.Set(t, k, v); exc != nil {
				return Object{}, exc
			}
		}
		return out.Obj(), nil
	case 2, 3:
		y, ok := AsStr(args[1])
		if !ok {
			return Object{}, TypeError("maketrans() argument 2 must be str, not %s", TypeName(args[1]))
		}
		if len(args) == 3 {
			if _, ok := AsStr(args[2]); !ok {
				return Object{}, TypeError("maketrans() argument 3 must be str, not %s", TypeName(args[2]))
			}
		}
		x, ok := AsStr(args[0])
		if !ok {
			return Object{}, TypeError("first maketrans argument must be a string if there is a second argument")
		}
		xs, ys := []rune(x.s), []rune(y.s)
		if len(xs) != len(ys) {
			return Object{}, ValueError("the first two maketrans arguments must have equal length")
		}
		out := NewDict()
		for i, r := range xs {
			if exc := out.Set(t, MakeInt(int64(r)), MakeInt(int64(ys[i]))); exc != nil {
				return Object{}, exc
			}
		}
		if len(args) == 3 {
			z, ok := AsStr(args[2])
			if !ok {
				return Object{}, TypeError("maketrans() argument 3 must be str, not %s", TypeName(args[2]))
			}
			for _, r := range z.s {
				if exc := out.Set(t, MakeInt(int64(r)), None); exc != nil {
					return Object{}, exc
				}
			}
		}
		return out.Obj(), nil
	case 0:
		return Object{}, TypeError("maketrans expected at least 1 argument, got 0")
	}
	return Object{}, TypeError("maketrans expected at most 3 arguments, got %d", len(args))
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

func strTranslate(t *Thread, self Object, args []Object, kw *Tuple) (Object, *Exception) {
	if kw.Len() > 0 || len(args) != 1 {
		return Object{}, TypeError("str.translate() takes exactly one argument (%d given)", len(args))
	}
	s := (*Str)(self.p)
	table := args[0]
	if table.Type().Slots().GetItem == nil {
		return Object{}, TypeError("'%s' object is not subscriptable", TypeName(table))
	}
	var b strings.Builder
	// Lookups repeat for repeated characters; cache the results.
	cache := map[rune]string{}
	for _, r := range s.s {
		if out, ok := cache[r]; ok {
			b.WriteString(out)
			continue
		}
		v, exc := GetItem(t, table, MakeInt(int64(r)))
		var out string
		switch {
		case exc != nil:
			if !exc.Matches(LookupErrorType) {
				return Object{}, exc
			}
			out = string(r)
		case v.IsNone():
			out = ""
		case IsInt(v):
			n, ok := AsInt64(v)
			if !ok || n < 0 || n > 0x10ffff {
				return Object{}, ValueError("character mapping must be in range(0x110000)")
			}
			out = string(rune(n))
			if n >= 0xd800 && n < 0xe000 {
				out = string([]byte{0xed, byte(0xa0 | (n>>6)&0x1f), byte(0x80 | n&0x3f)}) // lone surrogate
			}
		default:
			rs, ok := AsStr(v)
			if !ok {
				return Object{}, TypeError("character mapping must return integer, None or str")
			}
			out = rs.s
		}
		cache[r] = out
		b.WriteString(out)
	}
	return NewStr(b.String()).Obj(), nil
}

func strTransMethods(typ *Type) {
	addMethod(typ, "translate", strTranslate)
	typ.Dict.SetStr(Intern("maketrans"), (&BuiltinFunction{Head: Head{BuiltinFunctionType}, Name: "maketrans", Qual: "str.maketrans", Fn: strMakeTrans}).Obj())
}
