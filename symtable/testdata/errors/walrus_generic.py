def f[T](x=[(q := 1) for _ in y]): pass
