class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('suspend', self.v)
        return f'resumed with {got}'
async def coro():
    r1 = await Awaitable(1)
    r2 = await Awaitable(2)
    return [r1, r2]
c = coro()
print(type(c).__name__)
print(c.send(None))
print(c.send('x'))
try:
    c.send('y')
except StopIteration as e:
    print('result', e.value)
async def inner():
    return 'inner value'
async def outer():
    v = await inner()
    return v.upper()
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print(e.value)
class NotAw: pass
async def bad():
    await NotAw()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self): return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def twice(): return 1
t = twice()
try:
    t.send(None)
except StopIteration: pass
try:
    t.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def awaits_coro_obj():
    c = twice()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)
try:
    awaits_coro_obj().send(None)
except StopIteration as e:
    print(e.value)
async def thrower():
    try:
        await Awaitable('t')
    except ValueError as e:
        return 'caught ' + str(e)
th = thrower()
print(th.send(None))
try:
    th.throw(ValueError('thrown in'))
except StopIteration as e:
    print(e.value)
cl = coro(); cl.send(None); cl.close()
print(cl.cr_frame, cl.cr_running, cl.__name__, cl.__qualname__)
co = coro()
print(co.cr_await, co.cr_code.co_name)
co.close()
