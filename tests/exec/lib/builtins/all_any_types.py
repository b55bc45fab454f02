from _h import t
print(all(()), any(()), all((0,)), any((0.0, 0j, '')), all('0'), any(b'\x00'), all(b'ab'), all({}), any({0}), all(x for x in []), any(iter([None, []])))
class Truthy:
    def __init__(self, v, log): self.v = v; self.log = log
    def __bool__(self):
        self.log.append(self.v)
        return bool(self.v)
log = []
print(all([Truthy(1, log), Truthy(0, log), Truthy(1, log)]), log)
log = []
print(any([Truthy(0, log), Truthy(2, log), Truthy(3, log)]), log)
r = all([1, 2]); print(type(r).__name__, type(any([])).__name__)
t(all, iterable=[1])
class Stop:
    def __iter__(self): return self
    def __next__(self): raise ValueError('iter fail')
t(any, Stop())
print(all([1, [1], (0,), {0: 0}]), any([[], (), {}, set(), 0, None, False]))
