# weakref.ref: sharing, callbacks, hashing, equality, repr, subclasses,
# which objects can be referenced. Deaths are observed after gc.collect()
# (CPython frees at `del`; other implementations at collection time).
import gc
import weakref


def clean(s):
    # Replace addresses (0x...) so that the output is deterministic.
    out = []
    i = 0
    while i < len(s):
        if s.startswith("0x", i):
            j = i + 2
            while j < len(s) and s[j] in "0123456789abcdef":
                j += 1
            out.append("0xADDR")
            i = j
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


class C:
    def __init__(self, n=0):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, C) and other.n == self.n


log = []


def cb(r):
    log.append(("cb", type(r).__name__, r()))


def cb2(r):
    log.append(("cb2", r() is None))


o = C(1)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
r3 = weakref.ref(o, None)
print("shared:", r1 is r2, r1 is r3, r1() is o)
rc1 = weakref.ref(o, cb)
rc2 = weakref.ref(o, cb2)
print("callback refs:", rc1 is r1, rc1 is rc2, rc1() is o)
p1 = weakref.proxy(o)
print("proxy shared:", p1 is weakref.proxy(o))
refs = weakref.getweakrefs(o)
print("count:", weakref.getweakrefcount(o), len(refs))
print("order:", [(x is r1, x is p1, x is rc2, x is rc1) for x in refs])
print("__weakref__ is head:", o.__weakref__ is r1)
print("__callback__:", rc1.__callback__ is cb, r1.__callback__)
try:
    rc1.__callback__ = cb2
except AttributeError as e:
    print(type(e).__name__, e)
print("repr:", clean(repr(r1)))
print("hash:", hash(r1) == hash(o), hash(rc1) == hash(C(1)))
print("eq:", r1 == rc1, r1 != rc1, r1 == 1, r1 != 1)
other = C(1)
ro = weakref.ref(other)
print("eq other referent:", r1 == ro, ro == r1)
try:
    r1 < rc1
except TypeError:
    print("TypeError for <")
print("type:", type(r1) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print("isinstance:", isinstance(r1, weakref.ref), isinstance(p1, weakref.ref))

del o
gc.collect()
print("after death:", r1(), rc1(), r2() is None)
print("repr dead:", clean(repr(r1)))
print("callbacks:", log)
print("__callback__ after:", rc1.__callback__, rc2.__callback__)
print("hash kept:", hash(r1) == 1)
print("dead eq:", r1 == rc1, r1 == r1, r1 != rc1, r1 == ro)
print("count dead:", weakref.getweakrefcount(C(5)))


def dead_ref():
    return weakref.ref(C(7))


rd = dead_ref()
gc.collect()
try:
    hash(rd)
except TypeError as e:
    print(type(e).__name__, e)

# Which objects support weak references.
def f():
    pass


def gen():
    yield 1


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class SetSub(set):
    pass


class ListSub(list):
    pass


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


class Exc(Exception):
    pass


import sys

candidates = [
    ("int", 1), ("big int", 10 ** 30), ("str", "s"), ("bytes", b"b"), ("tuple", (1,)),
    ("list", []), ("dict", {}), ("None", None), ("float", 1.5), ("complex", 1j),
    ("bool", True), ("object", object()), ("range", range(2)), ("bytearray", bytearray()),
    ("slice", slice(1)), ("exception", ValueError()), ("set", set()), ("frozenset", frozenset()),
    ("function", f), ("lambda", lambda: 0), ("class", C), ("builtin type", int),
    ("instance", C()), ("bound method", C().__repr__), ("builtin", len),
    ("builtin method", [].append), ("generator", gen()), ("code", f.__code__),
    ("module", sys), ("slotted", Slotted()), ("slotted weak", SlottedWeak()),
    ("set subclass", SetSub()), ("list subclass", ListSub()), ("int subclass", IntSub()),
    ("tuple subclass", TupleSub()), ("exception subclass", Exc()),
    ("property", property()), ("staticmethod", staticmethod(f)),
]
for name, obj in candidates:
    try:
        w = weakref.ref(obj)
        print(name, "yes", w() is obj)
    except TypeError as e:
        print(name, "no:", e)

print("__weakref__ attr:", hasattr(Slotted(), "__weakref__"), "__weakref__" in dir(SlottedWeak))
sw = SlottedWeak()
print("slotted __weakref__:", sw.__weakref__)
wsw = weakref.ref(sw)
print("slotted __weakref__ after:", sw.__weakref__ is wsw)
print("descriptor:", type(C.__dict__["__weakref__"]).__name__)

# Arguments.
for args in [(), (C(), None, None)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print(type(e).__name__, e)
keep = C(3)
rk = weakref.ref(keep)
for call in [lambda: rk(1), lambda: rk(x=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ref(rk)
except TypeError:
    print("refs are not weakly referenceable")


# Subclasses of ref.
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, **annotations):
        super().__init__(ob, callback)
        self.__dict__.update(annotations)


mr = MyRef(keep, None, tag="t", n=2)
print("subclass:", mr.tag, mr.n, mr() is keep, mr is rk, type(mr).__name__)
print("subclass repr:", clean(repr(mr)))
print("subclass in list:", mr in weakref.getweakrefs(keep), weakref.getweakrefcount(keep))
print("subclass hash:", hash(mr) == hash(keep), mr == rk)


class SlotRef(weakref.ref):
    __slots__ = ("extra",)


sr = SlotRef(keep)
sr.extra = 9
print("slot subclass:", sr.extra, sr() is keep)
try:
    sr.other = 1
except AttributeError:
    print("no __dict__ on slot subclass")

print("class getitem:", weakref.ref[int])
