def f(a, /): pass
def f(a, b, /, c): pass
def f(a, /, b, *, c): pass
def f(a=1, /): pass
def f(a, b=2, /, c=3): pass
def f(a, /, *args, **kw): pass
def f(a, /, **kw): pass
def f(a, /, *, b): pass
