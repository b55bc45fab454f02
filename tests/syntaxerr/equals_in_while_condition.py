while x = f():
    pass
