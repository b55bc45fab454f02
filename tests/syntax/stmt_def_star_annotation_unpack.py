def f(*args: *tuple[int, ...]): pass
def g(*args: *Ts, **kw): pass
