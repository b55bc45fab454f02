async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return y
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def uses():
    r = await Awaitable()
    return r + 1
co = uses()
print(co.send(None))
try:
    co.send(20)
except StopIteration as e:
    print("final", e.value)
async def agen():
    for i in range(3):
        yield i
async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
co = consume()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "val"
    async def __aexit__(self, *a):
        print("aexit")
async def withit():
    async with ACM() as v:
        print("inside", v)
    return "ok"
co = withit()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
