x = 5
print('big' if x > 3 else 'small', 'a' if 0 else 'b' if 0 else 'c', (1 if x else 2) + 10)
f = lambda: 'no args'
g = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
print(f(), g(1, d=4), g(1, 2, 3, 4, d=0, z=9))
h = lambda x: lambda y: x + y
print(h(1)(2), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
print((lambda a, /, b: (a, b))(1, b=2))
print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda v: v * 2, [1, 2])))
print((lambda: (yield))().__class__.__name__ if False else 'skip')
print(type(lambda: 0).__name__, (lambda: 0).__name__)
y = 10
cl = lambda: y
y = 20
print(cl())
print([(lambda n=n: n)() for n in range(3)])
k = (lambda x: x if x > 0 else -x)
print(k(-4), k(4))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: 'a' if True else 'b')(), (lambda: None)())
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def cond_eval(c):
    return (print('then') or 'T') if c else (print('else') or 'E')
print(cond_eval(1), cond_eval(0))
