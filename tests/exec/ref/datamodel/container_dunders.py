class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print('get', k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
g = Grid()
g[1, 2] = 5
print(g[1, 2], g[0])
g[1:3] = 'slice'
g[::2]
g[1:2, ::3]
g[...]
g[()]
del g[1, 2]
g['k'] += 10
print(g.d)
class RO:
    def __getitem__(self, k): return k
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del 'abc'[0]
except TypeError as e:
    print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(3), slice(None, None, -1).indices(4))
print(RO()[1:2], RO()[:, 1], RO()[1:2:3, ...])
class L:
    def __len__(self): return 4
    def __getitem__(self, i):
        if isinstance(i, slice): return ('slice', i.indices(len(self)))
        if i < 0: i += len(self)
        if not 0 <= i < 4: raise IndexError('out')
        return i * i
l = L()
print(l[-1], l[1:], l[::-1], list(l))
try:
    l[10]
except IndexError as e:
    print(type(e).__name__, e)
