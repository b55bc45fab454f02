from _h import t
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
r = iter(range(5)); next(r); print(r.__length_hint__(), list(r), r.__length_hint__())
s = iter('abc'); print(next(s), s.__reduce__()[0].__name__ if False else '', list(s))
d = {'a': 1}; di = iter(d); print(type(di).__name__, next(di))
t(next, di)
l = [1, 2, 3]; li = iter(l); next(li); l.insert(0, 0); print(list(li))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), [x for x in It()], sum(It()), tuple(It()))
class Half:
    def __iter__(self): return self
t(list, Half())
print(list(iter(iter(iter([9])))), iter(l).__iter__().__class__.__name__)
e = iter([]); print(next(e, 'x'), next(e, 'y'))
print(sorted(iter({3, 1, 2})), max(iter([1, 5, 2])), dict(iter([('a', 1)])), set(iter('aa')), ''.join(iter('xyz')))
