def show(fn, *a, **k):
    try:
        fn(*a, **k)
        print('ok')
    except TypeError as e:
        print(e)
def f(a, b): pass
show(f)
show(f, 1)
show(f, 1, 2, 3)
show(f, 1, b=2, c=3)
show(f, 1, a=2)
show(f, b=1)
def g(a, b=1, *, c): pass
show(g, 1)
show(g, 1, 2, 3)
show(g, 1, 2, 3, c=1)
show(g, c=1)
def h(a, /, b): pass
show(h, a=1, b=2)
show(h, 1, 2, a=3)
def k(*, x, y, z): pass
show(k)
show(k, x=1)
show(k, 1, x=1, y=2, z=3)
def n(): pass
show(n, 1)
show(n, x=1)
def o(a, b, c, d=1): pass
show(o, 1)
show(o, 1, 2, 3, 4, 5)
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
show(C().m)
show(C().m, 1, 2)
show(C.s)
show(C.c, 1, 2)
show(C)
show(C, 1)
lam = lambda a, *, b: None
show(lam, 1)
show(lam, 1, 2)
def p(a, /): pass
show(p)
show(p, 1, 2)
def q(a, /, *, b): pass
show(q, b=1)
def many(a, b, c): pass
show(many)
show(many, 1)
def kwo(*, a, b, c): pass
show(kwo, b=1)
def pos_kw(a, b, /, **kw): pass
show(pos_kw, 1, 2, 3)
show(len)
show(len, 1, 2)
show(print, sep=1)
show(int, 'x', bogus=1)
