def g(it):
    x = yield 1
    yield from it
    return x

async def a(c):
    return await c
