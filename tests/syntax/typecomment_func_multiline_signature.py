def f(a,  # type: int
      b=1,  # type: str
      *,
      c  # type: bool
      ):
    # type: (...) -> None
    pass
