x = lambda: 1  # type: Callable
class A:  # noqa
    y = 1  # type: int
