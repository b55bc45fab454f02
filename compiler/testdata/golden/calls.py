def f(obj, xs):
    obj.method(1, key=xs[0])
    g(*xs, **obj)
    return [x * 2 for x in xs if x]
