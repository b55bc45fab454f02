"""Parallel speedup of CPU-bound pure-Python work over ThreadPoolExecutor.

speedup = N * time(1 worker, 1 task) / time(N workers, N tasks)

N is the number of cores (or argv[1]); a perfectly parallel interpreter
scores N, one with a GIL about 1. Three workloads: "cpu" (small-int
arithmetic on locals), "floats" (allocates a float per operation) and
"shared" (every worker reads the same global dict and list).
Each timing is the best of argv[3] (default 3) runs of argv[2] (default
2,000,000) loop iterations per task.
"""

import sys
from concurrent.futures import ThreadPoolExecutor

try:
    from time import perf_counter as clock, process_time as cputime
except ImportError:  # pygo before its time module
    from _thread import _monotonic as clock
    cputime = clock


def cpu(n):
    s = 0
    for i in range(n):
        s += (i % 1000) * 7 % 13
    return s


def floats(n):
    x = 0.0
    for i in range(n):
        x = x * 0.999 + i * 0.5
    return x


SHARED_D = {i: i * 3 for i in range(1000)}
SHARED_L = list(range(1000))


def shared(n):
    s = 0
    for i in range(n):
        k = i % 1000
        s += SHARED_D[k] + SHARED_L[k]
    return s


def timed(ex, fn, workers, n):
    c0 = cputime()
    t0 = clock()
    results = list(ex.map(fn, [n] * workers))
    dt = clock() - t0
    dc = cputime() - c0
    assert results == [results[0]] * workers
    return dt, dc


def best(fn, workers, n, reps):
    """Best wall time and best CPU time (all threads) over reps runs."""
    with ThreadPoolExecutor(max_workers=workers) as ex:
        list(ex.map(fn, [1000] * workers))  # start the workers
        walls, cpus = [], []
        for _ in range(reps):
            w, c = timed(ex, fn, workers, n)
            walls.append(w)
            cpus.append(c)
        return min(walls), min(cpus)


def main():
    try:
        import os
        ncpu = os.cpu_count() or 2
    except ImportError:
        ncpu = 2
    nw = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else ncpu
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000000
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    impl = sys.implementation.name
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    for name, fn in (("cpu", cpu), ("floats", floats), ("shared", shared)):
        t1, c1 = best(fn, 1, n, reps)
        tn, cn = best(fn, nw, n, reps)
        # cpu-eff: CPU seconds of one task / CPU seconds per task with nw
        # running together (1.0 = no cost from running side by side; with
        # a GIL the threads take turns, so it stays near 1.0 too).
        print("%-8s gil=%-5s %-7s workers=%d  t1=%.3fs  t%d=%.3fs  speedup=%.2f  cpu-eff=%.2f"
              % (impl, gil, name, nw, t1, nw, tn, nw * t1 / tn, nw * c1 / cn))


main()
