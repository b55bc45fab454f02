async def agen():
    yield 1
    async for x in aiter():
        yield x
async def f():
    return [x async for x in agen() if await pred(x)]
async def g():
    return {x: y async for x, y in items()}
async def h():
    return [[y async for y in x] for x in z]
async def i():
    async with a() as b, c() as d:
        await b
