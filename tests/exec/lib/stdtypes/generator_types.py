from _h import t
def g(n):
    for i in range(n):
        x = yield i
        if x: print('got', x)
    return 'done'
gen = g(3)
print(type(gen).__name__, gen.__name__, gen.__qualname__, next(gen), gen.send('hi'), next(gen))
try:
    next(gen)
except StopIteration as e:
    print('stop', e.value)
t(next, gen)
gen = g(5); next(gen)
t(gen.throw, ValueError('thrown'))
t(next, gen)
gen = g(2)
t(gen.send, 'early')
print(gen.close(), gen.close())
def h():
    try:
        yield 1
    finally:
        print('cleanup')
x = h(); next(x); x.close()
def h2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
y = h2(); next(y)
t(y.close)
print(gen.gi_running, gen.gi_frame, x.gi_frame)
ge = (i * i for i in range(3))
print(type(ge).__name__, list(ge), list(ge), ge.__name__)
def yf():
    r = yield from g(2)
    print('yf got', r)
print(list(yf()))
def bad():
    yield 1
    raise StopIteration
t(list, bad())
