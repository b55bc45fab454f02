from _h import t
class A:
    def m(self): return 'A.m'
class B(A):
    def m(self): return super().m()
class Unrelated: pass
t(super, B, Unrelated())
t(super, B, Unrelated)
t(super, 'B', B())
t(super, B, B(), 3)
print(super(B, B()).m(), super(A, B()).__class__.__name__)
t(lambda: super(A, B()).m())
def f(self):
    return super().m()
class C(A):
    g = f
t(C().g)
class D(A):
    def m(self):
        return super().m()
print(D().m())
class E(A):
    @staticmethod
    def s():
        return super().m()
t(E.s)
class F(A):
    def m(self):
        return super(F, self).m() + '!'
print(F().m())
