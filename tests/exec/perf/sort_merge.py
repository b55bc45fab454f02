# list.sort / sorted: stability, reverse, runs, key functions, errors raised
# by comparisons, tuple keys (the sort's fast comparisons).
seed = 5
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % k
def check(xs, **kw):
    a = sorted(xs, **kw)
    return a
res = []
for n in [0, 1, 2, 3, 5, 31, 32, 33, 64, 100, 1000, 5000]:
    xs = [rnd(50) for _ in range(n)]
    pairs = [(x, i) for i, x in enumerate(xs)]
    res.append(sorted(xs) == sorted(xs, key=lambda v: v))
    s1 = sorted(pairs, key=lambda p: p[0])
    res.append(all(s1[i][0] < s1[i+1][0] or (s1[i][0] == s1[i+1][0] and s1[i][1] < s1[i+1][1]) for i in range(len(s1)-1)))
    s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
    res.append(all(s2[i][0] > s2[i+1][0] or (s2[i][0] == s2[i+1][0] and s2[i][1] < s2[i+1][1]) for i in range(len(s2)-1)))
    print(n, sorted(xs)[:10], s2[:4], sorted(range(n), reverse=True)[:3], sorted(list(range(n)) + list(range(n)))[:5])
print(all(res))
print(sorted("the quick brown fox jumps over the lazy dog".split(), key=len))
print(sorted([3.5, 1, 2.25, -1, 0]), sorted(["b", "a", "é", "z", "Z"]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13: raise ValueError("13!")
        return self.v < o.v
try:
    sorted([K(i) for i in range(20, 0, -1)])
except ValueError as e:
    print("ValueError", e)
l = [5, 3, 1]
try:
    l.sort(key=lambda v: 1 / (v - 3))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, l)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
desc = list(range(100, 0, -1)) + [50] * 3
print(sorted(desc)[:8], sorted(desc, reverse=True)[:5])
