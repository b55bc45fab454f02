def g():
    yield 1
    raise StopIteration('inside')
try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__))
def g2():
    yield 1
    next(iter([]))
try:
    for x in g2(): print(x)
except RuntimeError as e:
    print(type(e).__name__, e)
async def coro():
    raise StopIteration
c = coro()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
def g3():
    return 'value'
    yield
try:
    next(g3())
except StopIteration as e:
    print('stop', e.value, e.args)
def g4():
    yield
    raise StopAsyncIteration
try:
    list(g4())
except Exception as e:
    print(type(e).__name__, e)
