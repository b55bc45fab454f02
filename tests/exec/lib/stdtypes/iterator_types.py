from _h import t
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), list(it))
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)], 2 in Count(3), 5 in Count(3))
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i
print(list(Seq()), 1 in Seq(), list(enumerate(Seq())))
for tp in [[], (), '', b'', {}, set(), frozenset(), range(0), {}.keys(), {}.values(), {}.items(), bytearray()]:
    print(type(iter(tp)).__name__)
it = iter('ab'); print(it.__length_hint__(), next(it), it.__length_hint__())
t(next, iter([]))
class BadIter:
    def __iter__(self): return [1]
t(iter, BadIter())
t(list, BadIter())
print(list(zip(*[iter('abcdef')] * 3)), list(map(list, zip(*[[1, 2], [3, 4]]))))
a = [1, 2]; it = iter(a); a.append(3); print(list(it))
