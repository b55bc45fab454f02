class C:
    count = 0
    @staticmethod
    def s(x): return ('static', x)
    @classmethod
    def c(cls, x): return ('class', cls.__name__, x)
    def i(self): return 'inst'
class D(C): pass
print(C.s(1), C().s(2), C.c(3), C().c(4), D.c(5), D().c(6))
print(type(C.__dict__['s']).__name__, type(C.__dict__['c']).__name__)
print(type(C.s).__name__, type(C.c).__name__, type(C().i).__name__, type(C.i).__name__)
print(C.c.__self__ is C, D.c.__self__ is D, C().i.__self__.__class__.__name__)
sm = staticmethod(len)
print(sm('abc'), sm.__func__ is len, callable(sm))
cm = C.__dict__['c']
print(cm.__func__.__name__, cm.__get__(None, D)(1))
try:
    C.i()
except TypeError as e:
    print(type(e).__name__, e)
print(C.i(C()))
class W:
    @classmethod
    @property
    def cp(cls): return cls.__name__
try:
    print(W.cp)
except Exception as e:
    print(type(e).__name__)
class M:
    @staticmethod
    def f():
        'doc of f'
        return 1
print(M.f.__doc__, M.__dict__['f'].__doc__, M.__dict__['f'].__wrapped__ is M.f)
def outside(cls): return cls
class Z:
    m = classmethod(outside)
print(Z.m() is Z, Z().m() is Z)
