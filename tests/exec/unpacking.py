a, b = 1, 2
a, b = b, a
print(a, b)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
def f(*args, **kwargs):
    return args, kwargs
print(f(*(1, 2), *[3], **{"x": 1}, y=2))
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
(a, [b, c]) = (1, (2, 3))
print(a, b, c)
