async def f():
    async with a as b:  # type: int
        async for c in d:  # type: str
            pass
