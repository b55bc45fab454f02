import sys
__all__ = ["a"]
a = b = c = 1
a, (b, *c) = 1, (2, 3)
a += 1
x = [*a, *b]
d = {**a, "k": 1}
s = f"{a!r:>{b}} {c=}"
t = t"{a} {b:{c}}"
assert a, "msg"
raise ValueError from None
print(*a, **d, sep="")
lam = lambda a, /, b, *, c=d: a + b + c
y = a if b else c
z = a[1:2:3]
for i in range(3):
    if i:
        break
    else:
        continue
else:
    pass
while False:
    pass
def defaults(a=x, *, b=y, c=lam):
    pass
@decorator(arg)
def decorated():
    pass
def __debug_reader():
    return __debug__
def positional(a, b, /, c):
    return a
def kwonly(*, a, b):
    return a
def star_only(*args, **kwargs):
    return args, kwargs
