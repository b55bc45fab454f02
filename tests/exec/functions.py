def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 9}))
def g(a, /, b, *, c):
    return a + b + c
print(g(1, 2, c=3), g(1, b=2, c=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, x=2))
sq = lambda x: x * x
print(sq(5), (lambda *a: a)(1, 2), (lambda: 42)())
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(x, y):
    """Adds."""
    return x + y
print(add(2, 3), add.__name__, add.__qualname__)
def doc():
    """Docstring here."""
print(doc.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_varnames)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(100) > 0)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
print(f.__name__, repr(f)[:12])
