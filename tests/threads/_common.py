# Support for the thread-safety programs: the number of operations per
# thread comes from the command line (the Go harness passes a small one
# under the race detector).
import sys

THREADS = 8


def ops(default=100000):
    if len(sys.argv) > 1:
        return int(sys.argv[1])
    return default


def check(cond, what):
    if not cond:
        print("FAIL:", what)
        raise SystemExit(1)


def run_threads(target, nthreads=THREADS, args=()):
    import threading
    ts = [threading.Thread(target=target, args=(i,) + tuple(args)) for i in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
