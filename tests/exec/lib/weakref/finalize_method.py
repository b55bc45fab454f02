# weakref.finalize and weakref.WeakMethod. Deaths are observed after
# gc.collect().
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def method(self, x):
        return (self.name, x)

    def __repr__(self):
        return "Res(%s)" % self.name


events = []


def make_finalized(name, *args, **kwargs):
    r = Res(name)
    f = weakref.finalize(r, events.append, (name,) + args + tuple(sorted(kwargs.items())))
    return f


f1 = make_finalized("a", 1, k=2)
gc.collect()
print("events:", events, "alive after:", f1.alive)
print("call dead:", f1(), f1.peek(), f1.detach())

keep = Res("kept")
f2 = weakref.finalize(keep, lambda *a, **k: (a, k), 1, 2, z=3)
obj, func, args, kwargs = f2.peek()
print("peek:", obj is keep, args, kwargs, f2.alive)
print("call:", f2(), f2(), f2.alive)

f3 = weakref.finalize(keep, events.append, "f3")
obj, func, args, kwargs = f3.detach()
print("detach:", obj is keep, func is events.append, args, kwargs, f3.alive, f3.detach())
gc.collect()
print("events after detach:", events)

f4 = weakref.finalize(keep, print, "f4 at exit")
f5 = weakref.finalize(keep, print, "f5 not at exit")
f5.atexit = False
print("atexit flags:", f4.atexit, f5.atexit)
f6 = weakref.finalize(keep, print, "f6 at exit, runs first")
print("type:", type(f4).__name__, isinstance(f4, weakref.finalize))
try:
    weakref.finalize(1, print)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.finalize(keep)
except TypeError:
    print("finalize needs a function")

# (pending finalizers would run at exit, newest first)

# WeakMethod
m = Res("m")
wm = weakref.WeakMethod(m.method)
print("weakmethod:", wm()(5), wm() == m.method, wm() is m.method)
wm2 = weakref.WeakMethod(m.method)
print("eq:", wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm is wm2)
print("isinstance:", isinstance(wm, weakref.ref), type(wm).__name__)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.WeakMethod(Res.method)
except TypeError as e:
    print(type(e).__name__, e)

calls = []


def make_method_ref():
    r = Res("gone")
    return weakref.WeakMethod(r.method, lambda w: calls.append(type(w).__name__))


wm3 = make_method_ref()
gc.collect()
print("dead weakmethod:", wm3(), calls, wm3 == wm3, wm3 != wm)


# Detached finalizers do not run, at exit or ever.
print("detached:", f4.detach()[2], f5.detach()[2], f6.detach()[2], f4.alive)
print("end of program")
