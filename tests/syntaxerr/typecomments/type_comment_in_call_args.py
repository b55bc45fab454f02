f(a,  # type: int
  b)
