def f():
    nonlocal a.b
