from _h import t
def f(a, b, *, c): pass
def g(a, /, b): pass
def h(): pass
def k(*args, **kw): pass
t(f)
t(f, 1)
t(f, 1, 2)
t(f, 1, 2, 3)
t(f, 1, 2, c=3, d=4)
t(f, 1, b=2, a=3)
t(g, a=1, b=2)
t(h, 1)
t(h, x=1)
t(lambda: k(**{1: 2}))
t(lambda: f(*5))
t(lambda: f(**5))
t(lambda: f(1, **{'b': 2}, **{'b': 3}))
class A:
    def m(self): pass
t(A().m, 1)
t(A.m)
t(len, [], [])
t(int.from_bytes)
t([].append, 1, 2)
t({}.get)
t('x'.split, 1, 2, 3)
