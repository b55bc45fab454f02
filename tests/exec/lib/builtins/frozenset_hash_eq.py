a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
print(a == b, hash(a) == hash(b), a is not b, {a: 1}[b], a == {1, 2, 3}, {1, 2, 3} == a, a in {b}, {frozenset(): 0}[frozenset()])
print(hash(frozenset([0])) != hash(frozenset()), len({frozenset([i]) for i in range(50)}))
s = {a, b, frozenset([1])}
print(len(s))
