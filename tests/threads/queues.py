# Producers and consumers over queue.Queue (bounded), LifoQueue and
# SimpleQueue: every item is received exactly once.
import queue
import threading
from _common import ops, check, THREADS

N = ops()


def pipeline(q, nprod, ncons, per):
    got = [0] * ncons
    counts = [0] * ncons

    def producer(i):
        for k in range(per):
            q.put(i * per + k)

    def consumer(i):
        s = c = 0
        while True:
            v = q.get()
            if v is None:
                break
            s += v
            c += 1
            if hasattr(q, "task_done"):
                q.task_done()
        got[i] = s
        counts[i] = c

    cs = [threading.Thread(target=consumer, args=(i,)) for i in range(ncons)]
    ps = [threading.Thread(target=producer, args=(i,)) for i in range(nprod)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    if hasattr(q, "join"):
        q.join()
    for _ in cs:
        q.put(None)
    for t in cs:
        t.join()
    total = nprod * per
    check(sum(counts) == total, "%s: items received %d" % (type(q).__name__, sum(counts)))
    check(sum(got) == total * (total - 1) // 2, "%s: sum of items" % type(q).__name__)


per = max(N // 10, 1)
pipeline(queue.Queue(maxsize=64), THREADS // 2, THREADS // 2, per)
pipeline(queue.LifoQueue(), THREADS // 2, THREADS // 2, per)
pipeline(queue.SimpleQueue(), THREADS // 2, THREADS // 2, per)

if hasattr(queue, "ShutDown"):  # 3.13+
    q = queue.Queue()
    q.put(1)
    q.shutdown()
    check(q.get() == 1, "get after shutdown drains")
    try:
        q.get()
        check(False, "ShutDown expected")
    except queue.ShutDown:
        pass
print("ok")
