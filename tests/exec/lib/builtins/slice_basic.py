from _h import t
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice('a', [1], None)))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(5), slice(-3, None).indices(10), slice(10, -10, -3).indices(7))
t(slice(None, None, 0).indices, 5)
t(s.indices, -1)
t(slice)
t(slice, 1, 2, 3, 4)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))
l = list(range(10))
print(l[slice(2, 8, 3)], l[slice(None, None, -3)], 'hello'[slice(1, None)])
t(setattr, s, 'start', 3)
class I:
    def __index__(self): return 2
print(l[I():], l[slice(I(), None)], slice(I()).indices(10))
t(l.__getitem__, slice('a', 2))
t(slice(1.5, 2).indices, 5)
print(slice(1, 2, 3) == (1, 2, 3), {slice(1, 2): 'ok'}[slice(1, 2)])
