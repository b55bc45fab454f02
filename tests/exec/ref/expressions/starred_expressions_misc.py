first, *rest = (x * 2 for x in range(4))
print(first, rest)
print(*'abc', sep='|')
print([*range(3), *'xy', *{'k': 1}])
print((*[1], *[2]), {*(1, 2), *[3]} == {1, 2, 3})
def f(*args): return args
print(f(*[], *()), f(*'ab', 3, *[4]))
t = *range(2), 'end'
print(t)
for a, *b in [[1, 2, 3], 'xy']:
    print(a, b)
d = {'a': 1}
print({**d, **{'b': 2}}, dict(**d, c=3))
try:
    print(*None)
except TypeError as e:
    print(type(e).__name__, e)
