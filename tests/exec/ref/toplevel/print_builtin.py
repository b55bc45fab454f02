import sys
print()
print('a', 'b', sep='-', end='!\n')
print('x', end='')
print('y')
print(1, 2, 3, sep='')
print('to stderr', file=sys.stderr)
print(None, sep=None, end=None)
print(*range(3), sep=', ')
try:
    print(sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(end=[])
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('captured', 1, file=w)
print(w.parts)
print('flush', flush=True)
sys.stdout.write('direct write\n')
print(sys.stdout.write('ret\n'))
try:
    print('x', file=5)
except AttributeError as e:
    print(type(e).__name__, e)
