# __slots__: inline member storage, inheritance, layouts, builtin subclasses.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

vs = [Vec(i, -i) for i in range(1000)]
print(sum(v.x for v in vs), sum(v.y for v in vs))
for _ in range(3):
    vs = [Vec(i, i) for i in range(2000)]
    print(all(v.x == v.y for v in vs))

class V3(Vec):
    __slots__ = ("z",)
v = V3(1, 2); v.z = 3
print(v.x, v.y, v.z, hasattr(v, "__dict__"))
show(lambda: V3(1, 2).z)
print(Vec.x, V3.z, type(V3.z).__name__, V3.z.__name__, V3.z.__objclass__.__name__)
show(lambda: Vec.x.__get__(5))
show(lambda: Vec.x.__set__(5, 1))
show(lambda: Vec.x.__get__(V3(7, 8)))
Vec.y.__set__(v, 42)
print(v.y)
Vec.y.__delete__(v)
show(lambda: v.y)
show(lambda: Vec.y.__delete__(v))

class Many:
    __slots__ = tuple("abcdefghijkl")
m = Many()
for i, n in enumerate(Many.__slots__):
    setattr(m, n, i)
print([getattr(m, n) for n in Many.__slots__])
del m.f
show(lambda: m.f)
show(lambda: setattr(m, "zz", 1))

# layout conflicts
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class D(A, E1): pass
d = D(); d.a = 1; d.q = 2
print(d.a, d.q, d.__dict__)
class A2(A): pass
class A3(A): pass
class A4(A2, A3): pass
x = A4(); x.a = 5
print(x.a)
try:
    class Bad(A, int): pass
except TypeError as e:
    print(type(e).__name__, e)

# __dict__ in __slots__
class WithDict:
    __slots__ = ("__dict__", "k")
w = WithDict(); w.k = 1; w.other = 2
print(w.k, w.__dict__)
try:
    class Again(WithDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
try:
    class PD(Plain):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
for bad in [("1x",), ("a b",), (1,)]:
    try:
        class S:
            __slots__ = bad
    except TypeError as e:
        print(type(e).__name__, e)

# builtin subclasses
class L(list):
    __slots__ = ("tag",)
l = L([1, 2]); l.tag = "t"
print(l, l.tag, hasattr(l, "__dict__"))
show(lambda: setattr(l, "other", 1))
class Dd(dict):
    __slots__ = ("meta",)
dd = Dd(a=1); dd.meta = 9
print(dd, dd.meta)
class F(float):
    __slots__ = ("unit",)
f = F(1.5); f.unit = "m"
print(f, f.unit, f + 1)
for base in (int, tuple, bytes):
    try:
        type("X", (base,), {"__slots__": ("q",)})
    except TypeError as e:
        print(type(e).__name__, e)
class I(int):
    __slots__ = ()
show(lambda: setattr(I(3), "a", 1))
class IS(int): pass
objs = [IS(i) for i in range(500)]
for i, o in enumerate(objs):
    o.v = i
print(all(o.v == i for i, o in enumerate(objs)))
class S2(str):
    __slots__ = ("n",)
s2 = S2("hi"); s2.n = 2
print(s2, s2.n)

# exceptions
class MyErr(Exception):
    __slots__ = ("code",)
try:
    err = MyErr("boom"); err.code = 7
    raise err
except MyErr as e:
    print(e, e.code, e.args)
    e.extra = 1
    print(e.__dict__)
show(lambda: MyErr().code)

# the slots tuple and repr
print(Vec.__slots__, repr(Vec.x))
class Priv:
    __slots__ = ("__p", "__q__")
    def go(self):
        self.__p = 1
        self.__q__ = 2
        return self._Priv__p, self.__q__
print(Priv().go(), sorted(k for k in Priv.__dict__ if "p" in k or "q" in k))
