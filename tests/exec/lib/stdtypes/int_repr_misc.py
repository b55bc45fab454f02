from _h import t
print(repr(10**30), str(-5), int.__name__, type(10**30).__name__)
print(1_000, 0x_ff, 0b_1010, 0o_17, 0xFF, 0B11, 0O7)
print((255).__format__('x'), format(255, '#06x'), format(-255, '#x'), format(10**20, ','), format(10**20, '_'), format(255, '_b'), format(12345678, '_x'))
print(int.__new__(int, 5), int.__mro__, isinstance(True, int), hash(-1) == -2)
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % self
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, -m, type(-m).__name__, abs(MyInt(-3)), type(abs(MyInt(-3))).__name__, str(m), format(m, 'd'))
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate(), int(5).__sizeof__() > 0)
print(round(5), round(5, 1), round(-15, -1), round(25, -1), round(35, -1), round(1, -10), round(-10**20 - 5, -1))
print((3).__eq__(3.0), (3).__eq__('a'), (3).__lt__(4), (3).__hash__() == 3, (3).__bool__(), (0).__bool__())
print(int.__add__(2, 3.0), int.__add__(True, 2))
t(int.__add__, 'a', 1)
print(sorted([3, -1, 2**70, -(2**70), 0]))
