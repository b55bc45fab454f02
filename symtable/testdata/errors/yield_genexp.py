def f():
    ((yield from x) for x in y)
