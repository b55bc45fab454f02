class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n); return self.n
    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)
        return False
with CM(1) as a, CM(2) as b:
    print('body', a, b)
with (CM(3) as c, CM(4) as d):
    print('paren body', c, d)
with (
    CM(5),
    CM(6) as f,
):
    print('multiline', f)
with CM(7):
    pass
try:
    with CM(8), CM(9):
        raise ValueError('inside')
except ValueError:
    print('propagated')
class Fail:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('not called')
try:
    with CM(10), Fail():
        print('not reached')
except RuntimeError as e:
    print(type(e).__name__, e)
class Target:
    pass
t = Target()
with CM(11) as t.attr:
    pass
print(t.attr)
l = [0, 0]
with CM(12) as l[1]:
    pass
print(l)
with CM((1, 2)) as (x, y):
    print(x, y)
def gen():
    with CM('gen'):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print('closed')
class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('suppressing', t.__name__ if t else None)
        return True
def func():
    with Suppress():
        raise KeyError
    return 'after suppressed'
print(func())
for i in range(3):
    with Suppress():
        if i == 1: break
print('i', i)
