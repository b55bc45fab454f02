def f(*a, **k): return a, k
print(f(*[1, 2], *(3,), 4, *'ab'))
print(f(**{'x': 1}, y=2, **{'z': 3}))
print(f(1, *[2], k=3, **{'m': 4}))
print(f(*range(3), *{}, **{}))
try:
    f(**{'x': 1}, x=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print(f(**Mapping()))
def g(a, b, c=3, *, d=4): return a, b, c, d
print(g(*[1, 2]), g(1, *[2, 5]), g(*(1,), b=2, d=9), g(**{'a': 1, 'b': 2, 'c': 0}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, *[2], a=1)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    yield 1; yield 2
print(f(*gen()), f(*(x * 2 for x in range(2))))
print(print(*[], sep='-'), print(*['a', 'b'], sep='-'))
print(max(*[3, 1, 2]), dict(**{'a': 1}, b=2))
