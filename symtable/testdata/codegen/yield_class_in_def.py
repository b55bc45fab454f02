def f():
    class C:
        yield
