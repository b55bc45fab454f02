from _h import t
class A:
    def __eq__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
print(A() == A(), A() != A(), A() == 1)
t(lambda: A() + 1)
t(lambda: 1 + A())
class B:
    def __radd__(self, o): return 'B.radd'
print(A() + B(), 1 + B())
t(lambda: B() + 1)
print(NotImplemented.__class__.__name__, repr(NotImplemented), str(NotImplemented), hash(NotImplemented) == hash(NotImplemented))
print(Ellipsis == ..., ... is not None, [...], (...,), {...: 1}, str([..., None]))
l = [1, 2, 3]
t(l.__getitem__, ...)
print(type(None)() is None)
print(callable(None), hash(None) == hash(None), None.__eq__(None), None.__lt__(None))
