x = (a)
y = ((a) + (b))
z = (
    a
)
w = (a).b
v = (a)[0]
u = (a)(b)
