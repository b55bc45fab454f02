def f():
    x = yield a, b
    y = yield (a, b)
    yield from (a for a in b)
    z = [(yield from x)]
    await_ = (yield)
    return (yield)
