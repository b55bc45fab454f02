from _h import t
class Base:
    def __init__(self, v): self.v = v
    def describe(self): return f'Base({self.v})'
    @property
    def prop(self): return 'base-prop'
    @staticmethod
    def st(): return 'base-static'
class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def describe(self): return 'Child>' + super().describe()
    @property
    def prop(self): return 'child>' + super().prop
    @staticmethod
    def st(): return 'child>' + super(Child, Child).st()
c = Child(5)
print(c.v, c.describe(), c.prop, Child.st())
s = super(Child, c)
print(s.describe(), s.__self__ is c, s.__self_class__ is Child, s.__thisclass__ is Child)
t(getattr, s, 'nope')
class Meta(type):
    def hello(cls): return 'meta hello ' + cls.__name__
class K(metaclass=Meta):
    @classmethod
    def hi(cls): return super().__init_subclass__
print(K.hello(), K.hi() is not None)
print(super(int, 5).__repr__() if False else super(bool, True).__repr__(), super(int, 5).__class__.__name__)
class A:
    def go(self): return 'A'
class B(A):
    def go(self):
        f = lambda: super(B, self).go()
        return 'B' + f()
print(B().go())
class C(B):
    def go(self):
        return [super().go() for _ in range(1)]
t(C().go)
t(super, int, 'x')
s = super(B)
print(repr(s).startswith('<super: <class'), s.__self__)
