# Text and binary writes to the standard streams, flushed in between so
# the bytes come out in order; a second text layer over sys.stdout's
# buffer; a closed replacement sys.stdout.
import io
import sys

out = sys.stdout
for i in range(3):
    out.write("text %d\n" % i)
    out.flush()
    out.buffer.write(b"bytes %d\n" % i)
    out.buffer.flush()
out.writelines(["w1\n", "w2\n"])
out.flush()
out.buffer.writelines([b"b1\n", b"b2\n"])
out.buffer.flush()

# Unicode: the text layer encodes as UTF-8.
s = "ünïcödé ☃ 𝄞"
print(s, len(s), out.write(s + "\n"))
out.flush()
out.buffer.write(s.encode("utf-8") + b"\n")
out.buffer.flush()
print(repr(s.encode()))

# Large writes go through whole.
big = "".join("line %05d\n" % i for i in range(3000))
print(out.write(big) == len(big))
out.flush()
out.buffer.write(big.encode())
out.buffer.flush()

# stderr is line buffered and uses backslashreplace.
sys.stderr.write("err ☃ \udcff\n")
print(1, "two", 3.0, None, file=sys.stderr)
sys.stderr.buffer.write(b"stderr bytes\n")
sys.stderr.flush()

# A second text layer over sys.stdout's buffer, detached when done (so
# that it does not close the buffer).
out.flush()
w = io.TextIOWrapper(out.buffer, encoding="ascii", errors="replace", newline="\r\n")
print(type(w).__name__, w.encoding, w.errors, w.line_buffering, w.buffer is out.buffer)
out.flush()
sys.stdout = w
print("wrapped again", "é")
sys.stdout = out
w.flush()
buf = w.detach()
print("detached", buf is out.buffer, buf.closed)
print("buffer", w.buffer, "encoding", w.encoding, repr(w))
for f in (lambda: w.write("x"), lambda: w.closed, lambda: print("x", file=w), lambda: w.flush(),
          lambda: w.name, lambda: w.fileno(), lambda: w.detach(), lambda: w.close()):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)

# A closed replacement: print fails, the exit flush skips it.
sys.stdout = io.StringIO()
sys.stdout.write("lost")
sys.stdout.close()
try:
    print("after close")
except ValueError as e:
    print("ValueError", e, file=sys.stderr)
try:
    sys.stdout.flush()
except ValueError as e:
    print("ValueError", e, file=sys.stderr)
sys.stdout = out
print("end")
