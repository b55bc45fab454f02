from _h import t
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class AIt:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def main():
    it = aiter(AIt(3))
    print(type(it).__name__)
    print(await anext(it))
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, 'done'))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('StopAsyncIteration', repr(e))
    out = []
    async for v in AIt(4):
        out.append(v)
    print(out)
    return 'ret'
print(run(main()))
t(aiter, 5)
t(anext, 5)
t(aiter, [1])
