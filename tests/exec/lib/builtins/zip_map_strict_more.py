from _h import t
def g(n):
    for i in range(n):
        yield i
t(lambda: list(zip(g(3), g(2), strict=True)))
t(lambda: list(zip(g(2), g(3), strict=True)))
t(lambda: list(map(lambda *a: a, g(2), g(2), g(3), strict=True)))
print(list(zip(g(2), g(2), strict=True)), list(map(lambda *a: a, g(2), g(2), strict=True)))
z = zip([1, 2], [3], strict=True)
print(next(z))
t(next, z)
t(next, z)
m = map(lambda a, b: a + b, [1], [2, 3], strict=True)
print(next(m))
t(next, m)
print(list(zip(strict=True)), list(map(abs, [-1], strict=True)))
