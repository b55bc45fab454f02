# threading.local / _thread._local in one thread: attribute protocol,
# messages, subclasses with __init__ arguments, descriptors, __getattr__.
import threading
import _thread

L = threading.local
print(L is _thread._local, L, L.__module__, L.__name__, L.__qualname__)
loc = L()
print(type(loc) is L, isinstance(loc, L), vars(loc))
loc.x = 1
loc.y = [2]
print(loc.x, loc.y, loc.__dict__, sorted(vars(loc)))
loc.__dict__["z"] = 3
print(loc.z, hasattr(loc, "z"), getattr(loc, "nope", "default"))
for action in ("get", "del", "setdict", "deldict"):
    try:
        if action == "get":
            loc.missing
        elif action == "del":
            del loc.missing
        elif action == "setdict":
            loc.__dict__ = {}
        else:
            del loc.__dict__
    except AttributeError as e:
        print(action, type(e).__name__, e)
for args, kw in (((1,), {}), ((), {"a": 1}), ((1, 2), {"b": 3})):
    try:
        L(*args, **kw)
    except TypeError as e:
        print("L args", type(e).__name__, e)
del loc.x
print(hasattr(loc, "x"), sorted(loc.__dict__))
setattr(loc, "w", 9)
print(loc.w)
delattr(loc, "w")
print("w" in vars(loc))
print(type(L.__dict__.get("__getattribute__")).__name__,
      type(L.__dict__.get("__setattr__")).__name__)
print(L.__getattribute__(loc, "y"))
L.__setattr__(loc, "v", 5)
print(loc.v)
L.__delattr__(loc, "v")
print(hasattr(loc, "v"))


class Sub(L):
    cls_attr = "C"

    def __init__(self, a, b=0):
        print("init", a, b)
        self.a = a
        self.b = b

    @property
    def p(self):
        return self.a * 10

    @p.setter
    def p(self, v):
        self.a = v

    def meth(self):
        return self.a + self.b


s = Sub(3, b=4)
print(s.a, s.b, s.p, s.meth(), s.cls_attr, type(s).__name__, s.__dict__)
s.p = 7
print(s.a, s.p, s.__dict__)
s.cls_attr = "instance"
print(s.cls_attr, Sub.cls_attr)
del s.cls_attr
print(s.cls_attr)
try:
    s.zz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s.zz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Sub()
except TypeError as e:
    print(type(e).__name__, e)


class Bad(L):
    def __init__(self):
        raise ValueError("nope")


try:
    Bad()
except ValueError as e:
    print(type(e).__name__, e)


class Plain(L):
    pass


try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
pl = Plain()
pl.q = 5
print(pl.q, isinstance(pl, L), issubclass(Plain, L), Plain.__mro__[1] is L)


class Fallback(L):
    def __getattr__(self, n):
        return "fallback-" + n


fb = Fallback()
fb.k = 1
print(fb.k, fb.other)


class Doubling(L):
    def __setattr__(self, n, v):
        super().__setattr__(n, v * 2)


d = Doubling()
d.v = 4
print(d.v, d.__dict__)


class Slotted(L):
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Slotted(%r)" % self.n


print(repr(Slotted(6)), str(Slotted("s")))
print(object.__getattribute__(s, "meth")())
