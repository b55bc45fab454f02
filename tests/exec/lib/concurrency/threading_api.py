# threading module surface without starting threads.
import threading
import _thread

m = threading.current_thread()
print(m.name, m is threading.main_thread(), m.daemon, m.is_alive(), type(m).__name__)
print(m.ident == threading.get_ident() == _thread.get_ident())
print(threading.active_count(), len(threading.enumerate()), threading.enumerate()[0] is m)
print(isinstance(threading.TIMEOUT_MAX, float), threading.TIMEOUT_MAX > 1e6)
print(threading.stack_size())


def target(a, b=2):
    return a + b


t = threading.Thread(target=target, args=(1,))
print(t.name.startswith("Thread-"), t.name.endswith("(target)"), t.daemon, t.ident, t.is_alive())
print(repr(t).startswith("<Thread(Thread-"), repr(t).endswith("(target), initial)>"))
t2 = threading.Thread(name="worker", daemon=True)
print(t2.name, t2.daemon, repr(t2))
t2.name = 42
print(repr(t2.name))
t2.daemon = False
print(t2.daemon)
try:
    t2.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    m.join()
except RuntimeError as e:
    print("RuntimeError", e)
t3 = threading.Thread(target=lambda: None)
print(t3.name.endswith("(<lambda>)"))


class T(threading.Thread):
    def run(self):
        print("run called directly")


T().run()
t4 = threading.Thread(target=print, args=("direct run", 1), kwargs={"sep": "-"})
t4.run()
print(threading.excepthook is threading.__excepthook__)
print(threading.gettrace(), threading.getprofile())
threading.settrace(print)
print(threading.gettrace() is print)
threading.settrace(None)
loc = threading.local()
loc.x = 1
print(loc.x, loc.__dict__, hasattr(loc, 'y'))
del loc.x
try:
    loc.x
except AttributeError as e:
    print("AttributeError", e)


class L(threading.local):
    kind = "class attr"

    def __init__(self, v):
        self.v = v

    def double(self):
        return self.v * 2

    @property
    def prop(self):
        return self.v + 1

    @prop.setter
    def prop(self, x):
        self.v = x


ll = L(21)
print(ll.v, ll.double(), ll.kind, ll.prop)
ll.prop = 5
print(ll.v, ll.__dict__)
ll.kind = "instance"
print(ll.kind, L.kind)
try:
    ll.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
tm = threading.Timer(10, print)
print(tm.interval, tm.args, tm.kwargs)
tm.cancel()
print(tm.finished.is_set())
print(threading.ThreadError is RuntimeError)
