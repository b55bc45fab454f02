type A[T = int] = T
type B[T: int = bool] = T
type C[*Ts = *tuple[int, ...]] = tuple[*Ts]
type D[**P = ...] = Callable[P, None]
def f[T = int, U = str](): pass
