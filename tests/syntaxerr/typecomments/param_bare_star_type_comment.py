def f(*, # type: int
      a): pass
