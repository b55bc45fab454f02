from _h import t
class A:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
    @classmethod
    def create(cls, *args, **kw):
        return cls, args, kw
class B(A): pass
print(A.inc(), A.inc(), B.inc(), A.count, B.count)
print(A.create(1, x=2)[1:], B.create()[0].__name__)
cm = classmethod(lambda cls, x: (cls.__name__, x))
class C:
    m = cm
print(C.m(1), C().m(2), type(C.__dict__['m']).__name__)
print(repr(classmethod(len)).startswith('<classmethod('), repr(staticmethod(len)).startswith('<staticmethod('))
class D:
    @classmethod
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class E(D, tag=1): pass
class F:
    @classmethod
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(F[int] == ('F', int), F['x'])
bm = A.inc
print(type(bm).__name__, bm.__self__.__name__, bm.__func__.__name__, bm.__name__, bm.__qualname__)
