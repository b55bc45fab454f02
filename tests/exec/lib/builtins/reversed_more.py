from _h import t
r = reversed(range(10, 20, 3)); print(type(r).__name__, list(r))
r = reversed([1, 2, 3]); print(next(r), r.__length_hint__(), list(r), r.__length_hint__())
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return 'ab'[i]
r = reversed(Seq()); print(type(r).__name__, list(r))
class BadLen:
    def __len__(self): return -1
    def __getitem__(self, i): return i
t(reversed, BadLen())
class OnlyGet:
    def __getitem__(self, i): return i
t(reversed, OnlyGet())
class RevReturns:
    def __reversed__(self): return 5
print(reversed(RevReturns()))
t(reversed)
t(reversed, [1], [2])
l = [1, 2, 3]; r = reversed(l); next(r); l.clear(); print(list(r))
print(list(reversed(tuple('abc'))), ''.join(reversed('hello')), list(reversed(range(0))), list(reversed([])))
d = {'x': 1, 'y': 2}; rd = reversed(d); print(type(rd).__name__, next(rd))
d['z'] = 3
t(next, rd)
