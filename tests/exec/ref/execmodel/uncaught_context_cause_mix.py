def level1():
    raise KeyError('level1')
def level2():
    try:
        level1()
    except KeyError as e:
        raise TypeError('level2') from e
def level3():
    try:
        level2()
    except TypeError:
        raise RuntimeError('level3')
level3()
