@a[0].b(c)(d)
@(yield_ for yield_ in x)
@lambda f: f
@x if y else z
@not x
@a or b
@-x
@x @ y
def f(): pass
