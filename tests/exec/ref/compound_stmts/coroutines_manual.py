class Future:
    def __init__(self): self.result = None
    def __await__(self):
        yield self
        return self.result
async def worker(name, fut):
    print(name, 'start')
    r = await fut
    print(name, 'got', r)
    return name + '-done'
fut = Future()
c = worker('w', fut)
print(type(c).__name__, c.__name__, c.__qualname__)
y = c.send(None)
print(y is fut)
fut.result = 42
try:
    c.send(None)
except StopIteration as e:
    print('finished', e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def add(a, b): return a + b
async def chain():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
print(run(chain()))
async def raises():
    raise ValueError('in coro')
try:
    run(raises())
except ValueError as e:
    print(type(e).__name__, e)
async def catches():
    try:
        await raises()
    except ValueError as e:
        return 'caught ' + str(e)
print(run(catches()))
c2 = add(1, 1)
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def f(): pass
print(f.__code__.co_flags & 0x80 != 0, type(f()).__name__ if False else 'skip')
async def throw_target():
    try:
        await Future()
    except KeyError as e:
        return f'handled {e!r}'
t = throw_target()
t.send(None)
try:
    t.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)
async def nested_await():
    async def inner(): return 'inner'
    return await inner() + '!'
print(run(nested_await()))
