from _h import t
print(set(), set([3, 1, 2, 1]), set(range(4)), set({1: 2}), sorted(set('hello')), set((1, 1.0, True)))
t(set, 5)
t(set, [[1]])
t(set, [1], [2])
t(set, iterable=[1])
class SS(set): pass
s = SS([1]); print(s, type(s).__name__, type(s | {2}).__name__, type(s.copy()).__name__)
print(repr(set()), repr({1, 2}), {1} == {1}, set() == frozenset())
s = {1}; s2 = set(s); s2.add(2); print(s, s2)
