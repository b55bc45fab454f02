from _h import t
for s in [slice(None), slice(2), slice(-2, None), slice(None, None, 2), slice(None, None, -1), slice(1, -1, 3), slice(10, 0, -4), slice(-100, -50), slice(5, 2), slice(2**70, None), slice(None, -2**70, -1)]:
    print(s, s.indices(10), s.indices(0), list(range(10))[s])
t(slice(None, None, 2**70).indices, 5)
print(slice(0, 10, 2**70).indices(5), slice(-2**70, 2**70).indices(3))
t(slice(1, 2).indices, 'x')
t(slice(1, 2).indices)
print(slice(1, 2, 3).__reduce__(), slice(1) == slice(None, 1), slice(1, 2) == slice(1, 2, None), slice(1, 2) >= slice(1, 2), slice(None) < slice(1) if False else '')
t(lambda: slice(None) < slice(1))
class Idx:
    def __index__(self): return 1
s = slice(Idx(), Idx()); print(s.start.__class__.__name__, s.indices(5), 'abc'[s], 'abc'[Idx():])
print([1, 2, 3, 4][slice(True, None)], (1, 2, 3)[::slice(None).indices(1)[2]], 'hello'[slice(-3, None, None)])
print(slice.__name__, type(slice(1)).__name__, repr(slice(1.5, 'x', [])))
