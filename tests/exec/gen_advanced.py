def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = accum()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
def delegator():
    result = yield from accum()
    yield f"sub returned {result}"
d = delegator()
next(d); d.send(10); d.send(5)
print(d.send(None))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, infinite()))
def pipeline():
    evens = (x for x in infinite() if x % 2 == 0)
    squares = (x * x for x in evens)
    return take(4, squares)
print(pipeline())
g = (i for i in range(3))
print(type(g).__name__, g.__name__ if hasattr(g, "__name__") else "")
def gen_with_return():
    yield 1
    return 99
def outer():
    x = yield from gen_with_return()
    print("got", x)
list(outer())
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen:", e)
c = catcher(); next(c)
c.throw(ValueError("one")); c.throw(ValueError("two"))
c.close()
print("closed")
