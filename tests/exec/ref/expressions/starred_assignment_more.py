a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = 'hello'
print(a, b)
[a, *b] = range(3)
print(a, b)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
x = [1, 2, 3]
x[0], *x[1:] = 'abc'
print(x)
d = {}
d['a'], *d['rest'] = range(4)
print(d)
head, *_, tail = range(10)
print(head, tail, _)
try:
    a, *b, c, d2 = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
def gen():
    yield 1; yield 2; yield 3
p, *q = gen()
print(p, q)
*s, = {'k': 1}
print(s)
