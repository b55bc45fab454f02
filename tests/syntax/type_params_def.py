def f[T](x: T) -> T: pass
def f[T: int](x): pass
def f[T: (int, str)](x): pass
def f[*Ts](*args: *Ts): pass
def f[**P](*args: P.args, **kw: P.kwargs): pass
def f[T, *Ts, **P,](): pass
async def g[T](): pass
