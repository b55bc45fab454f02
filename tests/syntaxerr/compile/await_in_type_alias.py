async def f():
    type A = await x
