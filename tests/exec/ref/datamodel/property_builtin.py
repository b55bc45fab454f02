class C:
    def __init__(self): self._x = 0
    @property
    def x(self):
        'x doc'
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print('deleting'); del self._x
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__)
del c.x
print(hasattr(c, '_x'))
class R:
    @property
    def ro(self): return 1
r = R()
try:
    r.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = property(lambda self: 'lam')
class K:
    v = p
print(K().v, p.fget is not None, p.fset, p.fdel)
class Err:
    @property
    def bad(self): raise AttributeError('inner')
    def __getattr__(self, name): return f'getattr:{name}'
print(Err().bad)
class WithDoc:
    x = property(doc='explicit')
print(WithDoc.x.__doc__)
try:
    WithDoc().x
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(C):
    @C.x.getter
    def x(self): return 'sub getter'
s = Sub()
s.x = 3
print(s.x, s._x)
print(property.__name__, isinstance(C.x, property))
class N:
    @property
    def name(self): return 'n'
print(N.name.fget.__name__, N.__dict__['name'].__name__ if hasattr(N.__dict__['name'], '__name__') else '-')
