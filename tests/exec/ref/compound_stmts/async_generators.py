def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        try:
            got = yield i
            if got is not None:
                print('agen got', got)
        except ValueError as e:
            print('agen caught', e)
            yield 'recovered'
    print('agen end')
async def main():
    g = agen(3)
    print(type(g).__name__, g.__name__)
    print(await g.__anext__())
    print(await g.asend('hello'))
    print(await g.athrow(ValueError('bad')))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('stop async iteration')
    print(await anext(agen(0), 'default'))
    g2 = agen(5)
    await anext(g2)
    await g2.aclose()
    try:
        await anext(g2)
    except StopAsyncIteration:
        print('closed gen stops')
    print([x async for x in agen(2)])
    return 'ok'
print(run(main()))
async def finalizer():
    try:
        yield 1
    finally:
        print('async gen finally')
async def use_fin():
    g = finalizer()
    await anext(g)
    await g.aclose()
run(use_fin())
async def ret_in_agen():
    yield 1
print(ret_in_agen.__code__.co_flags & 0x200 != 0)
g = ret_in_agen()
print(hasattr(g, '__aiter__'), hasattr(g, '__anext__'), hasattr(g, 'asend'), hasattr(g, '__next__'))
