from _h import t
print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted({'b': 1, 'a': 2}), sorted([]), sorted((2, 1)))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
t(sorted, [1, 'a'])
t(sorted, 5)
t(sorted, [1], lambda x: x)
t(sorted)
t(sorted, [1], bogus=1)
t(sorted, iterable=[1])
print(sorted([1, 2], key=None), sorted([1.5, 1, True, -0.0, 0]), sorted(['B', 'a', 'C'], key=str.lower))
print(sorted([float('nan'), 1, 0]) != None, sorted(set([3, 2, 1])), sorted(range(5), key=lambda x: -x))
t(sorted, [3, 2, 1], key=lambda x: 1 / (x - 2))
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
print(sorted([C(2), C(1)]), sorted([C(1), C(2)], reverse=True))
t(sorted, [C(1), 2])
