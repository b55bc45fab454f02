"""The io module: streams for text, binary and raw I/O (pygo).

The classes are implemented in Go in _io; the abstract base classes are
the _io base classes themselves."""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder",
           "Reader", "Writer"]

import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                 open, open_code, FileIO, BytesIO, StringIO, BufferedReader,
                 BufferedWriter, BufferedRandom, TextIOWrapper, text_encoding)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

IOBase = _io._IOBase
RawIOBase = _io._RawIOBase
BufferedIOBase = _io._BufferedIOBase
TextIOBase = _io._TextIOBase


class BufferedRWPair:
    """A buffered reader and writer over two raw streams."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n, across chunk boundaries."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        return b"", int(self.pendingcr)

    def setstate(self, state):
        self.pendingcr = bool(state[1] & 1)

    def reset(self):
        self.seennl = 0
        self.pendingcr = False

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


class Reader:
    """Protocol for simple I/O reader instances."""
    __slots__ = ()


class Writer:
    """Protocol for simple I/O writer instances."""
    __slots__ = ()
