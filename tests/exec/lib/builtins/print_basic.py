import sys
from _h import t
print()
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ', end='!\n')
print('no newline', end='')
print()
print('a', 'b', sep=None, end=None)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('stdout', file=None)
t(print, 1, sep=5)
t(print, 1, end=5)
t(print, 1, file=5)
t(print, bogus=1)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print('x', 'y', file=w, sep='-', flush=True)
print(w.parts)
class S:
    def __str__(self): return 'S!'
print(S(), [S()] if False else 'l', None, 1.0, 'é', b'b')
class BadStr:
    def __str__(self): return 5
t(print, BadStr())
sys.stderr.flush()
