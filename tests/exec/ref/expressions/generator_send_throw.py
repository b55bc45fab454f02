def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            print('got', v)
    except GeneratorExit:
        print('closing with', received)
        raise
    finally:
        print('finally')
g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print('stopped', e.value)
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught', e)
c = catcher()
next(c)
print(c.throw(ValueError('boom')))
print(c.throw(ValueError('boom2')))
try:
    c.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(c)
except StopIteration:
    print('dead')
g2 = echo()
try:
    g2.send('x')
except TypeError as e:
    print(type(e).__name__, e)
def ret():
    yield 1
    return 'result'
r = ret()
next(r)
try:
    next(r)
except StopIteration as e:
    print('return value', e.value, e.args)
def ignore_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
ic = ignore_close()
next(ic)
try:
    ic.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def fresh(): yield 1
f = fresh()
f.close()
print(list(f))
f2 = fresh()
try:
    f2.throw(IndexError('before start'))
except IndexError as e:
    print('unstarted throw', e)
def closeret():
    try:
        yield
    except GeneratorExit:
        return 'close-ret'
cr = closeret(); next(cr)
print(cr.close())
