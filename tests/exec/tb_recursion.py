def r(n):
    if n == 0:
        raise ValueError("bottom")
    return r(n - 1)
r(10)
