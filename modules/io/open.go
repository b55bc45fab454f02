package io

import (
	"strings"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

// Open is the open() builtin (io.open).
func Open(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	initTypes()
	var file, mode, buffering, encoding, errors, newline, closefd, opener Object
	if e := arg.Parse("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 0,
		&file, &mode, &buffering, &encoding, &errors, &newline, &closefd, &opener); e != nil {
		return Object{}, e
	}
	ms := "r"
	if !mode.IsNil() {
		s, ok := py.AsStr(mode)
		if !ok {
			return Object{}, py.TypeError("open() argument 'mode' must be str, not %s", py.TypeName(mode))
		}
		ms = s.String()
	}
	buf := int64(-1)
	if !buffering.IsNil() {
		if !py.IsInt(buffering) {
			return Object{}, py.TypeError("'%s' object cannot be interpreted as an integer", py.TypeName(buffering))
		}
		buf, _ = py.AsInt64(buffering)
	}
	for _, o := range []struct {
		v    Object
		name string
	}{{encoding, "encoding"}, {errors, "errors"}, {newline, "newline"}} {
		if !o.v.IsNil() && !o.v.IsNone() {
			if _, ok := py.AsStr(o.v); !ok {
				return Object{}, py.TypeError("open() argument '%s' must be str or None, not %s", o.name, py.TypeName(o.v))
			}
		}
	}
	if !py.IsInt(file) {
		if _, ok := py.AsStr(file); !ok {
			if _, ok := py.AsBytes(file); !ok && file.Type().Lookup(py.Intern("__fspath__")).IsNil() {
				return Object{}, py.TypeError("expected str, bytes or os.PathLike object, not %s", py.TypeName(file))
			}
		}
	}
	var creating, reading, writing, appending, updating, text, binary bool
	seen := map[rune]bool{}
	for _, c := range ms {
		if seen[c] || !strings.ContainsRune("xrwabt+", c) {
			return Object{}, py.ValueError("invalid mode: %s", py.StrRepr(ms))
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		}
	}
	rawMode := ""
	switch {
	case creating:
		rawMode = "x"
	case reading:
		rawMode = "r"
	case writing:
		rawMode = "w"
	case appending:
		rawMode = "a"
	}
	if updating {
		rawMode += "+"
	}
	if text && binary {
		return Object{}, py.ValueError("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return Object{}, py.ValueError("must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return Object{}, py.ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if binary {
		if !encoding.IsNil() && !encoding.IsNone() {
			return Object{}, py.ValueError("binary mode doesn't take an encoding argument")
		}
		if !errors.IsNil() && !errors.IsNone() {
			return Object{}, py.ValueError("binary mode doesn't take an errors argument")
		}
		if !newline.IsNil() && !newline.IsNone() {
			return Object{}, py.ValueError("binary mode doesn't take a newline argument")
		}
	}
	if !binary && buf == 0 {
		return Object{}, py.ValueError("can't have unbuffered text I/O")
	}
	raw, e := openRaw(t, fileIOT, file, rawMode, closefd, opener)
	if e != nil {
		return Object{}, e
	}
	lineBuffering := false
	if buf == 1 || (buf < 0 && isTerminal(raw.fd)) {
		lineBuffering = true
		buf = -1
	}
	if buf < 0 {
		buf = defaultBufferSize
		if raw.blksize > 1 {
			buf = int64(raw.blksize)
		}
	}
	if buf == 0 {
		return raw.Obj(), nil
	}
	var b *stream
	switch {
	case updating:
		b = newStream(bufRandomT, kBuffered)
		b.bkind = 2
	case creating || writing || appending:
		b = newStream(bufWriterT, kBuffered)
		b.bkind = 1
	default:
		b = newStream(bufReaderT, kBuffered)
	}
	b.bufSize = int(buf)
	b.raw, b.rawS = raw.Obj(), raw
	if binary {
		return b.Obj(), nil
	}
	w := newStream(textWrapperT, kText)
	lb := py.False
	if lineBuffering {
		lb = py.True
	}
	if e := w.textInit(t, b.Obj(), encoding, errors, newline, lb, Object{}); e != nil {
		raw.rawClose(t)
		return Object{}, e
	}
	w.mode = py.NewStrObj(ms)
	return w.Obj(), nil
}

func textEncoding(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
	if len(args) < 1 || len(args) > 2 {
		return Object{}, py.TypeError("text_encoding() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	if !args[0].IsNone() {
		return args[0], nil
	}
	return py.NewStrObj("locale"), nil
}
