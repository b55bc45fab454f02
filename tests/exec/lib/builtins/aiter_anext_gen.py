def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        yield i * i

async def main():
    g = agen(4)
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    rest = [x async for x in g]
    print(rest)
    print(await anext(g, None))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('exhausted')
    g2 = agen(0)
    aw = anext(g2, 'dflt')
    print(await aw)
    s = 0
    async for v in agen(10):
        if v > 20: break
        s += v
    print(s)
print(run(main()))
