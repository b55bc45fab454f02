// Package io is the _io module: the I/O stack under open() and the io
// module (FileIO over file descriptors, the buffered readers and writers,
// TextIOWrapper, StringIO and BytesIO), with CPython's method set, error
// messages and class hierarchy (_IOBase, _RawIOBase, _BufferedIOBase,
// _TextIOBase).
//
// All the concrete classes share one Go layout, stream, told apart by
// kind. A stream serialises its operations on its own mutex, so a file
// shared between threads is safe to use; when a layer wraps another Go
// stream it calls it directly, otherwise through Python method calls.
package io

import (
	goio "io"
	"sync"
	"unsafe"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

type Object = py.Object

type kind uint8

const (
	kBase kind = iota
	kRaw
	kBuffered
	kText
	kStringIO
	kBytesIO
)

// stream is the instance layout of every _io class.
type stream struct {
	py.Head
	mu     sync.Mutex
	kind   kind
	closed bool
	dict   *py.Dict // instance attributes (open() sets TextIOWrapper.mode)

	// FileIO
	fd                     int
	name                   Object
	readable, writable     bool
	appending, created, rw bool
	closefd                bool
	seekable               int8 // -1 unknown
	blksize                int
	// A standard stream's FileIO reads and writes the interpreter's Go
	// reader or writer (the process's files, or a test's buffers)
	// instead of fd, which only answers fileno().
	gr     goio.Reader
	gw     goio.Writer
	osFile bool // gr or gw is the *os.File of fd

	// buffered
	raw      Object
	rawS     *stream // raw when it is a Go FileIO (fast path)
	rbuf     []byte
	rpos     int
	wbuf     []byte
	bufSize  int
	bkind    int // 0 reader, 1 writer, 2 random
	detached bool

	// text
	buffer        Object
	bufS          *stream // buffer when it is a Go buffered stream
	encoding      string
	utf8          bool    // encoding is UTF-8: writes need no encoder
	bufRaw        *stream // buffer when it is a Go FileIO (unbuffered stdout)
	errors        string
	newline       Object // None or str
	readUniversal bool   // lines end at \r, \n or \r\n
	readTranslate bool   // and are translated to \n
	readNL        string // the terminator otherwise
	seenNL        uint8  // newline kinds read so far (seenCR|seenLF|seenCRLF), for .newlines
	writeNL       string // what "\n" becomes on write ("" = unchanged)
	lineBuffering bool
	writeThrough  bool
	pending       []byte // bytes read from buffer and not yet returned
	tpend         []byte // encoded text written and not yet passed to buffer
	eof           bool
	mode          Object

	// BytesIO / StringIO
	data  []byte
	runes []rune
	pos   int
}

func (s *stream) Obj() Object { return py.FromPtr(unsafe.Pointer(s)) }

var (
	ioBaseT, rawBaseT, bufBaseT, textBaseT      *py.Type
	fileIOT, bufReaderT, bufWriterT, bufRandomT *py.Type
	textWrapperT, stringIOT, bytesIOT           *py.Type
	unsupportedT                                *py.Type
	typesOnce                                   sync.Once
)

// initFunc is a class's __init__ on its (new, empty) stream.
type initFunc func(t *py.Thread, s *stream, args []Object, kw *py.Tuple) *py.Exception

// newType makes one of the _io classes. Its __new__ makes an empty
// stream of kind k (whatever the arguments, so that a subclass may take
// its own), and __init__ (init; nothing when nil) sets it up, so that a
// subclass's __init__ can call super().__init__(...). Instances of
// subclasses are streams too (the layout is _IOBase's).
func newType(name string, base *py.Type, k kind, bk int, init initFunc) *py.Type {
	typ, exc := py.NewType(name, []*py.Type{base}, nil)
	if exc != nil {
		panic(exc)
	}
	typ.Flags &^= py.FlagHeapType
	typ.Module = "_io"
	if base == py.ObjectType {
		typ.Layout = typ
	} else {
		typ.Layout = base.Layout
	}
	s := *typ.Slots()
	s.New = func(t *py.Thread, typ *py.Type, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		st := newStream(typ, k)
		st.bkind = bk
		if k == kStringIO {
			st.newline, st.readNL = py.NewStrObj("\n"), "\n"
		}
		return st.Obj(), nil
	}
	if init != nil {
		s.Init = func(t *py.Thread, self Object, args []Object, kw *py.Tuple) *py.Exception {
			st := asStream(self)
			st.mu.Lock()
			defer st.mu.Unlock()
			return init(t, st, args, kw)
		}
	} else if base == py.ObjectType {
		s.Init = func(t *py.Thread, self Object, args []Object, kw *py.Tuple) *py.Exception { return nil }
	}
	s.Dict = func(o Object) *py.Dict {
		st := (*stream)(o.Ptr())
		return st.dict
	}
	s.Iter = func(t *py.Thread, o Object) (Object, *py.Exception) {
		if e := callCheckClosed(t, o); e != nil {
			return Object{}, e
		}
		return o, nil
	}
	s.Next = iterNext
	typ.SetSlots(&s)
	return typ
}

func asStream(o Object) *stream {
	if o.IsNil() {
		return nil
	}
	if o.Type().IsSubtype(ioBaseT) {
		return (*stream)(o.Ptr())
	}
	return nil
}

func initTypes() {
	typesOnce.Do(func() {
		ioBaseT = newType("_IOBase", py.ObjectType, kBase, 0, nil)
		rawBaseT = newType("_RawIOBase", ioBaseT, kBase, 0, nil)
		bufBaseT = newType("_BufferedIOBase", ioBaseT, kBase, 0, nil)
		textBaseT = newType("_TextIOBase", ioBaseT, kBase, 0, nil)
		fileIOT = newType("FileIO", rawBaseT, kRaw, 0, fileIOInit)
		bufReaderT = newType("BufferedReader", bufBaseT, kBuffered, 0, bufferedInit)
		bufWriterT = newType("BufferedWriter", bufBaseT, kBuffered, 1, bufferedInit)
		bufRandomT = newType("BufferedRandom", bufBaseT, kBuffered, 2, bufferedInit)
		textWrapperT = newType("TextIOWrapper", textBaseT, kText, 0, textWrapperInit)
		stringIOT = newType("StringIO", textBaseT, kStringIO, 0, stringIOInit)
		bytesIOT = newType("BytesIO", bufBaseT, kBytesIO, 0, bytesIOInit)
		var exc *py.Exception
		unsupportedT, exc = py.NewType("UnsupportedOperation", []*py.Type{py.OSErrorType, py.ValueErrorType}, nil)
		if exc != nil {
			panic(exc)
		}
		unsupportedT.Module = "io"
		baseMethods()
		rawMethods()
		bufferedMethods()
		textMethods()
		stringIOMethods()
		bytesIOMethods()
		for _, ty := range []*py.Type{ioBaseT, rawBaseT, bufBaseT, textBaseT, fileIOT, bufReaderT, bufWriterT,
			bufRandomT, textWrapperT, stringIOT, bytesIOT} {
			py.AddSlotWrappers(ty) // __init__, __new__, __repr__... callable from Python
		}
	})
}

func newStream(typ *py.Type, k kind) *stream {
	s := &stream{Head: py.MakeHead(typ), kind: k, fd: -1, seekable: -1, name: py.None, newline: py.None}
	if typ.Flags&py.FlagHeapType != 0 {
		s.dict = py.NewDict()
	}
	return s
}

func init() { vm.RegisterModule("_io", initModule) }

func initModule(t *vm.Thread, m *vm.Module) *py.Exception {
	initTypes()
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(py.Intern(name), v) }
	for _, ty := range []*py.Type{ioBaseT, rawBaseT, bufBaseT, textBaseT, fileIOT, bufReaderT, bufWriterT,
		bufRandomT, textWrapperT, stringIOT, bytesIOT} {
		set(ty.Name, ty.Obj())
	}
	set("UnsupportedOperation", unsupportedT.Obj())
	set("DEFAULT_BUFFER_SIZE", py.MakeInt(defaultBufferSize))
	open := py.NewBuiltin("open", Open).Obj()
	set("open", open)
	// builtins.open is io.open itself (until now it was a stand-in that
	// imports this module).
	if in := t.Interp(); in != nil && in.Builtins != nil {
		in.Builtins.Dict.SetStr(py.Intern("open"), open)
	}
	set("text_encoding", py.NewBuiltin("text_encoding", textEncoding).Obj())
	set("open_code", py.NewBuiltin("open_code", func(t *py.Thread, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return Object{}, py.TypeError("open_code() missing required argument 'path' (pos 1)")
		}
		return Open(t, []Object{args[0], py.NewStrObj("rb")}, nil)
	}).Obj())
	set("BlockingIOError", py.BlockingIOErrorType.Obj())
	return nil
}

const defaultBufferSize = 128 * 1024

// ---------------------------------------------------------------- errors

func unsupported(msg string) *py.Exception {
	return py.NewException(unsupportedT, py.NewStrObj(msg))
}

// uninit reports a buffered or text stream whose __init__ never ran (a
// subclass's __init__ did not call it).
func (s *stream) uninit() bool {
	switch s.kind {
	case kBuffered:
		return s.raw.IsNil()
	case kText:
		return s.buffer.IsNil()
	}
	return false
}

func uninitErr() *py.Exception { return py.ValueError("I/O operation on uninitialized object") }

func closedErr() *py.Exception      { return py.ValueError("I/O operation on closed file.") }
func closedErrNoDot() *py.Exception { return py.ValueError("I/O operation on closed file") }

// callMethod calls o.name(*args).
func callMethod(t *py.Thread, o Object, name string, args ...Object) (Object, *py.Exception) {
	f, e := py.GetAttrS(t, o, name)
	if e != nil {
		return Object{}, e
	}
	return py.Call(t, f, args, nil)
}

func truthy(t *py.Thread, o Object, e *py.Exception) (bool, *py.Exception) {
	if e != nil {
		return false, e
	}
	return py.Truthy(t, o)
}

// callCheckClosed raises the closed-file error if o.closed is true.
func callCheckClosed(t *py.Thread, o Object) *py.Exception {
	if s := asStream(o); s != nil && s.kind != kBase && s.dict == nil {
		if s.isClosed(t) {
			return closedErr()
		}
		return nil
	}
	c, e := py.GetAttrS(t, o, "closed")
	if b, e := truthy(t, c, e); e != nil {
		return e
	} else if b {
		return closedErr()
	}
	return nil
}

// isClosed reports the closed state of a Go stream (following the
// layers down to the raw file).
func (s *stream) isClosed(t *py.Thread) bool {
	if s.uninit() {
		return false
	}
	switch s.kind {
	case kBuffered:
		if s.rawS != nil {
			return s.rawS.isClosed(t)
		}
		if s.detached {
			return false
		}
		c, e := py.GetAttrS(t, s.raw, "closed")
		b, _ := truthy(t, c, e)
		return b
	case kText:
		if s.bufS != nil {
			return s.bufS.isClosed(t)
		}
		if s.bufRaw != nil {
			return s.bufRaw.closed
		}
		if s.detached {
			return false
		}
		c, e := py.GetAttrS(t, s.buffer, "closed")
		b, _ := truthy(t, c, e)
		return b
	}
	return s.closed
}

func iterNext(t *py.Thread, o Object) (Object, *py.Exception) {
	var line Object
	var e *py.Exception
	if s := asStream(o); s != nil && s.dict == nil && s.kind != kBase {
		line, e = s.readline(t, -1)
	} else {
		line, e = callMethod(t, o, "readline")
	}
	if e != nil {
		return Object{}, e
	}
	if n, e := py.Len(t, line); e != nil {
		return Object{}, e
	} else if n == 0 {
		return Object{}, nil
	}
	return line, nil
}

// readline dispatches to the kind's readline.
func (s *stream) readline(t *py.Thread, limit int) (Object, *py.Exception) {
	switch s.kind {
	case kRaw:
		return s.rawReadline(t, limit)
	case kBuffered:
		return s.bufReadline(t, limit)
	case kText:
		return s.textReadline(t, limit)
	case kStringIO:
		return s.sioReadline(t, limit)
	case kBytesIO:
		return s.bioReadline(t, limit)
	}
	return genericReadline(t, s.Obj(), limit)
}
