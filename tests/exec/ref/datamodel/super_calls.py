class A:
    def f(self): return ['A']
    @classmethod
    def c(cls): return ['A.c', cls.__name__]
    def __init__(self): self.init = ['A']
class B(A):
    def f(self): return ['B'] + super().f()
    @classmethod
    def c(cls): return ['B.c'] + super().c()
class C(A):
    def f(self): return ['C'] + super().f()
    def __init__(self):
        super().__init__()
        self.init.append('C')
class D(B, C):
    def f(self): return ['D'] + super().f()
    def __init__(self):
        super().__init__()
        self.init.append('D')
print(D().f(), D.c(), D().init)
print(super(B, D()).f(), super(C, D()).f())
print(super(D, D).c())
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
class E:
    def m(self):
        def inner():
            return super().m
        return inner
try:
    E().m()()
except Exception as e:
    print(type(e).__name__, e)
def outside(self):
    return super().f()
try:
    outside(D())
except RuntimeError as e:
    print(type(e).__name__, e)
class F(A):
    def f(self):
        return [x for x in super().f()] + (lambda: super().f())()
print(F().f())
try:
    super(int, 'x')
except TypeError as e:
    print(type(e).__name__, e)
class G(A):
    def f(self):
        __class__ = 'shadow'
        return 'ok'
print(G().f())
class H(A):
    def f(self):
        return __class__.__name__
print(H().f())
class I(A):
    def f(self):
        return super().missing
try:
    I().f()
except AttributeError as e:
    print(type(e).__name__, e)
class J(A):
    x = property(lambda self: 'prop')
class K(J):
    @property
    def x(self): return 'K+' + super().x
print(K().x)
class L:
    def __repr__(self): return 'L:' + super().__repr__()[:10]
print(repr(L()))
