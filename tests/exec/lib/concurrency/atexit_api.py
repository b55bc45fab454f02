# atexit: callbacks run at exit in reverse order; exceptions are reported.
import atexit


def hello(name, punct="!"):
    print("bye", name + punct)


class Boom:
    def __call__(self):
        raise ValueError("in atexit")

    def __repr__(self):
        return "<Boom>"


boom = Boom()


atexit.register(hello, "first")
atexit.register(boom)
r = atexit.register(hello, "second", punct="?")
print(r is hello)
atexit.register(hello, "removed")
atexit.unregister(print)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)


def gone():
    print("never")


atexit.register(gone)
atexit.unregister(gone)
print("main done")
