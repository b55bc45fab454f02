[y for x in data if (y := f(x)) is not None]
{(k := x): k for x in y}
any((last := x) for x in y)
