class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return {'injected': 42}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, opt=1):
    x = 1
    y = injected + 1
print(A.y, A.injected, type(A).__name__)
class LogDict(dict):
    def __setitem__(self, k, v):
        print('ns set', k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(m, name, bases):
        return LogDict()
class B(metaclass=LM):
    a = 1
    def f(self): pass
print(type(B.__dict__).__name__, B.a)
class NotDict(type):
    @classmethod
    def __prepare__(m, n, b): return 5
try:
    class C(metaclass=NotDict): pass
except TypeError as e:
    print(type(e).__name__, e)
class Sub(A): z = 3
print(type(Sub).__name__, Sub.z)
def fmeta(name, bases, ns):
    print('function metaclass', name, sorted(k for k in ns if not k.startswith('__')))
    return 'not a class'
class D(metaclass=fmeta):
    v = 1
print(D)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
class M3(M1): pass
class W(metaclass=M3): pass
class V(X, W): pass
print(type(V).__name__)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
T = type('T', (A,), {'k': 5})
print(T.k, type(T).__name__, T.__mro__[1].__name__)
