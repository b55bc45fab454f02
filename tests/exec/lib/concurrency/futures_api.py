# concurrent.futures.Future and the module surface (no executor threads).
import concurrent.futures as cf
from concurrent.futures import Future, CancelledError, InvalidStateError, wait, as_completed

f = Future()
print(f.done(), f.running(), f.cancelled())
print(repr(f).split(" state=")[1])
print(f.set_running_or_notify_cancel(), f.running(), f.cancel())
f.set_result(42)
print(f.done(), f.result(), f.exception(), repr(f).split(" state=")[1])
try:
    f.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
calls = []
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls)

g = Future()
g.add_done_callback(lambda fut: calls.append(("cb", fut.exception().args)))
g.set_exception(ValueError("bad", 1))
print(calls[-1], repr(g).split(" state=")[1])
try:
    g.result()
except ValueError as e:
    print("ValueError", e)

h = Future()
h.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), calls[-1])
for m in (h.result, h.exception):
    try:
        m()
    except CancelledError as e:
        print("CancelledError", type(e).__mro__[1].__name__)
print(h.set_running_or_notify_cancel())

p = Future()
for m in (p.result, p.exception):
    try:
        m(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", cf.TimeoutError is TimeoutError)

done, not_done = wait([f, g, p], timeout=0.01)
print(len(done), len(not_done))
r = wait([f, p], return_when=cf.FIRST_COMPLETED)
print(len(r.done), len(r.not_done), r.done == {f})
r = wait([g, p], timeout=0.01, return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done))
print(sorted(x.result() for x in as_completed([f])))
try:
    for x in as_completed([p], timeout=0.01):
        pass
except TimeoutError as e:
    print("TimeoutError", e)
try:
    wait([p], return_when="bogus")
except ValueError as e:
    print("ValueError", e)
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(CancelledError, cf._base.Error))
print(sorted(n for n in cf.__all__ if not n.startswith("Interpreter")))
