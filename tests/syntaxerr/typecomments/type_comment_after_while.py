while x:  # type: int
    pass
