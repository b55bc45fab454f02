class A:
    yield
