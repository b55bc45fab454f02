# Set iteration order is CPython's hash-table order. Only non-negative
# ints below 2**31 are used: their hashes (and so the table layout) are the
# same on 32- and 64-bit CPython builds, and str hashes are randomized.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) % 2147483648
        yield x >> 8


def show(*a):
    print(*a)


# Small displays (up to four constants build the same table either way).
show({3, 1, 2}, {5, 13, 21, 29}, {8, 16, 24}, {7, 15, 23, 31})
# Growth through add: 8 -> 32 -> 128 ... slots.
s = set()
for i in range(0, 200, 7):
    s.add(i * 31)
show(s)
for i in range(0, 200, 21):
    s.discard(i * 31)
show(s, len(s))
s.update([1000, 17, 33, 65, 129])
show(s, len(s))
# Construction from iterables of various kinds.
show(set(range(20, 0, -1)), set([8, 16, 24, 32, 40]), set((64, 32, 0, 96, 128, 1)))
d = dict.fromkeys([50, 40, 30, 20, 10, 90])
show(set(d), set(d.keys()), set(d.values()) == {None}, {x for x in [9, 8, 7, 64, 128, 1]})
show(frozenset([100, 3, 77, 8]), set(frozenset(range(30, 0, -3))), frozenset(range(64, 0, -8)))
# Dummies left by removals are reused (the last one on the probe path).
s = set(range(100))
for i in range(0, 100, 2):
    s.remove(i)
show(s)
s2 = set(s)
show(s2)
for i in range(200, 260):
    s2.add(i)
show(s2)
s = set()
for i in range(50):
    s.add(i * 8)
    if i % 3 == 0:
        s.discard(i * 4)
show(s)
# pop() resumes from where the previous pop stopped.
vals = [10, 20, 30, 40, 50, 60]
p = set(vals)
show([p.pop() for _ in range(3)], p)
p.add(7)
p.add(70)
show(p, p.pop(), p)
while len(s) > 30:
    s.pop()
show(s)
s.add(4)
s.add(12)
show(s, s.pop(), s.pop())
# clear() returns to the minimal table.
s3 = set(range(40))
s3.clear()
s3.update([9, 17, 25])
show(s3)
# Set algebra builds its result the way CPython does.
a = set(range(0, 40, 3))
b = set(range(0, 40, 5))
show(a | b, b | a)
show(a & b, b & a, a - b, b - a)
show(a ^ b, b ^ a)
show(a.union([99, 64], (128,)), a.intersection(range(20)), a.difference([3, 6], {9}))
show(a.symmetric_difference([1, 2, 3]), b.symmetric_difference(a), a.intersection(b, range(10, 40)))
big = set(range(0, 400, 4))
small = {8, 16, 200, 5}
show(big - small == set(x for x in big if x not in small), list(big - small)[:20], list(small - big))
show(list(big.difference(dict.fromkeys([4, 8])))[:10], list(big.difference(range(100)))[:10])
for op in ("&=", "-=", "^=", "|="):
    c = set(a)
    if op == "&=":
        c &= b
    elif op == "-=":
        c -= b
    elif op == "^=":
        c ^= b
    else:
        c |= {1000, 2000}
    show(op, c)
c = set(a)
c.intersection_update([0, 3, 6, 100], range(4))
show(c)
c = set(a)
c.difference_update(b, [3])
show(c)
c = set(a)
c.symmetric_difference_update(range(5))
show(c)
# copy() copies the table when it has no dummies, re-inserts otherwise.
big = set(range(1000, 0, -13))
show(list(big)[:30], list(big.copy())[:30])
big.discard(1000)
show(list(big.copy())[:30])
# Pseudo-random add/discard sequences.
for seed in range(60):
    g = lcg(seed)
    s = set()
    live = []
    for _ in range(next(g) % 60 + 5):
        if live and next(g) % 10 < 3:
            x = live.pop(next(g) % len(live))
            s.discard(x)
        else:
            x = (next(g) % 64) * (1, 8, 32, 1024)[next(g) % 4]
            if x not in s:
                live.append(x)
            s.add(x)
    show(seed, list(s))
# Large sets (growth factor changes above 50000 elements).
s = set()
for i in range(60000):
    s.add(i * 7 % 100003)
acc = 0
for i, x in enumerate(s):
    acc = (acc * 31 + x * (i + 1)) % 1000000007
show(len(s), acc)
for i in range(0, 60000, 3):
    s.discard(i * 7 % 100003)
acc = 0
for i, x in enumerate(s):
    acc = (acc * 31 + x * (i + 1)) % 1000000007
show(len(s), acc, s.pop(), s.pop())
