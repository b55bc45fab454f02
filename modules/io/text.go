package io

import (
	"strings"
	"unicode/utf8"

	"github.com/pygo/pygo/modules/internal/arg"
	"github.com/pygo/pygo/py"
)

const textChunk = 8192

// knownEncoding checks that enc is one of the codecs pygo has.
func knownEncoding(enc string) *py.Exception {
	_, e := py.Decode(nil, enc, "strict")
	return e
}

// textWrapperInit is TextIOWrapper.__init__.
func textWrapperInit(t *py.Thread, s *stream, args []Object, kw *py.Tuple) *py.Exception {
	var buffer, encoding, errors, newline, lineBuf, writeThrough Object
	if e := arg.Parse("TextIOWrapper", args, kw, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 0,
		&buffer, &encoding, &errors, &newline, &lineBuf, &writeThrough); e != nil {
		return e
	}
	return s.textInit(t, buffer, encoding, errors, newline, lineBuf, writeThrough)
}

func optStr(fname, what string, o Object) (string, bool, *py.Exception) {
	if o.IsNil() || o.IsNone() {
		return "", false, nil
	}
	s, ok := py.AsStr(o)
	if !ok {
		return "", false, py.TypeError("%s() argument '%s' must be str or None, not %s", fname, what, py.TypeName(o))
	}
	return s.String(), true, nil
}

func (s *stream) setNewline(nl Object) *py.Exception {
	s.newline = py.None
	s.readUniversal, s.readTranslate, s.readNL, s.writeNL = true, true, "", ""
	if nl.IsNil() || nl.IsNone() {
		return nil
	}
	ns, ok := py.AsStr(nl)
	if !ok {
		return py.TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s", py.TypeName(nl))
	}
	v := ns.String()
	switch v {
	case "", "\n", "\r", "\r\n":
	default:
		r, _ := py.ReprS(nil, nl)
		_ = r
		return py.ValueError("illegal newline value: %s", v)
	}
	s.newline = nl
	s.readTranslate = false
	s.readUniversal = v == ""
	s.readNL = v
	if v != "" && v != "\n" {
		s.writeNL = v
	}
	return nil
}

func (s *stream) textInit(t *py.Thread, buffer, encoding, errors, newline, lineBuf, writeThrough Object) *py.Exception {
	enc, have, e := optStr("TextIOWrapper", "encoding", encoding)
	if e != nil {
		return e
	}
	if !have || enc == "locale" {
		enc = "UTF-8"
	}
	errs, have, e := optStr("TextIOWrapper", "errors", errors)
	if e != nil {
		return e
	}
	if !have {
		errs = "strict"
	}
	if e := s.setNewline(newline); e != nil {
		return e
	}
	if e := knownEncoding(enc); e != nil {
		return e
	}
	s.setEncoding(enc)
	s.errors = errs
	if !lineBuf.IsNil() {
		if s.lineBuffering, e = py.Truthy(t, lineBuf); e != nil {
			return e
		}
	}
	if !writeThrough.IsNil() {
		if s.writeThrough, e = py.Truthy(t, writeThrough); e != nil {
			return e
		}
	}
	s.setBuffer(buffer)
	s.mode = Object{}
	return nil
}

// setBuffer makes buffer the text stream's buffer, noting when it is
// one of our own Go streams (called directly, not through methods).
func (s *stream) setBuffer(buffer Object) {
	s.buffer, s.bufS, s.bufRaw = buffer, nil, nil
	if b := asStream(buffer); b != nil && b.dict == nil {
		switch b.kind {
		case kBuffered:
			s.bufS = b
		case kRaw:
			s.bufRaw = b
		}
	}
}

func (s *stream) setEncoding(enc string) {
	s.encoding = enc
	switch strings.ToLower(strings.ReplaceAll(enc, "_", "-")) {
	case "utf-8", "utf8":
		s.utf8 = true
	default:
		s.utf8 = false
	}
}

func (s *stream) textCheck(t *py.Thread) *py.Exception {
	if s.detached {
		return py.ValueError("underlying buffer has been detached")
	}
	if s.isClosed(t) {
		return closedErr()
	}
	return nil
}

func (s *stream) bufReadable(t *py.Thread) (bool, *py.Exception) {
	return s.bufCan(t, 1, "readable")
}

func (s *stream) bufWritable(t *py.Thread) (bool, *py.Exception) {
	return s.bufCan(t, 0, "writable")
}

// bufCan asks the buffer whether it is readable or writable (method):
// our own buffered objects answer without a call (a buffer of kind
// without never can), others through the method.
func (s *stream) bufCan(t *py.Thread, without int, method string) (bool, *py.Exception) {
	if b := s.bufS; b != nil {
		if b.bkind == without {
			return false, nil
		}
		if b.rawS != nil {
			if without == 1 {
				return b.rawS.readable, nil
			}
			return b.rawS.writable, nil
		}
	}
	if r := s.bufRaw; r != nil && !r.closed {
		if without == 1 {
			return r.readable, nil
		}
		return r.writable, nil
	}
	r, e := callMethod(t, s.buffer, method)
	return truthy(t, r, e)
}

// more reads the next chunk of bytes from the buffer into pending.
func (s *stream) more(t *py.Thread) (bool, *py.Exception) {
	if s.eof {
		return false, nil
	}
	var b []byte
	if s.bufS != nil {
		s.bufS.mu.Lock()
		r, e := s.bufS.bufRead1(t, textChunk)
		s.bufS.mu.Unlock()
		if e != nil {
			return false, e
		}
		if !r.IsNone() {
			bb, _ := py.AsBytes(r)
			b = bb.Data()
		}
	} else {
		name := "read1"
		if m, _ := py.GetAttrOpt(t, s.buffer, "read1"); m.IsNil() {
			name = "read"
		}
		r, e := callMethod(t, s.buffer, name, py.MakeInt(textChunk))
		if e != nil {
			return false, e
		}
		if !r.IsNone() {
			bb, ok := py.AsBytes(r)
			if !ok {
				return false, py.TypeError("underlying %s() should have returned a bytes-like object, not '%s'", name, py.TypeName(r))
			}
			b = bb.Data()
		}
	}
	if len(b) == 0 {
		s.eof = true
		return false, nil
	}
	s.pending = append(s.pending, b...)
	return true, nil
}

const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// noteNewlines records which line endings text (as read, before
// translation) holds, for the newlines attribute.
func (s *stream) noteNewlines(text string) {
	for i := strings.IndexAny(text, "\r\n"); i >= 0 && i < len(text); i++ {
		switch text[i] {
		case '\n':
			s.seenNL |= seenLF
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				s.seenNL |= seenCRLF
				i++
			} else {
				s.seenNL |= seenCR
			}
		}
	}
}

// newlinesObj is the newlines attribute: None before any line ending
// was read, the one kind seen, or a tuple of the kinds in the order
// \r, \n, \r\n.
func (s *stream) newlinesObj() Object {
	var kinds []Object
	for _, k := range [...]struct {
		bit uint8
		s   string
	}{{seenCR, "\r"}, {seenLF, "\n"}, {seenCRLF, "\r\n"}} {
		if s.seenNL&k.bit != 0 {
			kinds = append(kinds, py.NewStrObj(k.s))
		}
	}
	switch len(kinds) {
	case 0:
		return py.None
	case 1:
		return kinds[0]
	}
	return py.NewTuple(kinds...).Obj()
}

// decode turns consumed bytes into text, translating newlines.
func (s *stream) decode(b []byte) (string, *py.Exception) {
	str, e := py.Decode(b, s.encoding, s.errors)
	if e != nil {
		return "", e
	}
	out := str.String()
	if s.readUniversal {
		s.noteNewlines(out)
	}
	if s.readTranslate && strings.IndexByte(out, '\r') >= 0 {
		out = strings.ReplaceAll(out, "\r\n", "\n")
		out = strings.ReplaceAll(out, "\r", "\n")
	}
	return out, nil
}

func (s *stream) isUTF8() bool { return s.utf8 }

// charEnd returns the index just past the first n characters of
// pending (CRLF counting as one when translating), or -1 if more data
// is needed to know.
func (s *stream) charEnd(n int) int {
	p := s.pending
	utf := s.isUTF8()
	i, count := 0, 0
	for i < len(p) && count < n {
		c := p[i]
		size := 1
		if utf && c >= 0x80 {
			if !utf8.FullRune(p[i:]) {
				if s.eof {
					size = len(p) - i
				} else {
					return -1
				}
			} else {
				_, size = utf8.DecodeRune(p[i:])
			}
		} else if c == '\r' && s.readTranslate {
			if i+1 >= len(p) {
				if !s.eof {
					return -1
				}
			} else if p[i+1] == '\n' {
				size = 2
			}
		}
		i += size
		count++
	}
	if count < n && !s.eof {
		return -1
	}
	return i
}

// startRead checks a text stream can be read and writes out pending
// text first, as every read does.
func (s *stream) startRead(t *py.Thread) *py.Exception {
	if e := s.textCheck(t); e != nil {
		return e
	}
	if ok, e := s.bufReadable(t); e != nil {
		return e
	} else if !ok {
		return unsupported("not readable")
	}
	if len(s.pending) == 0 {
		// End of input is not final: a terminal or pipe may have more.
		s.eof = false
	}
	return s.flushText(t)
}

// take decodes and consumes the first end bytes of pending.
func (s *stream) take(end int) (Object, *py.Exception) {
	out, e := s.decode(s.pending[:end])
	if e != nil {
		return Object{}, e
	}
	s.pending = s.pending[end:]
	return py.NewStrObj(out), nil
}

func (s *stream) textRead(t *py.Thread, n int) (Object, *py.Exception) {
	if e := s.startRead(t); e != nil {
		return Object{}, e
	}
	if n < 0 {
		for {
			more, e := s.more(t)
			if e != nil {
				return Object{}, e
			}
			if !more {
				break
			}
		}
		out, e := s.decode(s.pending)
		if e != nil {
			return Object{}, e
		}
		s.pending = nil
		return py.NewStrObj(out), nil
	}
	for {
		end := s.charEnd(n)
		if end >= 0 {
			return s.take(end)
		}
		if _, e := s.more(t); e != nil {
			return Object{}, e
		}
	}
}

// lineEnd finds the end of the first line in pending (-1: need more).
func (s *stream) lineEnd() int {
	p := s.pending
	if s.readUniversal {
		for i, c := range p {
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < len(p) {
					if p[i+1] == '\n' {
						return i + 2
					}
					return i + 1
				}
				if s.eof {
					return i + 1
				}
				return -1
			}
		}
		return -1
	}
	if i := strings.Index(string(p), s.readNL); i >= 0 {
		return i + len(s.readNL)
	}
	return -1
}

func (s *stream) textReadline(t *py.Thread, limit int) (Object, *py.Exception) {
	if e := s.startRead(t); e != nil {
		return Object{}, e
	}
	for {
		end := s.lineEnd()
		if end < 0 && s.eof {
			end = len(s.pending)
		}
		if limit >= 0 {
			if lim := s.charEnd(limit); lim >= 0 && (end < 0 || lim < end) {
				end = lim
			}
		}
		if end >= 0 {
			return s.take(end)
		}
		if _, e := s.more(t); e != nil {
			return Object{}, e
		}
	}
}

// flushText drops read-ahead before a write or seek: the buffer moves
// back to the logical position.
func (s *stream) syncRead(t *py.Thread) *py.Exception {
	if len(s.pending) == 0 {
		s.eof = false
		return nil
	}
	pos, e := s.textTell(t)
	if e != nil {
		return e
	}
	s.pending, s.eof = nil, false
	return s.bufferSeek(t, pos, 0)
}

// checkSeekable refuses tell and seek on a text stream whose buffer
// cannot seek (a pipe, a terminal).
func (s *stream) checkSeekable(t *py.Thread) *py.Exception {
	var ok bool
	if b := s.bufS; b != nil && b.rawS != nil {
		ok = b.rawS.rawIsSeekable()
	} else if s.bufRaw != nil {
		ok = s.bufRaw.rawIsSeekable()
	} else {
		r, e := callMethod(t, s.buffer, "seekable")
		if ok, e = truthy(t, r, e); e != nil {
			return e
		}
	}
	if !ok {
		return unsupported("underlying stream is not seekable")
	}
	return nil
}

func (s *stream) bufferSeek(t *py.Thread, pos int64, whence int) *py.Exception {
	if s.bufS != nil {
		s.bufS.mu.Lock()
		_, e := s.bufS.bufSeek(t, pos, whence)
		s.bufS.mu.Unlock()
		return e
	}
	_, e := callMethod(t, s.buffer, "seek", py.MakeInt(pos), py.MakeInt(int64(whence)))
	return e
}

func (s *stream) bufferTell(t *py.Thread) (int64, *py.Exception) {
	if s.bufS != nil {
		s.bufS.mu.Lock()
		defer s.bufS.mu.Unlock()
		if e := s.bufS.bufCheck(t, ""); e != nil {
			return 0, e
		}
		return s.bufS.bufTell(t)
	}
	r, e := callMethod(t, s.buffer, "tell")
	if e != nil {
		return 0, e
	}
	n, _ := py.AsInt64(r)
	return n, nil
}

func (s *stream) textTell(t *py.Thread) (int64, *py.Exception) {
	pos, e := s.bufferTell(t)
	if e != nil {
		return 0, e
	}
	return pos - int64(len(s.pending)), nil
}

func (s *stream) textWrite(t *py.Thread, o Object) (Object, *py.Exception) {
	if e := s.textCheck(t); e != nil {
		return Object{}, e
	}
	str, ok := py.AsStr(o)
	if !ok {
		tn := py.TypeName(o)
		if o.IsNone() {
			tn = "None" // as Argument Clinic words it
		}
		return Object{}, py.TypeError("write() argument must be str, not %s", tn)
	}
	if e := s.writeString(t, str.String()); e != nil {
		return Object{}, e
	}
	return py.MakeInt(int64(str.Len())), nil
}

// writeString is write(text) on a checked, open text stream whose lock
// the caller holds: the encoded text goes to the buffer, which is
// flushed under write_through, or under line_buffering when the text
// holds a line end.
func (s *stream) writeString(t *py.Thread, text string) *py.Exception {
	if b := s.bufS; b != nil && b.bkind != 0 && b.rawS != nil && b.rawS.writable || s.bufRaw != nil && s.bufRaw.writable {
		// Our own writer: writable without asking.
	} else if ok, e := s.bufWritable(t); e != nil {
		return e
	} else if !ok {
		return unsupported("not writable")
	}
	// Read-ahead text is dropped without seeking back (as CPython's
	// TextIOWrapper does): the bytes go where the buffer stands, after
	// the chunk the last read consumed.
	if len(s.pending) > 0 || s.eof {
		s.pending, s.eof = nil, false
	}
	hasNL := strings.IndexByte(text, '\n') >= 0
	if s.writeNL != "" && hasNL {
		text = strings.ReplaceAll(text, "\n", s.writeNL)
	}
	needFlush := s.lineBuffering && (hasNL || strings.IndexByte(text, '\r') >= 0)
	var b []byte
	n := len(text)
	if !s.utf8 || s.errors == "surrogateescape" || s.errors == "surrogatepass" || strings.IndexByte(text, 0xed) >= 0 {
		// UTF-8 text is its own encoding, unless it holds a lone
		// surrogate (which starts with 0xED) or the errors handler
		// turns surrogates into bytes.
		enc, e := py.Encode(py.NewStr(text), s.encoding, s.errors)
		if e != nil {
			return e
		}
		b, n = enc, len(enc)
	}
	// The encoded text waits in the text layer until a chunk is full, as
	// in CPython: a write to .buffer overtakes text not flushed.
	if len(s.tpend) > 0 && len(s.tpend)+n > textChunk {
		if e := s.flushText(t); e != nil {
			return e
		}
	}
	if b != nil {
		s.tpend = append(s.tpend, b...)
	} else {
		s.tpend = append(s.tpend, text...)
	}
	if len(s.tpend) >= textChunk || needFlush || s.writeThrough {
		if e := s.flushText(t); e != nil {
			return e
		}
	}
	if needFlush {
		return s.flushBuffer(t)
	}
	return nil
}

// flushText writes the encoded text waiting in the text layer to the
// buffer (without flushing the buffer). The text is dropped even when
// the write fails, as in CPython.
func (s *stream) flushText(t *py.Thread) *py.Exception {
	if len(s.tpend) == 0 {
		return nil
	}
	b := s.tpend
	s.tpend = s.tpend[:0]
	if cap(b) > 4*textChunk {
		s.tpend = nil // one huge write: do not keep its memory
	}
	switch {
	case s.bufS != nil:
		s.bufS.mu.Lock()
		_, e := s.bufS.bufWrite(t, b)
		s.bufS.mu.Unlock()
		return e
	case s.bufRaw != nil:
		// Unbuffered (-u): everything goes to the raw file at once.
		s.bufRaw.mu.Lock()
		defer s.bufRaw.mu.Unlock()
		for len(b) > 0 {
			n, e := s.bufRaw.rawWrite(t, b)
			if e != nil {
				return e
			}
			if n <= 0 {
				return py.NewException(py.BlockingIOErrorType, py.MakeInt(11), py.NewStrObj("write could not complete without blocking"), py.MakeInt(0))
			}
			b = b[n:]
		}
		return nil
	}
	_, e := callMethod(t, s.buffer, "write", py.NewBytes(append([]byte(nil), b...)).Obj())
	return e
}

// bufferFlush writes out the text layer's pending bytes and flushes
// the buffer.
func (s *stream) bufferFlush(t *py.Thread) *py.Exception {
	if e := s.flushText(t); e != nil {
		return e
	}
	return s.flushBuffer(t)
}

// flushBuffer is buffer.flush().
func (s *stream) flushBuffer(t *py.Thread) *py.Exception {
	if s.bufS != nil {
		s.bufS.mu.Lock()
		defer s.bufS.mu.Unlock()
		if e := s.bufS.bufCheck(t, "flush"); e != nil {
			return e
		}
		return s.bufS.flushW(t)
	}
	if s.bufRaw != nil {
		if s.bufRaw.closed {
			return closedErrNoDot()
		}
		return nil
	}
	_, e := callMethod(t, s.buffer, "flush")
	return e
}

func textMethods() {
	typ := textWrapperT
	m := lockedMethods(typ)
	m("read", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "read", args, kw)
		if e != nil {
			return Object{}, e
		}
		return s.textRead(t, n)
	})
	m("readline", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		n, e := optSize(t, "readline", args, kw)
		if e != nil {
			return Object{}, e
		}
		return s.textReadline(t, n)
	})
	m("write", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 || kw.Len() > 0 {
			return Object{}, py.TypeError("TextIOWrapper.write() takes exactly one argument (%d given)", len(args))
		}
		return s.textWrite(t, args[0])
	})
	m("flush", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.textCheck(t); e != nil {
			return Object{}, e
		}
		if e := s.bufferFlush(t); e != nil {
			return Object{}, e
		}
		return py.None, nil
	})
	m("close", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if s.detached {
			return Object{}, py.ValueError("underlying buffer has been detached")
		}
		if s.isClosed(t) {
			return py.None, nil
		}
		fe := s.bufferFlush(t)
		var ce *py.Exception
		if s.bufS != nil {
			s.bufS.mu.Lock()
			ce = s.bufS.bufClose(t)
			s.bufS.mu.Unlock()
		} else {
			_, ce = callMethod(t, s.buffer, "close")
		}
		if fe != nil {
			return Object{}, fe
		}
		if ce != nil {
			return Object{}, ce
		}
		return py.None, nil
	})
	m("tell", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.textCheck(t); e != nil {
			return Object{}, e
		}
		if e := s.checkSeekable(t); e != nil {
			return Object{}, e
		}
		if e := s.bufferFlush(t); e != nil {
			return Object{}, e
		}
		p, e := s.textTell(t)
		if e != nil {
			return Object{}, e
		}
		return py.MakeInt(p), nil
	})
	m("seek", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.textCheck(t); e != nil {
			return Object{}, e
		}
		if e := s.checkSeekable(t); e != nil {
			return Object{}, e
		}
		if len(args) == 1 && kw.Len() == 0 && !py.IsInt(args[0]) && args[0].Type().Slots().Index == nil && args[0].Type().Flags&py.FlagFloatSubclass == 0 {
			// The cookie is first compared with 0, so a non-number fails there.
			return Object{}, py.TypeError("'<' not supported between instances of '%s' and 'int'", py.TypeName(args[0]))
		}
		pos, whence, e := seekArgs(t, "seek", args, kw)
		if e != nil {
			return Object{}, e
		}
		switch whence {
		case 0:
			if pos < 0 {
				return Object{}, py.ValueError("negative seek position %d", pos)
			}
		case 1:
			if pos != 0 {
				return Object{}, unsupported("can't do nonzero cur-relative seeks")
			}
			p, e := s.textTell(t)
			if e != nil {
				return Object{}, e
			}
			pos, whence = p, 0
		case 2:
			if pos != 0 {
				return Object{}, unsupported("can't do nonzero end-relative seeks")
			}
		default:
			return Object{}, py.ValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if e := s.bufferFlush(t); e != nil {
			return Object{}, e
		}
		s.pending, s.eof = nil, false
		if e := s.bufferSeek(t, pos, whence); e != nil {
			return Object{}, e
		}
		if whence == 2 {
			p, e := s.bufferTell(t)
			if e != nil {
				return Object{}, e
			}
			pos = p
		}
		return py.MakeInt(pos), nil
	})
	m("truncate", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.textCheck(t); e != nil {
			return Object{}, e
		}
		if e := s.bufferFlush(t); e != nil {
			return Object{}, e
		}
		pos := py.None
		if len(args) > 0 {
			pos = args[0]
		}
		if pos.IsNone() {
			p, e := s.textTell(t)
			if e != nil {
				return Object{}, e
			}
			pos = py.MakeInt(p)
		}
		if e := s.syncRead(t); e != nil {
			return Object{}, e
		}
		return callMethod(t, s.buffer, "truncate", pos)
	})
	m("detach", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if e := s.textCheck(t); e != nil {
			return Object{}, e
		}
		if e := s.bufferFlush(t); e != nil {
			return Object{}, e
		}
		b := s.buffer
		s.setBuffer(py.None)
		s.detached = true
		return b, nil
	})
	m("reconfigure", func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		var enc, errs, nl, lb, wt Object
		if e := arg.Parse("reconfigure", args, kw, []string{"$encoding", "$errors", "$newline", "$line_buffering", "$write_through"}, 0, 0, &enc, &errs, &nl, &lb, &wt); e != nil {
			return Object{}, e
		}
		if !enc.IsNil() && !enc.IsNone() {
			es, _, e := optStr("reconfigure", "encoding", enc)
			if e != nil {
				return Object{}, e
			}
			if e := knownEncoding(es); e != nil {
				return Object{}, e
			}
			s.setEncoding(es)
			if errs.IsNil() {
				s.errors = "strict"
			}
		}
		if !errs.IsNil() && !errs.IsNone() {
			es, _, e := optStr("reconfigure", "errors", errs)
			if e != nil {
				return Object{}, e
			}
			s.errors = es
		}
		if !nl.IsNil() {
			if e := s.setNewline(nl); e != nil {
				return Object{}, e
			}
		}
		var e *py.Exception
		if !lb.IsNil() && !lb.IsNone() {
			if s.lineBuffering, e = py.Truthy(t, lb); e != nil {
				return Object{}, e
			}
		}
		if !wt.IsNil() && !wt.IsNone() {
			if s.writeThrough, e = py.Truthy(t, wt); e != nil {
				return Object{}, e
			}
		}
		return py.None, nil
	})
	deleg := func(name string) {
		m(name, func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			if s.detached {
				return Object{}, py.ValueError("underlying buffer has been detached")
			}
			return callMethod(t, s.buffer, name)
		})
	}
	for _, n := range []string{"fileno", "isatty", "seekable", "readable", "writable"} {
		deleg(n)
	}
	gs := func(name string, f func(t *py.Thread, s *stream) (Object, *py.Exception)) {
		py.AddGetSet(typ, name, func(t *py.Thread, o Object) (Object, *py.Exception) { return f(t, asStream(o)) }, nil)
	}
	gs("encoding", func(t *py.Thread, s *stream) (Object, *py.Exception) { return py.NewStrObj(s.encoding), nil })
	gs("errors", func(t *py.Thread, s *stream) (Object, *py.Exception) { return py.NewStrObj(s.errors), nil })
	gs("line_buffering", func(t *py.Thread, s *stream) (Object, *py.Exception) { return py.Bool(s.lineBuffering), nil })
	gs("write_through", func(t *py.Thread, s *stream) (Object, *py.Exception) { return py.Bool(s.writeThrough), nil })
	gs("newlines", func(t *py.Thread, s *stream) (Object, *py.Exception) {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.newlinesObj(), nil
	})
	gs("buffer", func(t *py.Thread, s *stream) (Object, *py.Exception) {
		if s.uninit() {
			return py.None, nil
		}
		return s.buffer, nil // None once detached
	})
	gs("name", func(t *py.Thread, s *stream) (Object, *py.Exception) {
		if s.uninit() {
			return Object{}, uninitErr()
		}
		if s.detached {
			return Object{}, py.ValueError("underlying buffer has been detached")
		}
		return py.GetAttrS(t, s.buffer, "name")
	})
	py.AddGetSet(typ, "mode", func(t *py.Thread, o Object) (Object, *py.Exception) {
		s := asStream(o)
		if s.mode.IsNil() {
			return Object{}, py.AttributeError(o, "mode", "'%s' object has no attribute 'mode'", py.TypeName(o))
		}
		return s.mode, nil
	}, func(t *py.Thread, o, v Object) *py.Exception {
		asStream(o).mode = v
		return nil
	})
	sl := *typ.Slots()
	sl.Repr = func(t *py.Thread, o Object) (Object, *py.Exception) {
		s := asStream(o)
		var b strings.Builder
		if s.uninit() {
			return Object{}, uninitErr()
		}
		b.WriteString("<" + o.Type().FullName())
		if !s.detached {
			if name, e := py.GetAttrOpt(t, s.buffer, "name"); e == nil && !name.IsNil() {
				r, e := py.ReprS(t, name)
				if e != nil {
					return Object{}, e
				}
				b.WriteString(" name=" + r)
			}
		}
		if !s.mode.IsNil() {
			r, e := py.ReprS(t, s.mode)
			if e != nil {
				return Object{}, e
			}
			b.WriteString(" mode=" + r)
		}
		b.WriteString(" encoding=" + py.StrRepr(s.encoding) + ">")
		return py.NewStrObj(b.String()), nil
	}
	typ.SetSlots(&sl)
}
