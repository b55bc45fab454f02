a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a], (*a,), [*'xy', *range(2)])
print({**{'a': 1}, 'b': 2, **{'a': 3}}, {'x': 0, **{}}, {**dict(k=1)})
print([*[], *()], {*()}, {**{}})
first, *rest = [1, 2, 3]
print(first, rest)
*init, last = 'abcd'
print(init, last)
x, *mid, y = range(5)
print(x, mid, y)
p, *q = (1,)
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, [s, t]] = [1, [2, 3]]
print(r, s, t)
try:
    i, j = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    i, j, k = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    i, *j, k = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    i, j = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
for i, (ch, *tail) in enumerate(['ab', 'cde']):
    print(i, ch, tail)
d = {'a': 1, 'b': 2}
print([*d], {*d} == {'a', 'b'}, [*d.items()])
k1, k2 = d
print(k1, k2)
*all_, = [7, 8]
print(all_)
print(*[1, 2], *[3])
