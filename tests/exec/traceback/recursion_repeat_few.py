def r(n):
    if n == 0:
        raise IndexError("done")
    r(n - 1)
r(4)
