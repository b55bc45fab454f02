async def f():
    [x for await x in y]
