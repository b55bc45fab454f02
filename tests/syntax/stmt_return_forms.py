def f():
    return (yield)
def g():
    return lambda: 1
def h():
    return a if b else c
def i():
    return not x
