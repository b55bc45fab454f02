# Shared dict: set/get/del from 8 threads on private and shared keys.
import threading
from _common import ops, check, run_threads, THREADS

N = ops()
d = {}
lock = threading.Lock()
errors = []


def worker(i):
    for k in range(N):
        key = (i, k % 512)
        d[key] = k
        v = d.get(key)
        if v != k:
            errors.append((key, v, k))
        if k % 3 == 0:
            del d[key]
        # Shared keys: every thread writes them; reads must see some int.
        d["shared", k % 16] = i
        s = d.get(("shared", k % 16))
        if not isinstance(s, int):
            errors.append(("shared", s))
    with lock:
        d["done", i] = True


run_threads(worker)
check(not errors, "each thread reads back its own writes: %r" % errors[:3])
for i in range(THREADS):
    check(d.get(("done", i)) is True, "done flag %d" % i)
    for j in range(512):
        # The last write of (i, j) was at the largest k < N with k % 512 == j.
        last = N - 1 - ((N - 1 - j) % 512)
        if last < 0:
            continue
        if last % 3 == 0:
            check((i, j) not in d, "deleted key %r" % ((i, j),))
        else:
            check(d[i, j] == last, "value of %r" % ((i, j),))
check(len([k for k in d if k[0] == "shared"]) == 16, "shared keys")
print("ok")
