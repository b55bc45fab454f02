def f():
    x: int = yield
    y: list = yield from g()
    z: tuple = 1, 2
