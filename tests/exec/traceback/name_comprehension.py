def f():
    abc = 1
    return [abd for x in range(2)]
f()
