x[y := 1]
x[a, y := 1]
{y := 1}
{a, y := 1}
[y := 1, 2]
f(y := 1)
assert (y := 1)
x = [i := 0, i := i + 1]
