def g():
    x = yield
    print('x', x)
    y = yield x
    print('y', y)
    z = (yield) or 'default'
    print('z', z)
    w = yield from [1]
    print('w', w)
    return 'end'
it = g()
print(next(it))
print(it.send(10))
print(it.send(20))
print(it.send(None))
try:
    it.send(30)
except StopIteration as e:
    print('stop', e.value)
def args_gen():
    print((yield 1), (yield 2))
a = args_gen()
print(next(a), a.send('A'))
try:
    a.send('B')
except StopIteration:
    print('done')
def yield_in_expr():
    total = 0
    while True:
        v = yield total
        if v is None: return total
        total += v
ye = yield_in_expr()
next(ye)
print(ye.send(5), ye.send(7))
try:
    ye.send(None)
except StopIteration as e:
    print('total', e.value)
def ylist():
    return [(yield i) for i in range(2)] if False else None
def gen_expr_yield():
    l = [(yield 1), (yield 2)]
    return l
gy = gen_expr_yield()
print(next(gy), gy.send('a'))
try:
    gy.send('b')
except StopIteration as e:
    print(e.value)
lam = lambda: (yield 'from lambda')
print(next(lam()))
print(type(lam()).__name__)
