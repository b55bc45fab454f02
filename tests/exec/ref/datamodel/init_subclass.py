class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(Base, tag='bee'): pass
class C(B): pass
print(Base.registry, A.tag, B.tag, C.tag)
try:
    class D(Base, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(object, kw=1): pass
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __init_subclass__(cls):
        print('init_subclass of', cls.__name__, 'bases', [b.__name__ for b in cls.__bases__])
class Q(P): pass
class R(Q): pass
print(type(P.__dict__['__init_subclass__']).__name__)
class S:
    @classmethod
    def __init_subclass__(cls, **kw):
        print('explicit classmethod', cls.__name__, kw)
class T(S, x=1): pass
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('M.__new__', name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('M.__init__', name, kw)
        super().__init__(name, bases, ns)
class U(metaclass=M):
    def __init_subclass__(cls, **kw): print('U.init_subclass', cls.__name__, kw)
class V(U, flag=True): pass
