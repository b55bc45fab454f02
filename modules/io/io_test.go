package io_test

import (
	"testing"

	"github.com/pygo/pygo/modules/internal/progtest"
)

// The FileIO -> Buffered* -> TextIOWrapper stack on a real file: write
// and read back under every newline mode (translation on write, universal
// newlines and .newlines on read, line splitting), seek/tell on buffered
// and raw files, peek/read1, closed-file errors, and StringIO/BytesIO
// positions, truncation and errors. The expected text is CPython 3.14's
// output for the same program.
func TestFileStackRoundTrips(t *testing.T) {
	progtest.CompareLines(t, progtest.Run(t, roundTripSrc, t.TempDir()), roundTripWant)
}

const roundTripSrc = `import io, os, sys
d = sys.argv[1]
p = os.path.join(d, "f.txt")
with open(p, "w", newline="\r\n") as f:
    print(f.write("a\nb\n"), type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
with open(p, "rb") as f:
    print(f.read())
with open(p, "wb") as f:
    f.write(b"x\r\ny\rz\nw")
for nl in (None, "", "\n", "\r", "\r\n"):
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()), f.newlines if nl is None else "-")
    with open(p, newline=nl) as f:
        print(repr(nl), [l for l in f])
with open(p, "w", newline="\r") as f:
    f.write("1\n2")
with open(p, "rb") as f:
    print(f.read())
with open(p, "r+b") as f:
    print(f.seek(0, 2), f.tell(), f.seek(1), f.read(1), f.tell())
    f.write(b"Z"); f.seek(0); print(f.read())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(2), f.readall(), f.read())
with open(p, "a") as f:
    print(f.tell(), f.write("é"), f.tell())
with open(p, encoding="utf-8") as f:
    s = f.read(); print(repr(s), f.tell())
with open(p, "rb") as f:
    print(f.peek(1)[:1], f.read1(2), f.readline(), f.readline())
f = open(p)
f.close()
for op in ("read", "readline", "tell", "readable"):
    try:
        getattr(f, op)()
    except ValueError as e:
        print(op, type(e).__name__, e)
s = io.StringIO("a\r\nb\rc", newline=None)
print(repr(s.getvalue()), s.readline(), repr(s.read()), s.tell(), s.newlines, io.StringIO("q").newlines)
s = io.StringIO(newline="")
s.write("x\r\ny"); s.seek(0); print(s.readlines())
s = io.StringIO("hello")
print(s.seek(0, 2), s.truncate(2), repr(s.getvalue()), s.tell(), s.write("!"), repr(s.getvalue()))
try: s.truncate(-1)
except ValueError as e: print(e)
try: s.seek(1, 1)
except OSError as e: print(type(e).__name__, e)
b = io.BytesIO(b"hello")
print(b.read(2), b.tell(), b.seek(-1, 2), b.read(), b.truncate(3), b.getvalue(), b.tell())
b.seek(7); b.write(b"!"); print(b.getvalue())
try: b.truncate(-2)
except ValueError as e: print(e)
b.close()
for op in ("getvalue", "tell", "readable", "seekable"):
    try: getattr(b, op)()
    except ValueError as e: print(op, e)
print(io.BytesIO(b"a\nb\n").readlines(), list(io.StringIO("p\nq")))
os.remove(p)
`

const roundTripWant = `4 TextIOWrapper BufferedWriter FileIO
b'a\r\nb\r\n'
None 'x\ny\nz\nw' ('\r', '\n', '\r\n')
None ['x\n', 'y\n', 'z\n', 'w']
'' 'x\r\ny\rz\nw' -
'' ['x\r\n', 'y\r', 'z\n', 'w']
'\n' 'x\r\ny\rz\nw' -
'\n' ['x\r\n', 'y\rz\n', 'w']
'\r' 'x\r\ny\rz\nw' -
'\r' ['x\r', '\ny\r', 'z\nw']
'\r\n' 'x\r\ny\rz\nw' -
'\r\n' ['x\r\n', 'y\rz\nw']
b'1\r2'
3 3 1 b'\r' 2
b'1\rZ'
FileIO b'1\r' b'Z' b''
3 1 5
'1\nZé' 5
b'1' b'1\r' b'Z\xc3\xa9' b''
read ValueError I/O operation on closed file.
readline ValueError I/O operation on closed file.
tell ValueError I/O operation on closed file.
readable ValueError I/O operation on closed file
'a\nb\nc' a
 'b\nc' 5 ('\r', '\r\n') None
['x\r\n', 'y']
5 2 'he' 5 1 'he\x00\x00\x00!'
Negative size value -1
OSError Can't do nonzero cur-relative seeks
b'he' 2 4 b'o' 3 b'hel' 5
b'hel\x00\x00\x00\x00!'
negative size value -2
getvalue I/O operation on closed file.
tell I/O operation on closed file.
readable I/O operation on closed file.
seekable I/O operation on closed file.
[b'a\n', b'b\n'] ['p\n', 'q']
`
