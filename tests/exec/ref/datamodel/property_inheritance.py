class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @Base.v.setter
    def v(self, x): self._v = x * 100
c = Child()
c.v = 2
print(c.v)
class Override(Base):
    @property
    def v(self): return 'overridden'
o = Override()
try:
    o.v = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(o.v)
class Computed:
    def __init__(self, w, h): self.w, self.h = w, h
    area = property(lambda self: self.w * self.h, doc='the area')
print(Computed(2, 3).area, Computed.area.__doc__)
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
p2 = p.getter(lambda s: 'g')
print(p2 is p, p2.fget is not None)
class UsesSuper(Base):
    @property
    def v(self): return super().v + 1000
print(UsesSuper().v)
