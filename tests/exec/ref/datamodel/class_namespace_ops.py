class C:
    a = 1
    def m(self): return 'm'
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
C.b = 2
C.m2 = lambda self: 'm2'
print(C.b, C().m2(), hasattr(C, 'b'))
delattr(C, 'b')
print(hasattr(C, 'b'))
setattr(C, 'dyn', staticmethod(lambda: 'static dyn'))
print(C.dyn(), C().dyn())
print(getattr(C, 'a'), getattr(C(), 'a'), getattr(C, 'zzz', 'default'))
try:
    delattr(C, 'zzz')
except AttributeError as e:
    print(type(e).__name__, e)
class D(C): pass
D.a = 'D shadows'
print(D.a, C.a)
del D.a
print(D.a)
print(vars(C)['a'], type(vars(C)).__name__)
