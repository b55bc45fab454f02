from _h import t
class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
class Child(Base):
    @Base.v.setter
    def v(self, val): self._v = val * 10
c = Child(); c.v = 2; print(c.v)
b = Base()
t(setattr, b, 'v', 2)
class Over(Base):
    v = 'class attr'
print(Over().v)
class Inst:
    p = property(lambda self: 'prop')
i = Inst()
i.__dict__['p'] = 'instance'
print(i.p)
class Abstract:
    @property
    def x(self): return 1
    x.__isabstractmethod__ if False else None
print(Abstract.x.__isabstractmethod__)
class Cached:
    calls = 0
    @property
    def val(self):
        Cached.calls += 1
        return Cached.calls
cc = Cached(); print(cc.val, cc.val, Cached.calls)
