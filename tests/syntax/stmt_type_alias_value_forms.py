type A = int | str
type B = list[int]
type C = "forward"
type D = (yield_)
type E = lambda: 1
type F[T] = dict[str, T]
type G = A if x else B
