xs = [1, 2, 3]
a = [x * 2 for x in xs]
b = {x for x in xs if x}
c = {k: v for k, v in zip(xs, xs)}
d = (x for x in xs)
e = [[y for y in range(x)] for x in xs]
f = [x for x in xs for y in range(x) if y]

def func(n):
    total = [i + n for i in range(n)]
    gen = (i + n for i in range(n))
    nested = [lambda: i for i in range(n)]
    cells = [(lambda: j) for j in range(n)]
    return total, gen, nested, cells

def walrus(data):
    if any((hit := v) > 3 for v in data):
        return hit
    found = [(last := w) for w in data]
    return last, found

def walrus_global():
    global gw
    [gw := z for z in range(3)]

[mod := q for q in range(2)]

class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [x for x in range(3) if x in xs]
    gs = (x for x in xs)
    def m(self):
        return [super() for _ in range(1)]
    sup = [__class__ for _ in range(1)]

async def agen(it):
    r = [x async for x in it]
    s = [await x for x in it]
    g = (x async for x in it)
    return r, s, g

def uses_class_in_comp():
    return [x for x in range(3) for x in range(x)]
