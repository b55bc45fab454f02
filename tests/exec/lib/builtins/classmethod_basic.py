from _h import t
class A:
    @classmethod
    def make(cls, x): return (cls.__name__, x)
class B(A): pass
print(A.make(1), B.make(2), A().make(3), B().make(4))
cm = A.__dict__['make']
print(type(cm).__name__, cm.__func__.__name__, cm.__wrapped__ is cm.__func__)
print(cm.__get__(None, B)(5))
bound = A.make
print(bound.__self__ is A, bound.__func__ is cm.__func__)
def f(cls): return cls
c = classmethod(f)
print(c.__get__(1)() , c.__get__(None, int)())
print(c.__name__, c.__doc__, c.__isabstractmethod__)
t(classmethod)
class D:
    @classmethod
    @property
    def p(cls): return 'x'
t(lambda: D.p)
class E:
    x = classmethod(len)
t(lambda: E.x())
print(classmethod(f).__func__ is f)
