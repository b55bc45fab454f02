print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(1), callable('x'), callable(None))
class A: pass
class C:
    def __call__(self): return 1
print(callable(A), callable(A()), callable(C), callable(C()), callable(C().__call__))
print(callable([].append), callable(str.upper), callable(classmethod(len)), callable(staticmethod(len)))
a = A()
a.__call__ = lambda: 1
print(callable(a))
def g(): yield 1
print(callable(g), callable(g()))
print(callable(type), callable(object), callable(object()))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
