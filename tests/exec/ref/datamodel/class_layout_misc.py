# __class__ assignment checks, metaclass mro(), code.replace, type renaming,
# %-format integer conversions.
def show(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

class A: pass
class B: pass
class NoDict:
    __slots__ = ()
a = A()
a.v = 1
a.__class__ = B
print(type(a).__name__, a.v, a.__dict__)
show(lambda: setattr(a, "__class__", NoDict))
show(lambda: delattr(a, "__class__"))
show(lambda: setattr(a, "__class__", 3))
show(lambda: setattr(a, "__class__", object))
class P1:
    __slots__ = ("b", "a")
class P2:
    __slots__ = ("a", "b")
p = P1(); p.a, p.b = 1, 2
p.__class__ = P2
print(type(p).__name__, p.a, p.b)
class P3:
    __slots__ = ("a", "c")
show(lambda: setattr(p, "__class__", P3))
class L1(list): pass
class L2(list): pass
l = L1([1]); l.attr = "kept"
l.__class__ = L2
print(type(l).__name__, l, l.attr)
show(lambda: setattr(l, "__class__", A))
show(lambda: setattr([], "__class__", L1))
class Sub(B): pass
a.__class__ = Sub
print(isinstance(a, B), type(a).__mro__[1].__name__)
import sys
ModuleType = type(sys)
class MyMod(ModuleType): pass
m = ModuleType("m")
m.__class__ = MyMod
print(type(m).__name__, m.__name__)

# metaclass mro()
class Base: pass
class Meta(type):
    def mro(cls):
        return [cls, Base, object]
class WithMro(metaclass=Meta): pass
print([c.__name__ for c in WithMro.__mro__], issubclass(WithMro, Base))
class BadMeta(type):
    def mro(cls):
        return [cls, 1]
try:
    class Bad(metaclass=BadMeta): pass
except TypeError as e:
    print(type(e).__name__, e)

# code.replace
def f(x):
    return x + 1
c = f.__code__
r = c.replace(co_name="g", co_qualname="Q.g")
print(r.co_name, r.co_qualname, c.co_name, r is c, r.co_varnames)
r2 = c.replace(co_filename="other.py", co_firstlineno=100)
print(r2.co_filename, r2.co_firstlineno)
show(lambda: c.replace(co_name=1))
show(lambda: c.replace(nope=1))
print(c.replace().co_name, c.__replace__(co_name="h").co_name)

# type renaming
class T: pass
T.__name__ = "Renamed"
T.__qualname__ = "Outer.Renamed"
print(T.__name__, T.__qualname__, repr(T), repr(T()).startswith("<__main__.Outer.Renamed object"))
show(lambda: setattr(T, "__name__", 5))
show(lambda: setattr(T, "__qualname__", 5))
show(lambda: setattr(T, "__name__", "a\0b"))
show(lambda: setattr(int, "__name__", "x"))
show(lambda: delattr(T, "__qualname__"))

# %-format integer conversions
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class IntOnly:
    def __int__(self): return 7
class IntBad:
    def __int__(self): return 7.5
class IdxRaise:
    def __index__(self): raise ValueError("no")
for spec in ["%d", "%i", "%x", "%o", "%X", "%5d", "%c"]:
    for v in [Idx(65), Idx(1.5), IntOnly(), IntBad(), IdxRaise(), 3.9, "s"]:
        try:
            print(spec, repr(spec % v))
        except Exception as e:
            print(spec, type(e).__name__, e)
show(lambda: b"%d" % Idx(2.5))
show(lambda: b"%x" % Idx(255))
show(lambda: int(1, 2, 3))
show(lambda: int("1", 2, base=3))
