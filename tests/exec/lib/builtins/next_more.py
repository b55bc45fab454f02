from _h import t
g = (x for x in range(2))
print(next(g), next(g), next(g, 'dflt'), next(g, None))
t(next, g)
class Inf:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
i = Inf(); print(next(i), next(i), next(i, 0))
class Raises:
    def __next__(self): raise StopIteration('payload')
print(next(Raises(), 'dflt'))
t(next, Raises())
class NotIter:
    __next__ = 5
t(next, NotIter())
it = iter({'a': 1, 'b': 2}.items()); print(next(it), next(it), next(it, 'done'))
t(next, 'string')
t(next, iter([]), default=1)
