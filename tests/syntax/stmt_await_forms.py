async def f():
    await a
    await a.b
    await a()
    await a[0]
    await (yield)
    x = await a ** 2
    y = -await a
    z = await await_
