class F:
    def __init__(self): self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return (a, k)
f = F()
print(f(1, 2, x=3), f(), f.calls, callable(f), callable(F), callable(1))
class NC: pass
try:
    NC()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    5()
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'(1)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta):
    def __init__(self, x): self.x = x
w = W(5)
print(w.x)
class InstCall:
    pass
ic = InstCall()
ic.__call__ = lambda: 'instance attr'
try:
    ic()
except TypeError as e:
    print(type(e).__name__, e)
InstCall.__call__ = lambda self: 'class attr'
print(ic())
class Chain:
    def __call__(self): return self
print(Chain()()()().__class__.__name__)
print(type(f.__call__).__name__, f.__call__.__self__ is f)
