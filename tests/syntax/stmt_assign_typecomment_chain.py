a = b = 1  # type: int
x = y = z  # type: ignore
