for x in y:  # type: int
    pass
with open(f) as g:  # type: IO[str]
    pass
async def f():
    async for x in y:  # type: int
        pass
    async with a as b:  # type: B
        pass
