def f(*, a): pass
def f(*, a=1, b): pass
def f(*args, a, b=2): pass
def f(a, *, b, **kw): pass
def f(**kw): pass
def f(*args): pass
def f(*args, **kw): pass
