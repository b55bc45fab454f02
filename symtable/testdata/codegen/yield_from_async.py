def f():
    x = yield from y
    async def g(): yield from z
