class ARange:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i - 1
async def double(x): return x * 2
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    a = [x async for x in ARange(4)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in ARange(2)}
    d = [x async for x in ARange(6) if x % 2]
    e = [(x, y) async for x in ARange(2) for y in 'ab']
    g = (x async for x in ARange(3))
    f = [v async for v in g]
    return a, b, c, d, e, f
print(run(main()))
async def agen_expr_type():
    g = (x async for x in ARange(1))
    return type(g).__name__
print(run(agen_expr_type()))
