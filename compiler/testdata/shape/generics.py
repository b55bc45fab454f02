class Box[T: int, *Ts, **P = [int]]:
    x: T
    def get[U](self, u: U = None, *, k: T = 1) -> U:
        return super().get(u)
    type Alias[V: (int, str)] = list[V]

def f[T = int](a: T, /, b=2, *args: *tuple[T], c, d=4, **kw) -> T:
    def g():
        nonlocal a
        return a
    return g

type Plain = dict[str, "Plain"]

def outer():
    class Inner[T]:
        def m(self): return __class__
    return Inner
