from _h import t
a, b = {1, 2, 3}, {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a.union(b, [5]), a.intersection(b, {3, 9}), a.difference(b, [1]), a.symmetric_difference(b))
print(a <= {1, 2, 3}, a < {1, 2, 3}, a.issubset(a), a.issuperset(set()), set() < a, a.isdisjoint(b), {9}.isdisjoint(a), a == frozenset(a))
c = a.copy(); c -= b; print(c)
c = a.copy(); c &= b; print(c)
c = a.copy(); c ^= b; print(c)
c = a.copy(); c |= b; print(c)
c = a.copy(); c -= c; print(c)
c = a.copy(); c ^= c; print(c)
t(lambda: a + b)
t(lambda: a * 2)
t(lambda: a[0])
d = {1, 2}
for op in ['__or__', '__and__', '__sub__', '__xor__', '__lt__', '__le__']:
    print(op, getattr(d, op)([1]) , getattr(d, op)({1}))
print(set.union({1}, [2], (3,)), set.intersection({1, 2}, [2]), set.difference({1, 2}), set.issubset({1}, [1, 2]))
t(set.union, [1], {2})
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
