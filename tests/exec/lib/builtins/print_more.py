import sys
print('a', 'b', sep='')
print('x' * 3, end='|\n')
print(*[1, 2, 3], sep='-')
print(*'abc')
print(*[], sep='X', end='E\n')
print('', end='')
print('multi\nline', 'second')
print(1.0, 2.5e-10, -0.0, 1e100, True, None, b'\xff', bytearray(b'x'), [1.5], (1,), {'a': None}, {1}, frozenset(), range(3), ..., NotImplemented)
print('sep none', 'end none', sep=None, end=None)
print(file=sys.stdout)
print('err1', 'err2', sep=',', file=sys.stderr)
sys.stdout.write('direct write\n')
print(sys.stdout.write('abc'), flush=False)
class W:
    def write(self, s): sys.stdout.write('[' + s + ']')
print('to W', 1, file=W())
print()
class NoWrite: pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
print('é', '日本', '\U0001F600')
