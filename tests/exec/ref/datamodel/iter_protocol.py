class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
c = Count(2)
print(next(c), next(c), next(c, 'done'))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), tuple(Seq()))
it = iter(Seq())
print(type(it).__name__, next(it))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5: pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
calls = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(calls), 0)))
class KeyErrSeq:
    def __getitem__(self, i): raise KeyError(i)
try:
    list(KeyErrSeq())
except KeyError as e:
    print(type(e).__name__, e)
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
class LenGet:
    def __len__(self): return 3
    def __getitem__(self, i): return 'xyz'[i]
print(list(reversed(LenGet())))
a, b, c = Count(3)
print(a, b, c)
