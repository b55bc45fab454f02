from _h import t
n = [0]
def f():
    n[0] += 1
    return n[0]
it = iter(f, 4)
print(type(it).__name__, list(it), list(it))
vals = iter([1, 2, None, 3])
print(list(iter(lambda: next(vals), None)))
t(iter, 5, 1)
t(iter, 5)
t(iter)
def stop():
    raise StopIteration
print(list(iter(stop, 1)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(range(3))).__name__, type(iter(set())).__name__)
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(iter(G())), type(iter(G())).__name__)
class BadIter:
    def __iter__(self): return 5
t(iter, BadIter())
class NI:
    __iter__ = None
t(iter, NI())
it = iter([1, 2, 3]); next(it)
print(it.__length_hint__(), list(it))
