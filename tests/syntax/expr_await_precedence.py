async def f():
    await a ** b
    -await a
    await a + await b
    await a.b.c()
    not await a
    [await a for a in b]
