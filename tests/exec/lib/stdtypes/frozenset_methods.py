from _h import t
f = frozenset([1, 2, 3])
print(f | {4}, f & {1}, f - {1}, f ^ {1, 5}, f.union([9]), f.intersection([1, 2]), f.difference([1]), f.symmetric_difference([3]), f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([8]), f.copy() is f)
print(type(f.union()).__name__, type(f | {1}).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})), {f: 'v'}[frozenset([1, 2, 3])])
for name in ['add', 'discard', 'remove', 'pop', 'clear', 'update']:
    print(name, hasattr(f, name))
t(lambda: f.__ior__)
g = f; g |= {7}; print(g, f, g is f)
print(repr(frozenset()), repr(frozenset([1])), str(frozenset()), frozenset('a') < frozenset('ab'), frozenset() == set(), frozenset(range(3)) >= {0})
t(frozenset([1]).union, 1)
class S(frozenset):
    pass
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, S([1]) == frozenset([1]))
print(hash(frozenset()) == hash(frozenset([])), sorted(frozenset({1, 2}) | frozenset({2, 3})))
