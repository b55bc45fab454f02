# ThreadPoolExecutor fan-out: exact results through submit, map and
# as_completed; futures resolved from many threads.
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
from _common import ops, check, THREADS

N = ops()
tasks = max(N // 100, 8)


def work(x):
    s = 0
    for k in range(100):
        s += (x * k) % 7
    return x, s


def expect(x):
    s = 0
    for k in range(100):
        s += (x * k) % 7
    return x, s


with ThreadPoolExecutor(max_workers=THREADS) as ex:
    fs = [ex.submit(work, x) for x in range(tasks)]
    results = sorted(f.result() for f in as_completed(fs))
    check(results == [expect(x) for x in range(tasks)], "as_completed results")
    check(list(ex.map(work, range(tasks))) == [expect(x) for x in range(tasks)], "map results")
    if sys.version_info >= (3, 14):
        check(list(ex.map(work, range(tasks), buffersize=THREADS)) == [expect(x) for x in range(tasks)],
              "buffered map results")
    done, not_done = wait([ex.submit(work, x) for x in range(THREADS)])
    check(len(done) == THREADS and not not_done, "wait")
print("ok")
