def f(a,): pass
def f(a, /,): pass
def f(*, a,): pass
def f(*a,): pass
def f(**a,): pass
def f(a, *, b, **c,): pass
def f(
    a,
    b,
): pass
