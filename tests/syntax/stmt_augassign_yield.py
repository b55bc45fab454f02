def f():
    x += yield
    x += yield 1
