def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Counter:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        return self.n
async def collect(ait):
    out = []
    while True:
        v = await anext(ait, None)
        if v is None: return out
        out.append(v)
print(run(collect(Counter(4))))
async def agen():
    for i in 'abc':
        yield i
print(run(collect(agen())))
a = anext(Counter(1), 'dflt')
print(type(a).__name__ in ('anext_awaitable', 'coroutine'))
try:
    a.send(None)
except StopIteration as e:
    print('value', e.value)
async def main():
    c = aiter(Counter(2))
    r = [await anext(c), await anext(c), await anext(c, 'end')]
    return r
print(run(main()))
