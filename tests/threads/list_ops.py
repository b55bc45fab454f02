# Shared list: concurrent append, pop, reads and slicing; totals exact.
import threading
from _common import ops, check, run_threads, THREADS

N = ops()
shared = []
sums = [0] * THREADS
lens = [0] * THREADS


def worker(i):
    base = i * N
    for k in range(N):
        shared.append(base + k)
        if k % 1000 == 0:
            lens[i] = max(lens[i], len(shared))
            _ = shared[-1:]
            _ = shared[0] if shared else None
    s = 0
    for k in range(N):
        s += shared.pop()
    sums[i] = s


run_threads(worker)
total = THREADS * N
check(len(shared) == 0, "list empty after pops")
check(sum(sums) == total * (total - 1) // 2, "popped values sum to what was appended")
check(max(lens) <= total, "lengths bounded")

# Per-thread lists sharing one list object for reading.
data = list(range(1000))
bad = []


def reader(i):
    for k in range(N // 10):
        v = data[k % 1000]
        if v != k % 1000:
            bad.append(v)


run_threads(reader)
check(not bad, "reads of an unchanging list are exact")
print("ok")
