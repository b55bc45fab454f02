async def f():
    [x async for x in y]
    {x async for x in y}
    {k: v async for k, v in y}
    (x async for x in y)
    [await x for x in y]
    [x for x in y if await z]
    [x async for x in y async for z in w if z]
