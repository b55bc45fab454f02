for x, y z:
    pass
