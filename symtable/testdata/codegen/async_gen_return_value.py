async def f():
    if x:
        return 3
    yield
