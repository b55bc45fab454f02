def f():
    x = yield
    y = yield from g()
    z = yield 1, 2
