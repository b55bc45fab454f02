def f():
    try:
        pass
    finally:
        for x in y:
            return x
