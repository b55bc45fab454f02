from _h import t
print(max(1, 2, 3), min(1, 2, 3), max([5, 1]), min('bca'), max((1,)), max([1, 3, 3.0]), min([2, 1, 1.0]))
print(max(['a', 'bbb', 'cc'], key=len), min(['a', 'bbb', 'cc'], key=len), max([], default='d'), min([], default=None))
print(max(1, 2, key=lambda x: -x), max([(1, 'b'), (1, 'a')]), max([3, 1, 3], key=lambda x: 0), min([3, 1, 2], key=lambda x: 0))
t(max, [])
t(min, [])
t(max)
t(max, 1)
t(max, 1, 2, default=0)
t(max, [1, 'a'])
t(min, [1], key=5)
t(max, [1], bogus=1)
print(max([1], key=None), max(1, 2, key=None), max(iter([4, 8, 6])), min(range(5, 10)))
print(max('hello'), min({'x': 1, 'a': 2}), max({3, 1, 2}), max([float('nan'), 1]), max([1, float('nan')]))
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'C({self.v})'
print(max(C(1), C(3), C(2)), min([C(5), C(4)]))
t(max, [1, 2], key=lambda x: 1 / (x - 1))
print(max([], key=len, default=7))
