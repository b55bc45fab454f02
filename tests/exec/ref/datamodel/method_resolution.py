class A:
    def who(self): return 'A'
    def chain(self): return ['A']
class B(A):
    def chain(self): return ['B'] + super().chain()
class C(A):
    def who(self): return 'C'
    def chain(self): return ['C'] + super().chain()
class D(B, C):
    def chain(self): return ['D'] + super().chain()
print(D().who(), D().chain(), [k.__name__ for k in D.__mro__])
class E(C, B): pass
print(E().who(), E().chain())
print(D.who is C.who, D.__dict__.get('who'), 'who' in dir(D))
class Base:
    def template(self): return self.hook()
    def hook(self): return 'base hook'
class Derived(Base):
    def hook(self): return 'derived hook'
print(Derived().template(), Base().template())
class Cls:
    attr = 'class'
    @classmethod
    def get(cls): return cls.attr
class Sub(Cls):
    attr = 'sub'
print(Cls.get(), Sub.get(), Sub().get())
