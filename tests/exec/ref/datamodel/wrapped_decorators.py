def wraps(wrapped):
    def deco(wrapper):
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco
def trace(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b=1):
    'adds'
    return a + b
print(add(2), add(2, b=5), add.__name__, add.__doc__, add.__qualname__, add.__wrapped__.__name__)
print(add.__wrapped__(10), add.__code__.co_name, add.__wrapped__.__code__.co_name)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return x
print(hi('x'), hi.__name__, hi.__qualname__)
order = []
def d1(f): order.append('d1'); return lambda: 'd1(' + f() + ')'
def d2(f): order.append('d2'); return lambda: 'd2(' + f() + ')'
@d1
@d2
def base(): return 'base'
print(base(), order)
@lambda f: f() * 2
def val(): return 21
print(val)
registry = {}
@registry.setdefault('k', []).append
def registered(): pass
print(registry['k'][0].__name__)
class Deco:
    def __init__(self, f): self.f = f; self.n = 0
    def __call__(self, *a): self.n += 1; return self.f(*a)
@Deco
def counted(x): return x * 2
print(counted(2), counted(3), counted.n, type(counted).__name__)
def cls_deco(c):
    c.decorated = True
    return c
@cls_deco
class K: pass
print(K.decorated)
@(lambda c: c)
class J: pass
print(J.__name__)
