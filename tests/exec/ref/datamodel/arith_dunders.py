class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __sub__(self, o): return V(self.x - (o.x if isinstance(o, V) else o))
    def __mul__(self, o): return V(self.x * o)
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __pow__(self, o, m=None): return V(pow(self.x, o, m))
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __matmul__(self, o): return ('matmul', self.x, o)
    def __divmod__(self, o): return ('divmod', self.x, o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x + 100)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
v = V(7)
print(v + 1, v + V(2), v - 3, v * 2, v / 2, v // 2, v % 4, v ** 2, pow(v, 2, 5))
print(v << 1, v >> 1, v & 3, v | 8, v ^ 1, v @ 5, divmod(v, 3))
print(-v, +v, abs(V(-3)), ~v)
for op in ['1 + v', 'v + "s"', '[] @ v', '2 ** v']:
    try:
        print(eval(op))
    except TypeError as e:
        print(type(e).__name__, e)
