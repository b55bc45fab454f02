# The standard streams are io.TextIOWrapper objects with CPython's
# encoding and error handlers; writing, reading (standard input is
# empty), replacing sys.stdout, print's file/sep/end/flush, reconfigure.
# (The oracle runs cases with its own TextIOWrappers as sys.stdout and
# so on, so only what those share with the real streams is printed.)
import io
import sys

for name in ("stdin", "stdout", "stderr"):
    f = getattr(sys, name)
    print(name, type(f).__name__, type(f) is io.TextIOWrapper, f.encoding, f.errors)
    print("  isinstance", isinstance(f, io.TextIOBase), isinstance(f, io.IOBase),
          isinstance(f.buffer, (io.BufferedIOBase, io.RawIOBase)), isinstance(f, io.RawIOBase))
    print("  state", f.closed, f.newlines)

print("stderr errors:", sys.stderr.errors)

# write returns the number of characters; the buffer's write the bytes.
n = sys.stdout.write("héllo\n")
print("write ->", n)
sys.stdout.flush()
n = sys.stdout.buffer.write("wörld\n".encode())
sys.stdout.buffer.flush()
print("buffer.write ->", n)
sys.stdout.flush()
print("print returns", print("x", end="|\n"))
print(1, 2, 3, sep=", ", end=".\n", flush=True)
print("to stderr", file=sys.stderr)
print("stderr write ->", sys.stderr.write("err line\n"))
sys.stderr.flush()

for bad in (b"bytes", 42, None):
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)

# Standard input is empty here.
print("readline", repr(sys.stdin.readline()))
print("read", repr(sys.stdin.read()))
print("readlines", sys.stdin.readlines())
print("iter", list(sys.stdin))
print("buffer.read", sys.stdin.buffer.read())
print("buffer.readline", sys.stdin.buffer.readline())
try:
    input("prompt> ")
except EOFError as e:
    print()
    print("EOFError", e)

# Replacing sys.stdout redirects print and input's prompt.
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1)
print("more", end="")
sys.stdout = saved
print("captured:", repr(buf.getvalue()))
sys.stdout = None
print("lost")
sys.stdout = saved
print("stdout is back", sys.stdout is saved)

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
rec = Recorder()
print("a", "b", sep="-", file=rec, flush=True)
print(rec.parts)
try:
    print("x", file=object())
except AttributeError as e:
    print("AttributeError", e)

# reconfigure
sys.stdout.reconfigure(line_buffering=True)
print("line_buffering", sys.stdout.line_buffering)
sys.stdout.reconfigure(line_buffering=False)
print("line_buffering", sys.stdout.line_buffering)
sys.stderr.reconfigure(errors="replace")
print("stderr errors", sys.stderr.errors)
sys.stderr.reconfigure(errors="backslashreplace")
try:
    sys.stdout.reconfigure(nonsense=1)
except TypeError as e:
    print("TypeError", e)
print("lone surrogate to stderr", sys.stderr.write("\udc80\n"))
sys.stderr.flush()
print("done")
