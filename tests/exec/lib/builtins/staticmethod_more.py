from _h import t
class A:
    @staticmethod
    def add(a, b): return a + b
    @staticmethod
    def nothing(): return 'nothing'
class B(A): pass
print(A.add(1, 2), B.add('a', 'b'), B().nothing(), A.add.__qualname__)
sm = A.__dict__['add']
print(sm.__get__(None, A) is sm.__func__, sm.__get__(A()) is sm.__func__, sm(3, 4))
print(repr(sm).startswith('<staticmethod('), sm.__doc__, sm.__module__ if hasattr(sm, '__module__') else '')
t(A.add, 1)
t(A().add, 1, 2, 3)
def plain(x): return x
class C:
    f = staticmethod(plain)
    g = plain
print(C.f(5), C().f(6), C.g(7))
t(C().g, 8)
class D:
    @staticmethod
    @staticmethod
    def dd(): return 'dd'
t(D.dd)
