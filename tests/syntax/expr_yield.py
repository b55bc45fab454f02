def f():
    yield
    yield x
    yield x, y
    yield from x
    (yield)
    x = yield
    f((yield))
    y = [(yield)]
    yield *a, *b
    await_ = yield
