from _h import t
d = {'a': 1, 'b': 2}
k = d.keys(); v = d.values(); it = d.items()
print(k == {'a', 'b'}, k != {'a'}, k <= {'a', 'b', 'c'}, k >= {'a'}, k > {'a'}, k < {'a'}, it == {('a', 1), ('b', 2)}, it >= {('a', 1)})
print(sorted(k | ['z']), sorted(['z'] | k) if False else '', sorted({'q'} | k), sorted(k & ['a', 'q']), sorted(k - ['a']), sorted(['a', 'q'] - k) if False else '', sorted(k ^ ['a', 'x']))
print(type(k | set()).__name__, type(k & set()).__name__, type(it | set()).__name__)
print(('a', 1) in it, ['a', 1] in it, ('a', [1]) in it if False else '', 'a' in k, 1 in v, 3 in v)
t(lambda: ('x', []) in it)
t(lambda: [] in k)
t(lambda: k | 1)
t(lambda: it & 5)
t(lambda: v | {1})
print(k.isdisjoint(['x']), k.isdisjoint(iter(['a'])), it.isdisjoint({('a', 1)}), len(k), len(v), len(it), bool({}.keys()))
t(k.isdisjoint, 5)
print(repr(k), repr(v), repr(it), str(k))
e = {}
print(repr(e.keys()), list(e.values()), e.keys() == set(), e.items() == set())
d['c'] = 3; del d['a']; print(list(k), list(v), list(it))
print(list(reversed(d.keys())), list(reversed(d.items())), type(reversed(d.values())).__name__)
