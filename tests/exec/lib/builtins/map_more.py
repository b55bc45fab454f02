from _h import t
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])), list(map(str.upper, 'ab')), list(map(int, '123')), list(map(divmod, [7, 8], [2, 3])))
calls = []
def rec(x):
    calls.append(x)
    return x
m = map(rec, [1, 2, 3])
print(calls, next(m), calls)
print(list(map(len, {'ab': 1, 'c': 2})), list(map(None.__class__, [])) if False else '', list(map(tuple, ['ab'])))
class Sub(map): pass
print(type(Sub(str, [1])).__name__, list(Sub(str, [1])))
t(lambda: type(map(1, [1])).__name__)
t(list, map(1, [1]))
t(list, map(lambda a: a, [1], [2]))
print(list(map(pow, range(4), [2] * 4, [5] * 4)))
t(map, str, [1], strict=1, other=2)
print(list(map(lambda a, b: a + b, 'ab', 'cd', strict=False)))
def gen():
    yield 1
    yield 2
g = gen()
t(lambda: list(map(lambda a, b: a, g, [1], strict=True)))
print(list(g))
