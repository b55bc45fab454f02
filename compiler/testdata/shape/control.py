def f(x, items):
    try:
        for i in items:
            if i < 0: continue
            if i > 10: break
        else:
            pass
    except (ValueError, TypeError) as e:
        raise RuntimeError() from e
    except* OSError as eg:
        pass
    finally:
        x = 0
    while x < 3:
        x += 1
    with open(x) as fh, open(x):
        return fh.read()

def m(cmd):
    match cmd:
        case [1, 2, *rest] if rest:
            return rest
        case {"k": v, **kw}:
            return v, kw
        case Point(x=0, y=yy) | Point(0, yy):
            return yy
        case str() | bytes() as s:
            return s
        case None | True:
            return 1
        case _:
            return f"{cmd!r:>{10}} {cmd=}" + t"{cmd}"

def star(a, *b, **c):
    x, *y, z = a
    [p, (q, r)] = b
    del x, y[0], c.k
    print(*a, *b, k=1, **c)
    assert a, "msg"
    return a if b else c, -5, 2 ** 10, "a" "b", (1, 2), not a, a < b < c
