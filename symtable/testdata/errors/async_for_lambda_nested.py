async def f():
    def g():
        async for x in y: pass
