# Condition, Event, Semaphore, Barrier, contextvars and threading.local
# under contention.
import contextvars
import sys
import threading
from _common import ops, check, run_threads, THREADS

N = max(ops() // 100, 10)

# Condition: a bounded buffer handing N items per producer to consumers.
cond = threading.Condition()
buf = []
received = []


def producer(i):
    for k in range(N):
        with cond:
            while len(buf) >= 4:
                cond.wait()
            buf.append(k)
            cond.notify_all()


def consumer(i):
    got = 0
    for _ in range(N):
        with cond:
            while not buf:
                cond.wait()
            got += buf.pop(0)
            cond.notify_all()
    with cond:
        received.append(got)


ts = [threading.Thread(target=producer, args=(i,)) for i in range(THREADS // 2)]
ts += [threading.Thread(target=consumer, args=(i,)) for i in range(THREADS // 2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
check(sum(received) == (THREADS // 2) * N * (N - 1) // 2, "condition hand-off")

# Semaphore: never more than 3 holders at once.
sem = threading.BoundedSemaphore(3)
state = {"in": 0, "max": 0}
state_lock = threading.Lock()


def limited(i):
    for _ in range(N):
        with sem:
            with state_lock:
                state["in"] += 1
                state["max"] = max(state["max"], state["in"])
            with state_lock:
                state["in"] -= 1


run_threads(limited)
check(state["max"] <= 3 and state["in"] == 0, "semaphore bound %r" % state)

# Barrier: every round all threads meet; exactly one gets index 0.
rounds = min(N, 50)
barrier = threading.Barrier(THREADS)
zeros = []


def meet(i):
    for _ in range(rounds):
        if barrier.wait() == 0:
            zeros.append(1)


run_threads(meet)
check(len(zeros) == rounds, "barrier rounds %d" % len(zeros))

# Event: all waiters released by one set().
ev = threading.Event()
seen = []


def waiter(i):
    if ev.wait(10):
        seen.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(THREADS)]
for t in ws:
    t.start()
ev.set()
for t in ws:
    t.join()
check(sorted(seen) == list(range(THREADS)), "event waiters")

# Context variables: each thread sets its own value in its own context.
var = contextvars.ContextVar("var", default=-1)
var.set(100)
ctx_errors = []
# 3.14t (and pygo) start threads in a copy of the starter's context.
inherit = getattr(sys.flags, "thread_inherit_context", sys.implementation.name == "pygo")


def ctx_worker(i):
    if inherit and var.get() != 100:  # inherited from the starting thread
        ctx_errors.append(("inherit", i, var.get()))
    for k in range(N):
        var.set(i * 1000 + k)
        if var.get() != i * 1000 + k:
            ctx_errors.append((i, k))


run_threads(ctx_worker)
check(not ctx_errors, "context isolation %r" % ctx_errors[:3])
check(var.get() == 100, "main context unchanged")

# threading.local: per-thread attributes.
loc = threading.local()
loc.value = "main"
loc_errors = []


def local_worker(i):
    if hasattr(loc, "value"):
        loc_errors.append("leak")
    for k in range(N):
        loc.value = (i, k)
        if loc.value != (i, k):
            loc_errors.append((i, k))


run_threads(local_worker)
check(not loc_errors, "local isolation %r" % loc_errors[:3])
check(loc.value == "main", "main's local value")
print("ok")
