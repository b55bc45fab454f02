def f[T=int, U=str, V](): pass
