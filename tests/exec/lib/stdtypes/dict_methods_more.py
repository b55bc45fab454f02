from _h import t
d = dict.fromkeys(range(5), 0)
print(d.pop(2), d.popitem(), d, d.setdefault(9), d, d.get(9, 'x'), d.get(100))
t(d.setdefault)
t(d.setdefault, [], 1)
t(d.pop)
t(d.pop, 1, 2, 3)
t(d.get, [], 1)
t(dict.fromkeys)
t(dict.fromkeys, 5)
t(dict.fromkeys, [[]])
d2 = {'a': 1}
d2.update(b=2); d2.update({'c': 3}.items()); d2.update(((i, i) for i in range(2))); print(d2)
class KV:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
d2.update(KV()); print(d2)
t(d2.update, [('a', 1, 2)])
t(d2.update, 1, 2)
print({}.copy(), d2.copy() == d2, type({}.copy()).__name__)
class D(dict): pass
print(type(D(a=1).copy()).__name__, D(a=1) == {'a': 1})
x = {1: 'a', 2: 'b', 3: 'c'}
while x:
    print(x.popitem(), end=' ')
print()
e = {}; e.setdefault('l', []).append(1); e.setdefault('l', []).append(2); print(e)
print(dict.get({'a': 1}, 'a'), dict.__getitem__({'a': 1}, 'a'), dict.__contains__({}, 1), dict.__len__({1: 1}), dict.__setitem__ is not None)
