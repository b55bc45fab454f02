x = 1
# type: ignore
y = 2  # type: ignore[a]

def f():
    pass  # type: ignore
