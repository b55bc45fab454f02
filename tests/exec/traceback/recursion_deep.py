def r(n):
    if n == 0:
        raise ValueError("bottom of the recursion")
    return r(n - 1)
r(50)
