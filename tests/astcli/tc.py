def f(a,  # type: int
      ):
    # type: (...) -> None
    x = 1  # type: ignore[foo]
