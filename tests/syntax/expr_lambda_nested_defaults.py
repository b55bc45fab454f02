f = lambda x=lambda: 1: x()
g = lambda *, k=[1, 2]: k
h = lambda a, b=(1, 2), *c, d={}, **e: (a, b, c, d, e)
i = lambda: (yield)
j = lambda x: (lambda y: x + y)
