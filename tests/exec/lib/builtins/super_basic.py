from _h import t
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
class C(B):
    def f(self): return 'C.f>' + super(B, self).f()
print(B().f(), C().f(), B.c(), C.c())
s = super(B, B())
print(type(s).__name__, s.f(), repr(super(B, B())).startswith('<super:'))
t(super, B, 1)
t(super, 1)
t(super)
def outside():
    return super()
t(outside)
print(super(B, C).c(), super(C, C).c())
class D:
    def __init__(self): print('D init')
class E(D):
    def __init__(self):
        super().__init__()
        print('E init')
E()
class M1:
    def who(self): return ['M1']
class M2(M1):
    def who(self): return ['M2'] + super().who()
class M3(M1):
    def who(self): return ['M3'] + super().who()
class M4(M2, M3):
    def who(self): return ['M4'] + super().who()
print(M4().who(), [k.__name__ for k in M4.__mro__])
t(lambda: super(B, B()).nope)
print(super(B, B()).__thisclass__.__name__, super(B, B()).__self_class__.__name__)
