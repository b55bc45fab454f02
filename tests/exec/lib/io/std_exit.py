# At exit, sys.stdout is flushed (text without a newline is not lost),
# and an uncaught SystemExit prints its message to stderr (status 1).
import sys

print("first line")
sys.stdout.flush()
sys.stdout.buffer.write(b"<bytes>")
sys.stdout.buffer.flush()
sys.stdout.write("text without newline")
sys.stderr.write("to stderr\n")
raise SystemExit("bye")
