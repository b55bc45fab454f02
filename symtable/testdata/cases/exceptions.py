try:
    pass
except ValueError as err:
    print(err)
except (TypeError, KeyError):
    pass
else:
    ok = 1
finally:
    fin = 1
def f():
    try:
        risky()
    except* OSError as eg:
        return eg
    with open("x") as fh, open("y") as (a, b):
        fh.read()
    async_like = 1
async def g():
    async with ctx() as c:
        pass
    async for item in aiter():
        await item
    return [i async for i in aiter()]
def gen():
    x = yield 1
    yield from range(x)
    return x
