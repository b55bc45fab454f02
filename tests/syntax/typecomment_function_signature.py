def f(a, b):
    # type: (int, str) -> None
    pass
def g(a, b):  # type: (int, str) -> None
    pass
async def h():
    # type: () -> int
    return 1
