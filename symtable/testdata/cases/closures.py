def outer(a, b=1, *args, c, d=2, **kw):
    x = 1
    def inner():
        nonlocal x
        x += a
        return y
    def reader():
        return x + b
    y = lambda q, *r: q + x + z
    return inner, reader

def deep():
    v = 0
    def l1():
        def l2():
            def l3():
                return v
            return l3
        return l2
    return l1

def shadow(x):
    def g(x):
        return x
    def h():
        x = 2
        return x
    return g, h
