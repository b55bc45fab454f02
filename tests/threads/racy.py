# Deliberately racy unlocked updates: lost updates are allowed, crashes
# and corrupted values are not.
from _common import ops, check, run_threads, THREADS

N = ops()
counter = 0


class C:
    pass


obj = C()
obj.n = 0
cell = [0]
d = {"k": 0}


def worker(i):
    global counter
    for k in range(N):
        counter += 1
        obj.n += 1
        cell[0] += 1
        d["k"] += 1


run_threads(worker)
for name, v in (("global", counter), ("attribute", obj.n), ("list item", cell[0]), ("dict value", d["k"])):
    check(isinstance(v, int) and 0 < v <= THREADS * N, "%s counter %r in range" % (name, v))
print("ok")
