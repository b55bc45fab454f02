async def f():
    x = f'{await y}'
    z = lambda: await_
    return [await a for a in b]
