class C:
    'doc of C'
    x = 1
    def m(self): pass
print(C.__name__, C.__qualname__, C.__module__, C.__doc__, C.__bases__, C.__base__.__name__)
print(type(C.__dict__).__name__, 'x' in C.__dict__, 'm' in C.__dict__, '__dict__' in C.__dict__, '__weakref__' in C.__dict__)
try:
    C.__dict__['y'] = 2
except TypeError as e:
    print(type(e).__name__, e)
C.y = 2
print(C.y, C.__dict__['y'])
del C.y
print(hasattr(C, 'y'))
class D:
    class E:
        pass
print(D.E.__qualname__, D.E.__name__, repr(D.E).endswith("D.E'>"))
C.__name__ = 'Renamed'
print(C.__name__, C.__qualname__)
C.__qualname__ = 'Q'
print(repr(C))
try:
    C.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
print(C().__class__ is C, type(C()) is C, C.__class__ is type)
class F: pass
print(F.__doc__, F.__module__)
try:
    del C.__name__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
o = C()
o.inst = 5
print(o.__dict__, vars(o))
o.__dict__ = {'replaced': True}
print(o.replaced, vars(o))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class G:
    a = 1
    b = a + 1
    c = [a * i for i in range(3)]
print(G.b, G.c)
print(sorted(k for k in vars(G) if not k.startswith('__')))
class H:
    attr = 'class'
h = H()
print(h.attr)
h.attr = 'instance'
print(h.attr, H.attr)
del h.attr
print(h.attr)
