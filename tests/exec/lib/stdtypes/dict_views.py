from _h import t
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i, list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(sorted(k & {'a', 'x'}), sorted(k | {'x'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}), k == {'a', 'b', 'c'}, k < {'a', 'b', 'c', 'd'}, k.isdisjoint({'q'}), sorted(i & {('a', 1)}), sorted(i - {('a', 1)}))
d['d'] = 4
print(list(k), list(v), list(i), type(k).__name__, type(v).__name__, type(i).__name__)
print(k.mapping is not None, k.mapping['a'], type(k.mapping).__name__)
t(lambda: k.mapping.__setitem__('x', 1))
t(lambda: v & v)
t(lambda: v == v)
print(v == v, d.values() == d.values(), d.keys() == d.keys(), d.items() == d.items())
it = iter(d)
d['e'] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.items())
del d['e']
t(next, it)
print(sorted({'x': 1}.keys() | ['y']), {'x': 1}.keys() == ['x'], list({}.items()), {1: 2}.items() == {(1, 2)})
t(hash, d.keys())
print(repr({}.keys()), repr({}.values()), repr({1: [2]}.items()))
