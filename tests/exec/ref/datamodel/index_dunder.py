class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], 'abcd'[i], (1, 2, 3)[i], b'xyz'[i], range(5)[i])
print([0, 1, 2, 3, 4][Idx(1):Idx(4)], 'hello'[:i])
print(bin(i), hex(i), oct(i))
print('ab' * i, [0] * i, bytes(i), list(range(i)))
print(int(i) if hasattr(Idx, '__int__') else 'no __int__', (5).__index__())
try:
    int(i)
    print('int ok', int(i))
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    def __index__(self): return 'x'
try:
    [1][Bad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1][float(1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a'[str('x')]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(Idx(3), 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(round(3.7, Idx(0)) if False else 'skip', chr(Idx(65)))
l = [1, 2, 3]
l[Idx(0)] = 'z'
del l[Idx(1)]
print(l)
print(True.__index__(), [5, 6][True])
