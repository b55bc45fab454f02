from _h import t
print(range(5), range(1, 5), range(1, 5, 2), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], list(r[::-2]), r.start, r.stop, r.step)
print(9 in r, 10 in r, 9.0 in r, 'a' in r, r.index(9), r.count(9), r.count(10))
t(r.index, 10)
t(r.__getitem__, 100)
t(range, 1, 2, 0)
t(range, 1.5)
t(range)
t(range, 1, 2, 3, 4)
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2), hash(range(0)) == hash(range(3, 3)))
print(range(10**20)[10**19], len(range(-5, 5)), bool(range(0)), list(reversed(range(4))))
t(len, range(10**20))
print(range(10**20).__len__ if False else range(10**20)[-1])
class I:
    def __index__(self): return 4
print(range(I()), list(range(I())))
