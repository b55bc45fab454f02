class ACM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return self.name == 'suppress'
class AIter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with ACM('a') as x, ACM('b') as y:
        print('body', x, y)
    async with ACM('suppress'):
        raise ValueError('hidden')
    out = []
    async for v in AIter(3):
        out.append(v)
    else:
        out.append('else')
    print(out)
    print([v async for v in AIter(4) if v % 2])
    print({v: v * v async for v in AIter(2)})
    async for v in AIter(5):
        if v == 2: break
    print('broke at', v)
    try:
        async with ACM('c'):
            raise KeyError('k')
    except KeyError as e:
        print('propagated', repr(e))
    return 'main done'
print(run(main()))
async def bad_aiter():
    async for x in [1, 2]:
        pass
try:
    run(bad_aiter())
except TypeError as e:
    print(type(e).__name__, e)
async def bad_acm():
    async with ACM:
        pass
try:
    run(bad_acm())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad_anext():
    async for x in BadAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
