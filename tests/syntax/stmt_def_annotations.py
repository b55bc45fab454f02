def f(a: int, b: str = "x", *args: int, c: float, d: list = [], **kw: dict) -> None: pass
def g(a: int, /, b: "B") -> "R": pass
def h(*args: *Ts): pass
def k(*, a: int = 1): pass
