lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1, y=2: 0
lambda *args: 0
lambda **kw: 0
lambda *args, **kw: 0
lambda a, /, b, *, c: 0
lambda a=1, /, b=2, *, c=3, **d: 0
lambda *, a: 0
lambda a, /: 0
lambda a,: 0
lambda *a, b, **c,: 0
lambda: (yield)
lambda: lambda: 1
