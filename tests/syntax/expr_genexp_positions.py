f(x for x in y)
f((x for x in y))
g = (x for x in y)
h = sum((x for x in y), 0)
k(
    x
    for x in y
)
