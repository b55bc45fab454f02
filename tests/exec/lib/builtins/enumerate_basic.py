from _h import t
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)), list(enumerate([], 3)))
e = enumerate(['x', 'y'])
print(type(e).__name__, next(e), next(e))
t(next, e)
print(iter(e) is e)
print(list(enumerate('ab', 2**70)))
t(enumerate, 5)
t(enumerate, 'a', 'b')
t(enumerate, 'a', 1.5)
t(enumerate)
t(lambda: list(enumerate(iterable=[1], start=2)))
print(list(enumerate(iterable='pq', start=1)))
class I:
    def __index__(self): return 4
print(list(enumerate('z', I())))
print(dict(enumerate('hi')))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(enumerate.__class_getitem__(int))
