# Shared set: add/discard/contains from 8 threads.
from _common import ops, check, run_threads, THREADS

N = ops()
s = set()
errors = []


def worker(i):
    for k in range(N):
        x = i * N + k
        s.add(x)
        if x not in s:
            errors.append(x)
        if k % 2:
            s.discard(x)
        s.add(-(k % 64) - 1)  # shared elements, added by everyone


run_threads(worker)
check(not errors, "added elements are visible")
expect = THREADS * (N - N // 2) + min(N, 64)
check(len(s) == expect, "set size %d == %d" % (len(s), expect))
for i in range(THREADS):
    check(i * N in s, "even element present")
    if N > 1:
        check(i * N + 1 not in s, "odd element discarded")
print("ok")
