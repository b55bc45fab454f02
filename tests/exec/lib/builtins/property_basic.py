from _h import t
class A:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): self._x = 'deleted'
a = A()
a.x = 5; print(a.x)
del a.x; print(a._x)
p = A.__dict__['x']
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__, A.x is p)
class B:
    ro = property(lambda self: 1)
b = B()
t(setattr, b, 'ro', 2)
t(delattr, b, 'ro')
class C:
    wo = property(None, lambda self, v: None)
t(getattr, C(), 'wo')
print(property().fget, property(doc='d').__doc__)
q = property(len)
print(q.__get__([1, 2]), q.__get__(None, list) is q)
t(q.__set__, [], 1)
class D:
    @property
    def bad(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'fallback ' + n
print(D().bad)
class E:
    @property
    def name(self): return 1
print(E.name.__name__ if hasattr(E.name, '__name__') else 'n/a', E.name.__isabstractmethod__)
p2 = property(lambda s: 1, doc='explicit')
p3 = p2.getter(lambda s: 2)
print(p3.__doc__, p2 is p3)
class F:
    @property
    def v(self): return 1
t(setattr, F(), 'v', 2)
