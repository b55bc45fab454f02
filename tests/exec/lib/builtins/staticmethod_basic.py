from _h import t
class A:
    @staticmethod
    def s(x): return x * 2
print(A.s(2), A().s(3), type(A.__dict__['s']).__name__, A.__dict__['s'].__func__.__name__)
sm = staticmethod(len)
print(sm([1, 2]), sm.__get__(None, int)('ab'), sm.__wrapped__ is len, callable(sm))
class B:
    f = staticmethod(lambda: 'lam')
print(B.f(), B().f())
t(staticmethod)
t(staticmethod, 1, 2)
print(staticmethod(1).__func__)
t(staticmethod(1))
print(A.s.__name__, A.__dict__['s'].__name__, A.__dict__['s'].__qualname__)
class C:
    @staticmethod
    def doc():
        "docstring"
print(C.__dict__['doc'].__doc__, C.__dict__['doc'].__isabstractmethod__)
