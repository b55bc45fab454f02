# Python subclasses of the _io classes: overridden methods are used by
# the inherited ones (read over readinto, readlines and iteration over
# readline, writelines over write, __exit__ over close), subclasses take
# their own __init__ arguments, and instances serve as the streams under
# BufferedReader and TextIOWrapper.
import io
import sys


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("abc", 1, file=u)
u.writelines(["x\n", "y\n"])
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), type(u).__mro__[1:])
u.seek(0)
print(list(u))
u.seek(0)
print(u.readlines(), u.tell())


class Marked(io.StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return line.replace("a", "A")

m = Marked("abc\nbca\nlast")
print(list(m))
m.seek(0)
print(m.readlines(), m.readlines())
m.seek(0)
print(next(m), m.readline())


class Named(io.StringIO):
    def __init__(self, name, text=""):
        super().__init__(text)
        self.name = name
    def __repr__(self):
        return "<Named %s>" % self.name

n = Named("n1", "one\ntwo\n")
print(n, n.name, n.read(), vars(n))
n.extra = 5
print(sorted(vars(n)), n.closed)
with n as f:
    print(f is n, f.closed)
print(n.closed)
try:
    n.read()
except ValueError as e:
    print("ValueError", e)


class Chunks(io.RawIOBase):
    """A raw stream handing out at most 3 bytes per readinto."""
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Chunks(b"hello\nworld\n")
print(r.read(2), r.read(), r.read(), r.calls)
print(Chunks(b"hello\nworld\n").readall())
r = Chunks(b"hello\nworld\n")
print(r.readline(), list(r))
print(Chunks(b"a\nb\nc").readlines())
br = io.BufferedReader(Chunks(b"buffered\nreader\nover python"))
print(br.read(4), br.peek(1)[:1], br.readline(), br.read1(3), br.read())
print(type(br.raw).__name__, br.readable(), br.closed)
tw = io.TextIOWrapper(io.BufferedReader(Chunks("l1\nl2\nü3".encode())), encoding="utf-8")
print(list(tw), tw.encoding)


class Bad(io.RawIOBase):
    def readinto(self, b):
        return len(b) + 1

try:
    Bad().read(4)
except ValueError as e:
    print("ValueError", e)
try:
    io.RawIOBase().read(1)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))


class Closer(io.RawIOBase):
    def close(self):
        print("  close called, closed =", self.closed)
        super().close()

with Closer() as c:
    print("inside", c.closed)
print("after", c.closed)


class Sink(io.BufferedIOBase):
    def __init__(self):
        self.chunks = []
    def writable(self):
        return True
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

s = Sink()
t = io.TextIOWrapper(s, encoding="utf-8", newline="\r\n")
print(t.write("hi\nthere"), s.chunks)
t.flush()
print(s.chunks)
print(t.write("é"), t.encoding, t.line_buffering)
t.flush()
print(s.chunks)
try:
    Sink().read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)


class Source(io.BufferedIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self.data)
        out, self.data = self.data[:n], self.data[n:]
        return out

src = Source(b"0123456789")
buf = bytearray(4)
print(src.readinto(buf), buf, src.readinto(buf), buf, src.readinto(buf), buf)
try:
    src.readinto1(buf)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)


class Source1(Source):
    def read1(self, n=-1):
        return self.read(min(n, 2))

print(io.TextIOWrapper(Source1(b"x\ny\nzz"), encoding="ascii").readlines())
print(Source1(b"abcdef").readinto1(buf), buf)


class Brackets(io.TextIOWrapper):
    def write(self, s):
        return super().write("<" + s + ">")

w = Brackets(io.BytesIO(), encoding="utf-8")
print("a", "b", file=w)
w.flush()
print(w.buffer.getvalue(), type(w).__name__, isinstance(w, io.TextIOWrapper))
print([c.__name__ for c in type(w).__mro__])


class Lazy(io.TextIOWrapper):
    def __init__(self):
        pass  # never calls TextIOWrapper.__init__

lazy = Lazy()
print("buffer", lazy.buffer)
for f in (lambda: lazy.write("x"), lambda: lazy.read(), lambda: lazy.closed, lambda: lazy.name,
          lambda: repr(lazy), lambda: lazy.flush()):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)


class LazyReader(io.BufferedReader):
    def __init__(self):
        pass

lr = LazyReader()
print("raw", lr.raw)
for f in (lambda: lr.read(), lambda: lr.closed, lambda: lr.name):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)


class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""

print(list(Lines(["a\n", "b\n"])), Lines(["p\n", "q\n", "r\n"]).readlines(3))
print(Lines([]).readable(), Lines([]).writable(), Lines([]).seekable())
for name, args in (("fileno", ()), ("seek", (0,)), ("truncate", ()), ("seek", ())):
    try:
        getattr(Lines([]), name)(*args)
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    except TypeError as e:
        print("TypeError", e)


class Counting(io.BytesIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.reads = 0
    def read(self, n=-1):
        self.reads += 1
        return super().read(n)

cb = Counting(b"abc\ndef\n")
print(cb.readline(), cb.read(), cb.reads, cb.getvalue())
print(type(io.StringIO.__new__(io.StringIO)).__name__, type(io.BytesIO.__new__(Counting)).__name__)
print(io.StringIO.__init__ is not object.__init__, callable(io.TextIOWrapper.__init__))
print("done", file=sys.stderr)
