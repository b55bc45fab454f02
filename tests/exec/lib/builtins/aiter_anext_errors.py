from _h import t
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class NoANext:
    def __aiter__(self): return self
t(aiter, NoANext())
class BadAIter:
    def __aiter__(self): return 5
t(aiter, BadAIter())
t(aiter)
t(anext)
t(anext, 1, 2, 3)
class AIt:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
async def main():
    try:
        await anext(AIt())
    except StopAsyncIteration:
        print('stop')
    print(await anext(AIt(), 'default'))
    class Sync:
        def __anext__(self): return 'not awaitable'
    try:
        await anext(Sync())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        await anext(Sync(), 1)
    except TypeError as e:
        print(type(e).__name__, e)
    return 'ok'
print(run(main()))
async def agen():
    yield 1
    raise ValueError('agen err')
async def main2():
    g = agen()
    print(await anext(g))
    try:
        await anext(g, 'd')
    except ValueError as e:
        print(type(e).__name__, e)
print(run(main2()))
