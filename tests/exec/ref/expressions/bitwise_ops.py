print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 2, 5 >> 1, -5 >> 1, -5 & 0xFF, -1 << 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__, ~int(True))
print({1, 2} & {2, 3}, {1, 2} | {3}, {1, 2} ^ {2, 3}, {1, 2} - {2}, frozenset([1]) | {2})
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
d1, d2 = {'a': 1}, {'b': 2}
print(d1 | d2, d2 | d1, {'a': 1} | {'a': 2})
try:
    1.5 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {'a': 1} | [('b', 2)]
except TypeError as e:
    print(type(e).__name__, e)
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 200, 0 >> 5, 1 >> 64)
print(0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F, ~0xFF & 0xFFF)
print(int.__and__(6, 3), (6).__or__(1), (-1).__rshift__(100))
x = 0b1100
x &= 0b1010; print(bin(x))
x |= 0b0001; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 3; print(x)
x >>= 2; print(x)
