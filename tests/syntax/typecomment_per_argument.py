def f(a,  # type: int
      b,  # type: str
      *args,  # type: Any
      **kwargs  # type: Any
      ):
    # type: (...) -> None
    pass
def g(
    x,  # type: int
    y=1,  # type: int
):
    pass
