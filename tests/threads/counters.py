# Counters guarded by locks: globals, instance attributes, RLock nesting.
import threading
from _common import ops, check, run_threads, THREADS

N = ops()
lock = threading.Lock()
rlock = threading.RLock()
total = 0


class Box:
    def __init__(self):
        self.n = 0
        self.lock = threading.Lock()


box = Box()
nested = Box()


def worker(i):
    global total
    for k in range(N):
        with lock:
            total += 1
        with box.lock:
            box.n += 2
        if k % 4 == 0:
            with rlock:
                with rlock:
                    nested.n += 1


run_threads(worker)
check(total == THREADS * N, "global counter %d" % total)
check(box.n == 2 * THREADS * N, "attribute counter %d" % box.n)
check(nested.n == THREADS * ((N + 3) // 4), "rlock counter %d" % nested.n)
print("ok")
