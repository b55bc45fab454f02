def f[T: (int, str), *Ts, **P](a: T, *args: *Ts, **kw: P.kwargs) -> tuple[T, *Ts]: pass
def g[T](x: T = 1) -> T | None: pass
