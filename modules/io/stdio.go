package io

import (
	goio "io"
	"os"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/vm"
)

// The standard streams, built as CPython's create_stdio builds them: a
// FileIO (closefd=False, named '<stdout>' and so on) under a
// BufferedWriter or BufferedReader under a TextIOWrapper (UTF-8, newline
// "\n", errors 'strict', 'backslashreplace' for stderr, mode 'w' or
// 'r'). stderr is line buffered, stdout too on a terminal; under -u the
// writers have no buffered layer and the text layer writes through.

func init() { vm.RegisterTextIO(textIO{}) }

// textIO is the VM's direct access to TextIOWrapper (vm.TextIO).
type textIO struct{}

// stdBufferSize is the standard streams' buffer: large enough that
// print()ing many short lines makes few system calls.
const stdBufferSize = 8192

func (textIO) StdStreams(cfg vm.StdConfig) (stdin, stdout, stderr Object) {
	initTypes()
	stdin = newStdStream(0, cfg.Stdin, nil, false, false)
	stdout = newStdStream(1, nil, cfg.Stdout, cfg.Unbuffered, cfg.LineBuffered)
	stderr = newStdStream(2, nil, cfg.Stderr, cfg.Unbuffered, false)
	return
}

var stdNames = [3]string{"<stdin>", "<stdout>", "<stderr>"}

func newStdStream(fd int, r goio.Reader, w goio.Writer, unbuffered, terminal bool) Object {
	raw := newStream(fileIOT, kRaw)
	raw.fd = fd
	raw.name = py.NewStrObj(stdNames[fd])
	raw.gr, raw.gw = r, w
	raw.readable, raw.writable = r != nil, w != nil
	raw.seekable = 0
	// The process's own files (not a test's buffers) may be asked about
	// fd. (Comparing with os.Stdout and so on avoids File.Fd, which
	// would put the file in blocking mode.)
	switch fd {
	case 0:
		raw.osFile = r == goio.Reader(os.Stdin)
	case 1:
		raw.osFile = w == goio.Writer(os.Stdout)
	case 2:
		raw.osFile = w == goio.Writer(os.Stderr)
	}
	if raw.osFile {
		raw.seekable = -1
	}
	// Line buffering follows the file itself when it is the process's
	// (a terminal, not /dev/null), otherwise what the caller says.
	isatty := terminal
	if raw.osFile {
		isatty = isTerminal(fd)
	}
	var buffer Object
	if unbuffered && w != nil {
		buffer = raw.Obj()
	} else {
		b := newStream(bufReaderT, kBuffered)
		if w != nil {
			b = newStream(bufWriterT, kBuffered)
			b.bkind = 1
		}
		b.bufSize = stdBufferSize
		b.raw, b.rawS = raw.Obj(), raw
		buffer = b.Obj()
	}
	s := newStream(textWrapperT, kText)
	s.setEncoding("utf-8")
	s.errors = "strict"
	if fd == 2 {
		s.errors = "backslashreplace"
	}
	s.setNewline(py.NewStrObj("\n"))
	s.setBuffer(buffer)
	s.writeThrough = unbuffered && w != nil
	s.lineBuffering = !s.writeThrough && (isatty || fd == 2)
	if w != nil {
		s.mode = py.NewStrObj("w")
	} else {
		s.mode = py.NewStrObj("r")
	}
	return s.Obj()
}

// exactText returns f as a stream when it is exactly a TextIOWrapper.
func exactText(f Object) *stream {
	if f.IsNil() || f.Type() != textWrapperT {
		return nil
	}
	return (*stream)(f.Ptr())
}

func (textIO) Fast(f Object) bool { return exactText(f) != nil }

func (textIO) Write(t *py.Thread, f Object, text string) (bool, *py.Exception) {
	s := exactText(f)
	if s == nil {
		return false, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.textCheck(t); e != nil {
		return true, e
	}
	return true, s.writeString(t, text)
}

func (textIO) Flush(t *py.Thread, f Object) (bool, *py.Exception) {
	s := exactText(f)
	if s == nil {
		return false, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.textCheck(t); e != nil {
		return true, e
	}
	return true, s.bufferFlush(t)
}

func (textIO) ReadLine(t *py.Thread, f Object) (string, bool, *py.Exception) {
	s := exactText(f)
	if s == nil {
		return "", false, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	line, e := s.textReadline(t, -1)
	if e != nil {
		return "", true, e
	}
	str, _ := py.AsStr(line)
	return str.String(), true, nil
}
