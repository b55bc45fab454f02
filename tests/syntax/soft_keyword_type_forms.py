type(x)
type.__name__
type = int
type: int = 1
x = type
type[int]
type X = type
