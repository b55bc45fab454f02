from _h import t
print(dict(a=1, **{'b': 2}), dict({1: 2}.items()), dict(map(lambda x: (x, x * x), range(3))), dict([(1, 2), (1, 3)]), dict(dict=1, self=2, iterable=3))
class K:
    def keys(self): return iter(['z'])
    def __getitem__(self, k): raise KeyError(k)
t(dict, K())
class NoGet:
    def keys(self): return ['a']
t(dict, NoGet())
t(dict, [('a', 1), 5])
t(dict, [(1, 2), 'abc'])
def g():
    yield ('k', 'v')
    raise RuntimeError('boom')
t(dict, g())
d = dict.__new__(dict); print(d)
d2 = {}; d2.__init__(x=1); print(d2)
d2.__init__([('y', 2)]); print(d2)
print(type(dict()).__name__, dict.__name__)
t(dict, [['a']])
t(dict, [[1, 2, 3]])
