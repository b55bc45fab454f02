# `with` on builtin context managers (locks, files) and bound builtin
# methods' names.
import threading
import _thread

lock = threading.Lock()
with lock as v:
    print("inside", v, lock.locked())
print("after", lock.locked())
try:
    with lock:
        print("raising", lock.locked())
        raise KeyError("k")
except KeyError as e:
    print(type(e).__name__, e, lock.locked())
rl = threading.RLock()
with rl as a:
    with rl as b:
        print("nested", a, b, rl._is_owned())
print("rlock released", rl._is_owned())
for i in range(3):
    with lock:
        if i == 1:
            continue
        print("loop", i, lock.locked())
print(lock.locked())


def early():
    with lock:
        return lock.locked()


print("return inside", early(), lock.locked())
lk = _thread.allocate_lock()
ex = lk.__exit__
with lk:
    print(lk.locked(), ex.__name__, ex.__qualname__)
try:
    lk.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
with open(__file__) as f:
    print(f.closed, f.readline().strip()[:10])
print(f.closed)
for obj in (5, "s", None):
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)


class Enter:
    __exit__ = None


try:
    with Enter():
        pass
except TypeError as e:
    print(type(e).__name__, e)


class L(list):
    pass


print([].append.__qualname__, L().append.__qualname__, "".join.__qualname__,
      {}.get.__qualname__, len.__qualname__, dict.fromkeys.__qualname__)
print([].append.__name__, repr(L().pop)[:30], L().append.__self__)
