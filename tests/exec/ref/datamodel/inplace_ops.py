class I:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'I({self.v})'
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): self.v -= o; return self
    def __imul__(self, o): self.v *= o; return self
    def __itruediv__(self, o): return 'itruediv'
    def __ifloordiv__(self, o): return 'ifloordiv'
    def __imod__(self, o): return 'imod'
    def __ipow__(self, o): return 'ipow'
    def __ilshift__(self, o): return 'ilshift'
    def __irshift__(self, o): return 'irshift'
    def __iand__(self, o): return 'iand'
    def __ior__(self, o): return 'ior'
    def __ixor__(self, o): return 'ixor'
    def __imatmul__(self, o): return 'imatmul'
x = I(1)
y = x
x += 5
print(x, y, x is y)
x -= 1; x *= 3
print(x)
for op in ['/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=', '@=']:
    z = I(0)
    exec(f'z {op} 2')
    print(op, z)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
a = OnlyAdd(1); b = a
a += 1
print(a.v, b.v, a is b)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
n = NI()
n += 1
print(n)
l = [1]; m = l
l += (2, 3)
print(l, m is l)
try:
    l = l + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,); u = t
t += (2,)
print(t, u)
s = {1}; s |= {2}; print(s)
d = {'a': 1}; d |= {'b': 2}; print(d)
try:
    q = None
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
