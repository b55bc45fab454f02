from _h import t
print(frozenset(), frozenset([3, 1, 2, 1]), frozenset(range(5)), frozenset(frozenset([1])), sorted(frozenset('abca')))
f = frozenset([1, 2])
print(frozenset(f) is f, hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
t(frozenset, 5)
t(frozenset, [[1]])
t(frozenset, [1], [2])
print(repr(frozenset()), repr(frozenset({1})), {frozenset([1]): 'k'}[frozenset([1])])
class FS(frozenset): pass
s = FS([1]); print(s, type(s).__name__, type(s | {2}).__name__)
print(frozenset([1, 2]) == {1, 2}, frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
t(lambda: f.add)
print(f.copy() is f)
