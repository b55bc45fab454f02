def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally ran')
x = g(); print(next(x)); x.close(); print('closed'); x.close()
def g2():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
y = g2(); next(y); y.close()
def g3():
    try:
        yield 1
    except GeneratorExit:
        return 'returned on close'
z = g3(); next(z); print(z.close())
def g4():
    yield 1
w = g4(); print(w.close())
def g5():
    try:
        yield
    except GeneratorExit:
        raise ValueError('in close')
v = g5(); next(v)
try:
    v.close()
except ValueError as e:
    print(type(e).__name__, e)
u = g()
print(u.close(), list(u))
def g6():
    yield 1
    yield 2
s = g6(); next(s)
try:
    s.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
print(list(s))
