package vm

import (
	"bufio"
	"io"
	"strings"
	"sync"
	"unsafe"

	"github.com/pygo/pygo/py"
)

// The standard streams are objects of the io module (package modules/io,
// which imports vm): sys.stdout is an _io.TextIOWrapper over a
// BufferedWriter over a FileIO, as in CPython. The VM reaches them
// through TextIO, which that package registers; print(), input(), the
// traceback printer and the exit sequence write, flush and read through
// it without Python method calls. Without the io package (the vm
// package's own tests) a minimal text stream stands in.

// StdConfig describes the standard streams of an interpreter.
type StdConfig struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Unbuffered is -u: stdout and stderr write through to the files.
	Unbuffered bool
	// LineBuffered: stdout is a terminal (line buffering is also
	// decided from the file itself when it is one of the process's).
	LineBuffered bool
}

// TextIO is the VM's direct access to text files.
type TextIO interface {
	// StdStreams makes sys.stdin, sys.stdout and sys.stderr.
	StdStreams(cfg StdConfig) (stdin, stdout, stderr Object)
	// Fast reports whether f is exactly the builtin text file type,
	// whose write and flush the VM may call directly.
	Fast(f Object) bool
	// Write writes s to f, as f.write(s), when f is exactly the builtin
	// text file type (not a subclass); ok is false otherwise.
	Write(t *py.Thread, f Object, s string) (ok bool, e *py.Exception)
	// Flush is f.flush() for the same objects.
	Flush(t *py.Thread, f Object) (ok bool, e *py.Exception)
	// ReadLine is f.readline() for the same objects ("" at end of input).
	ReadLine(t *py.Thread, f Object) (line string, ok bool, e *py.Exception)
}

var textIO TextIO = fallbackTextIO{}

// strStdout is "stdout" interned once (print looks it up every call).
var strStdout = py.Intern("stdout")

// RegisterTextIO installs the io module's text files (from its init).
func RegisterTextIO(x TextIO) { textIO = x }

// writeText writes s to f: directly for a builtin text file, otherwise
// by calling f.write(s).
func writeText(p *py.Thread, f Object, s string) *py.Exception {
	if ok, e := textIO.Write(p, f, s); ok {
		return e
	}
	_, e := vt(p).callMethod(f, "write", py.NewStrObj(s))
	return e
}

// flushText calls f.flush() (directly for a builtin text file).
func flushText(p *py.Thread, f Object) *py.Exception {
	if ok, e := textIO.Flush(p, f); ok {
		return e
	}
	_, e := vt(p).callMethod(f, "flush")
	return e
}

// goThread is a py.Thread for stream operations run outside any Python
// thread (the exit sequence, the interactive loop's reader goroutine):
// the standard streams' Go layers call no Python code.
func goThread() *py.Thread { return py.NewThread() }

// writeStd writes s to one of the interpreter's own standard streams,
// ignoring errors (a closed sys.stderr loses the message, as in CPython).
func (in *Interp) writeStd(f Object, s string) {
	textIO.Write(goThread(), f, s)
}

// flushStd flushes one of the interpreter's own standard streams.
func (in *Interp) flushStd(f Object) *py.Exception {
	_, e := textIO.Flush(goThread(), f)
	return e
}

// Flush flushes sys.__stdout__ and sys.__stderr__.
func (in *Interp) Flush() {
	in.flushStd(in.stdout)
	in.flushStd(in.stderr)
}

func (in *Interp) writeOut(s string) { in.writeStd(in.stdout, s) }

// FlushStdout flushes sys.stdout at exit and returns the exception a
// failure raised (a closed pipe), which CPython reports as "Exception
// ignored while flushing sys.stdout" with exit status 120. A sys.stdout
// that is None or closed is left alone.
func (in *Interp) FlushStdout() error {
	p := in.main.P
	out := in.Sys.Dict.GetStr(py.Intern("stdout"))
	if out.IsNil() || out.IsNone() {
		return nil
	}
	if c, e := py.GetAttrS(p, out, "closed"); e == nil {
		if b, e := py.Truthy(p, c); e == nil && b {
			return nil
		}
	}
	if e := flushText(p, out); e != nil {
		return e
	}
	return nil
}

// ReadStdinLine reads one line (with its newline; "" at end of input) from
// sys.__stdin__, which input() shares, for the interactive loop.
func (in *Interp) ReadStdinLine() (string, error) {
	s, _, e := textIO.ReadLine(goThread(), in.stdin)
	if e != nil {
		return s, e
	}
	return s, nil
}

// ---------------------------------------------------------------- fallback

// textFile is the stand-in standard stream of an interpreter built
// without the io module: a minimal text stream.
type textFile struct {
	py.Head
	name   string
	mode   string
	w      *bufio.Writer
	r      *bufio.Reader
	mu     sync.Mutex
	closed bool
	// unbuffered: every write is flushed (-u for sys.stdout);
	// lineBuffered: writes holding a newline are (a terminal's stdout).
	unbuffered, lineBuffered bool
}

var textFileType *py.Type

type fallbackTextIO struct{}

func (fallbackTextIO) StdStreams(cfg StdConfig) (stdin, stdout, stderr Object) {
	out := newTextFile("<stdout>", "w", cfg.Stdout, nil)
	out.unbuffered = cfg.Unbuffered
	out.lineBuffered = cfg.LineBuffered
	return newTextFile("<stdin>", "r", nil, cfg.Stdin).Obj(), out.Obj(), newTextFile("<stderr>", "w", cfg.Stderr, nil).Obj()
}

func (fallbackTextIO) Fast(f Object) bool { return asTextFile(f) != nil }

func (fallbackTextIO) Write(t *py.Thread, f Object, s string) (bool, *py.Exception) {
	tf := asTextFile(f)
	if tf == nil {
		return false, nil
	}
	tf.write(s)
	return true, nil
}

func (fallbackTextIO) Flush(t *py.Thread, f Object) (bool, *py.Exception) {
	tf := asTextFile(f)
	if tf == nil {
		return false, nil
	}
	tf.mu.Lock()
	defer tf.mu.Unlock()
	if tf.w != nil {
		if err := tf.w.Flush(); err != nil {
			return true, py.Errorf(py.OSErrorType, "%s", err.Error())
		}
	}
	return true, nil
}

func (fallbackTextIO) ReadLine(t *py.Thread, f Object) (string, bool, *py.Exception) {
	tf := asTextFile(f)
	if tf == nil {
		return "", false, nil
	}
	tf.mu.Lock()
	defer tf.mu.Unlock()
	if tf.r == nil {
		return "", true, py.Errorf(py.OSErrorType, "not readable")
	}
	s, _ := tf.r.ReadString('\n')
	return s, true, nil
}

func newTextFile(name, mode string, w io.Writer, r io.Reader) *textFile {
	f := &textFile{Head: py.MakeHead(textFileType), name: name, mode: mode}
	if w != nil {
		f.w = bufio.NewWriterSize(w, 8192)
	}
	if r != nil {
		f.r = bufio.NewReader(r)
	}
	return f
}

func (f *textFile) Obj() Object { return py.FromPtr(unsafe.Pointer(f)) }

func (f *textFile) write(s string) {
	f.mu.Lock()
	if f.w != nil {
		f.w.WriteString(s)
		if f.name == "<stderr>" || f.unbuffered || f.lineBuffered && strings.IndexByte(s, '\n') >= 0 {
			f.w.Flush()
		}
	}
	f.mu.Unlock()
}

func asTextFile(o Object) *textFile {
	if !o.IsNil() && o.Type() == textFileType {
		return (*textFile)(o.Ptr())
	}
	return nil
}

func initTextFile() {
	textFileType = newTypeS("TextIOWrapper", py.ObjectType, &py.Slots{
		Repr: func(p *py.Thread, o Object) (Object, *py.Exception) {
			f := (*textFile)(o.Ptr())
			return py.NewStrObj("<_io.TextIOWrapper name='" + f.name + "' mode='" + f.mode + "' encoding='utf-8'>"), nil
		},
	})
	textFileType.Module = "_io"
	py.AddMethod(textFileType, "write", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		if len(args) != 1 {
			return nilObj, py.TypeError("write() takes exactly one argument (%d given)", len(args))
		}
		s, ok := py.AsStr(args[0])
		if !ok {
			return nilObj, py.TypeError("write() argument must be str, not %s", py.TypeName(args[0]))
		}
		f := (*textFile)(self.Ptr())
		if f.w == nil {
			return nilObj, py.Errorf(py.OSErrorType, "not writable")
		}
		f.write(s.String())
		return py.MakeInt(int64(s.Len())), nil
	})
	py.AddMethod(textFileType, "flush", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		_, e := fallbackTextIO{}.Flush(p, self)
		return py.None, e
	})
	py.AddMethod(textFileType, "readline", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		s, _, e := fallbackTextIO{}.ReadLine(p, self)
		if e != nil {
			return nilObj, e
		}
		return py.NewStrObj(s), nil
	})
	py.AddMethod(textFileType, "read", func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
		f := (*textFile)(self.Ptr())
		if f.r == nil {
			return nilObj, py.Errorf(py.OSErrorType, "not readable")
		}
		b, _ := io.ReadAll(f.r)
		return py.NewStrObj(string(b)), nil
	})
	for _, n := range []string{"isatty", "readable", "writable", "seekable"} {
		n := n
		py.AddMethod(textFileType, n, func(p *py.Thread, self Object, args []Object, kw *py.Tuple) (Object, *py.Exception) {
			f := (*textFile)(self.Ptr())
			switch n {
			case "readable":
				return py.Bool(f.r != nil), nil
			case "writable":
				return py.Bool(f.w != nil), nil
			}
			return py.False, nil
		})
	}
	py.AddGetSet(textFileType, "name", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return py.NewStrObj((*textFile)(o.Ptr()).name), nil
	}, nil)
	py.AddGetSet(textFileType, "encoding", func(p *py.Thread, o Object) (Object, *py.Exception) {
		return py.NewStrObj("utf-8"), nil
	}, nil)
}

// input is the input() builtin without a terminal line editor: the
// prompt goes to sys.stdout, which is flushed, and the line comes from
// sys.stdin.readline(), without its newline (EOFError at end of input).
func input(p *py.Thread, in *Interp, args []Object) (Object, *py.Exception) {
	d := in.Sys.Dict
	fin, fout, ferr := d.GetStr(py.Intern("stdin")), d.GetStr(py.Intern("stdout")), d.GetStr(py.Intern("stderr"))
	switch {
	case fin.IsNil() || fin.IsNone():
		return nilObj, py.RuntimeError("input(): lost sys.stdin")
	case fout.IsNil() || fout.IsNone():
		return nilObj, py.RuntimeError("input(): lost sys.stdout")
	case ferr.IsNil() || ferr.IsNone():
		return nilObj, py.RuntimeError("input(): lost sys.stderr")
	}
	if e := flushText(p, ferr); e != nil {
		return nilObj, e
	}
	if len(args) > 0 {
		s, e := py.StrS(p, args[0])
		if e != nil {
			return nilObj, e
		}
		if e := writeText(p, fout, s); e != nil {
			return nilObj, e
		}
	}
	if e := flushText(p, fout); e != nil {
		return nilObj, e
	}
	var line string
	if s, ok, e := textIO.ReadLine(p, fin); ok {
		if e != nil {
			return nilObj, e
		}
		line = s
	} else {
		r, e := vt(p).callMethod(fin, "readline")
		if e != nil {
			return nilObj, e
		}
		rs, isStr := py.AsStr(r)
		if !isStr {
			return nilObj, py.TypeError("object.readline() returned non-string")
		}
		line = rs.String()
	}
	if line == "" {
		return nilObj, py.Errorf(py.EOFErrorType, "EOF when reading a line")
	}
	return py.NewStrObj(strings.TrimSuffix(line, "\n")), nil
}
