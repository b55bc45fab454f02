def f(a, b=1, c=2): pass
def g(a=1, /, b=2, *, c, d=3): pass
def h(a, b=1, *args, c, d=4, **kw): pass
