class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = It()
print(list(it), list(it), next(it, 'exhausted'))
class NotAnIterator:
    def __iter__(self): return [1, 2]
try:
    for x in NotAnIterator(): pass
except TypeError as e:
    print(type(e).__name__, e)
class IterReturnsIter:
    def __iter__(self): return iter([7, 8])
print(list(IterReturnsIter()), sum(IterReturnsIter()))
class NextOnly:
    def __next__(self): return 1
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)
class GetitemStr:
    def __getitem__(self, i):
        if i == 2: raise IndexError
        return 'abc'[i]
print(list(GetitemStr()), 'b' in GetitemStr(), ''.join(GetitemStr()))
i1 = iter([1, 2, 3])
print(next(i1), list(i1), iter(i1) is i1)
s = iter('ab')
print(type(s).__name__, next(s), next(s), next(s, None))
d = iter({'a': 1})
print(type(d).__name__, next(d))
r = iter(range(2))
print(type(r).__name__, list(r))
