type A = int
type B[T] = list[T]
type C[T: int, *Ts, **P] = Callable[P, tuple[T, *Ts]]
type D[T = int] = T
type = 1
type.x = 2
type(x)
print(type)
