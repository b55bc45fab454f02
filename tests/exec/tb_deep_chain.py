class DataError(Exception):
    pass
def level3():
    raise DataError("level3 failed")
def level2():
    try:
        level3()
    except DataError as e:
        raise ValueError("level2 wrap") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1 gave up")
level1()
