del [a, (b, c)], d
del (a.b)
del x[0][1].y
