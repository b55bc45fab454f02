x = 'outer'
l = [x for x in range(3)]
print(l, x)
print([y for y in range(2)])
try:
    y
except NameError as e:
    print(type(e).__name__, e)
def f():
    n = 10
    return [n + i for i in range(3)], {i: n for i in range(2)}, {n * i for i in range(2)}, list(n - i for i in range(2))
print(f())
def g():
    return [(i, j) for i in range(3) for j in range(i)]
print(g())
print([[c for c in row] for row in ['ab', 'cd']])
def h():
    res = [z := i * 2 for i in range(3)]
    return res, z
print(h())
print([w := 5 for _ in range(1)], w)
def cells():
    return [lambda: i for i in range(3)]
print([fn() for fn in cells()])
def cells2():
    return [lambda i=i: i for i in range(3)]
print([fn() for fn in cells2()])
def iter_eval_outer():
    xs = [1, 2]
    return [x for x in xs if x > 1]
print(iter_eval_outer())
def first_iter_scope():
    class C:
        vals = [1, 2, 3]
        doubled = [v * 2 for v in vals]
    return C.doubled
print(first_iter_scope())
def gen_late():
    a = 1
    g = (a + i for i in range(2))
    a = 100
    return list(g)
print(gen_late())
def nested_lambda():
    return [(lambda k: k * i)(2) for i in range(3)]
print(nested_lambda())
import sys
def locs():
    a = 1
    r = [sorted(locals()) for _ in range(1)]
    return r
print(locs())
print({k: v for k, v in zip('ab', range(2))}, {c for c in 'aab'} == {'a', 'b'})
