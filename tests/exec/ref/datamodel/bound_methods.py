class C:
    def m(self, x=1): return (self.v, x)
    def __init__(self, v): self.v = v
a, b = C(1), C(2)
ma = a.m
print(ma(), ma(5), ma.__self__ is a, ma.__func__ is C.m, ma.__name__, ma.__qualname__)
print(a.m == a.m, a.m is a.m, a.m == b.m, a.m != b.m, C.m is C.m)
print(type(ma).__name__, callable(ma), ma.__doc__)
print(repr(ma).startswith('<bound method C.m of'))
f = C.m
print(f(b), f(b, 3))
def extern(self): return 'extern ' + str(self.v)
C.e = extern
print(a.e())
a.inst = extern
try:
    a.inst()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst(a))
class D:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def m(self): pass
d1, d2 = D(), D()
print(d1.m == d2.m)
m = [1, 2].append
print(type(m).__name__, m.__self__, m.__name__)
bm = type(ma)(extern, b)
print(bm())
try:
    ma.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
C.m.attr = 'fattr'
print(a.m.attr)
class W:
    def meth(self): return self
w = W()
print(w.meth() is w, W.meth(5))
