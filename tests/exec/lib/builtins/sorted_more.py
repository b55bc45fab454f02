from _h import t
data = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 20)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(sorted(data), key=lambda p: -p[1]))
print(sorted(data, key=lambda p: (p[1], p[0]), reverse=True))
print(sorted([3, 1, 2], key=lambda x: -x, reverse=True))
print(sorted(['a10', 'a2', 'a1'], key=lambda s: int(s[1:])), sorted([[3, 'c'], [1, 'a'], [2, 'b']]), sorted(x for x in 'zebra'))
print(sorted([1, 3, 2], reverse=0), sorted([1, 3, 2], reverse=1))
t(sorted, [1, 2], reverse='x')
t(sorted, [1, 2], reverse=None)
print(sorted(range(10), key=lambda x: x % 3))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda x: x))
print(sorted([[], [1], [0, 5]], key=len), sorted({3: 'a', 1: 'b'}.items()), sorted('Hello World'.split(), key=str.casefold))
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return str(self.v)
print(sorted([Rev(1), Rev(3), Rev(2)]))
t(sorted, [Rev(1), Rev(2)], key=lambda r: r.nope)
