class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'R{self.n}'
    def __radd__(self, o): return ('radd', o, self.n)
    def __rsub__(self, o): return ('rsub', o, self.n)
    def __rmul__(self, o): return ('rmul', o, self.n)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rfloordiv__(self, o): return ('rfloordiv', o)
    def __rmod__(self, o): return ('rmod', o)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
    def __rmatmul__(self, o): return ('rmatmul', o)
    def __rlshift__(self, o): return ('rlshift', o)
    def __rrshift__(self, o): return ('rrshift', o)
    def __rand__(self, o): return ('rand', o)
    def __ror__(self, o): return ('ror', o)
    def __rxor__(self, o): return ('rxor', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
r = R(1)
print(1 + r, 'a' - r, [1] * r, 2 / r, 2 // r, 2 % r, 2 ** r, 2 @ r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, divmod(5, r))
print(pow(2, r))
try:
    print(pow(2, r, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    r + 1
except TypeError as e:
    print(type(e).__name__, e)
class Sub(R):
    def __radd__(self, o): return ('Sub.radd', o.n if isinstance(o, R) else o)
class Base:
    def __add__(self, o): return 'Base.add'
class Der(Base):
    def __radd__(self, o): return 'Der.radd'
print(Base() + Der())
class Der2(Base):
    def __add__(self, o): return 'Der2.add'
    def __radd__(self, o): return 'Der2.radd'
print(Base() + Der2())
class A:
    def __add__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return 'B.radd'
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(type(e).__name__, e)
print(1 + 2.5, 2.5 + 1, True + 1.5, 3 * 'ab', [0] * 2)
