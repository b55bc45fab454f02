print([x * x for x in range(5)], [x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x, 3) if x != y])
print({x: x ** 2 for x in range(4)}, {x % 3 for x in range(10)})
print(list(x for x in 'abc'), sum(x for x in range(101)), tuple(c.upper() for c in 'xy'))
print([[i * j for j in range(3)] for i in range(3)])
print([y for x in [[1, 2], [3]] for y in x])
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print([i for i in range(3)] + [j for j in range(2)])
g = (x for x in range(3))
print(next(g), list(g), list(g))
print(max(len(w) for w in ['a', 'abc', 'ab']), sorted((x for x in [3, 1, 2]), reverse=True))
print([x if x % 2 else -x for x in range(5)])
print([(lambda: x)() for x in range(3)])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def lazy():
    print('creating')
    return range(2)
ge = (x for x in lazy())
print('before iteration')
print(list(ge))
try:
    (x for x in 5)
except TypeError as e:
    print('eager first iter', type(e).__name__, e)
print([*(x for x in range(2)), *[9]])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
nested = {i: {j: i * j for j in range(2)} for i in range(2)}
print(nested)
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print(type(x for x in []).__name__, [v for v in ()])
print(any(x > 2 for x in [1, 2, 3]), all(x for x in []))
