result = func(
    a,
    b=2,
    *args,
    **kwargs,
)
obj.method(
    x
).other(
    y
)
