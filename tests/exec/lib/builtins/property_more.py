from _h import t
class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v):
        if v < -273: raise ValueError('too cold')
        self._c = v
    def _del(self): print('deleting')
    c = property(_get, _set, _del, 'celsius')
tp = Temp(); tp.c = 25; print(tp.c, Temp.c.__doc__)
t(setattr, tp, 'c', -300)
del tp.c
p = Temp.c
print(p.fget is Temp._get, p.fset is Temp._set, p.fdel is Temp._del)
p2 = p.setter(None); print(p2.fset is None, p2.fget is p.fget)
p3 = p.deleter(None); print(p3.fdel is None)
class Sub(Temp):
    @Temp.c.getter
    def c(self): return 'sub:' + str(self._c)
s = Sub(); s.c = 5; print(s.c)
class NoDoc:
    def g(self):
        "getter doc"
        return 1
    x = property(g)
print(NoDoc.x.__doc__)
class Named:
    @property
    def foo(self): return 1
print(Named.foo.__name__)
class PS(property): pass
class UsesPS:
    @PS
    def v(self):
        "psdoc"
        return 'v'
print(UsesPS().v, type(UsesPS.__dict__['v']).__name__, UsesPS.v.__doc__)
t(property, 1, 2, 3, 4, 5)
t(lambda: callable(getattr(property(), '__get__')))
t(lambda: property(1).__get__(1))
class Wo:
    x = property(fset=lambda s, v: print('set', v))
Wo().x = 1
t(getattr, Wo(), 'x')
class Nd:
    x = property(lambda s: 1)
t(delattr, Nd(), 'x')
