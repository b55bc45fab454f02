x = 1  # types: int
y = 2  # type int
z = 3  # note: type: int
w = 4  #  type: int
