# _thread and threading primitives used from one thread.
import _thread
import threading

l = threading.Lock()
print(type(l).__name__, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
l.release()
print(l.locked())
for args, kw in (((False, 1), {}), ((), {'timeout': -2}), ((), {'timeout': 'x'})):
    try:
        l.acquire(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
with l:
    print("with", l.locked())
print(l.locked(), repr(l).startswith("<unlocked _thread.lock object at"))
l2 = _thread.allocate_lock()
print(type(l2) is _thread.LockType, _thread.LockType is threading.Lock, _thread.error is RuntimeError)
try:
    l.acquire(timeout=_thread.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError", e)

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested", r._recursion_count())
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at"))

c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError", e)
with c:
    print(c.wait(0), c.wait_for(lambda: 42), c.wait_for(lambda: 0, 0.01))
    c.notify_all()
c2 = threading.Condition(threading.Lock())
with c2:
    print("plain", c2.wait(0.001))

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(blocking=False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
b = threading.BoundedSemaphore(1)
with b:
    pass
try:
    b.release()
except ValueError as e:
    print("ValueError", e)

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

bar = threading.Barrier(1, action=lambda: print("action"))
print(bar.parties, bar.n_waiting, bar.broken, bar.wait())
bar.abort()
print(bar.broken)
try:
    bar.wait()
except threading.BrokenBarrierError as ex:
    print("BrokenBarrierError", issubclass(threading.BrokenBarrierError, RuntimeError))
bar.reset()
print(bar.broken)
try:
    threading.Barrier(0)
except ValueError as ex:
    print("ValueError", ex)
