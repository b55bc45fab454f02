type A[T=int, **P] = int
