# Arithmetic on floats: results of chained expressions must be independent
# objects whatever the interpreter does with intermediate results.
shared = 1.5
keep = []


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return shared          # a float that lives on elsewhere

    def __add__(self, o):
        r = self.v + 1.0
        keep.append(r)         # kept, and returned
        return r

    def __rmul__(self, o):
        return keep[-1] if keep else 0.0


def chains(a, b, c):
    d = a * b + c * a + b * c
    e = (a + b) * (b + c) - (c - a) / (a + 2.0)
    f = a * a * a * a - b * b * b
    return d, e, f


print(chains(1.5, 2.25, -0.5))
print(chains(3.0, 0.1, 7.0))

n = Num(2.0)
x = n * 3 + 1.0
print(x, shared)
y = (n + 0) * 2.0 + 4.0
print(y, keep)
z = 2.0 * Num(5.0) + 1.0   # __rmul__ returns keep[-1]
print(z, keep)
lst = [0.5, 0.25]
lst[0] = lst[0] * 3.0 + 1.0
w = (lst[0] * 1.0) + 0.0
print(lst, w)
lst[1] -= lst[0] * 2.0
lst[1] += lst[1] * 0.5
print(lst)
v = (t := 2.5 * 2.0) + 1.0
print(v, t)
u = (2.0 * (s := 3.0)) * s + s
print(u, s)


def gen():
    a = 1.25
    total = (a * 2.0) + (yield a) * 3.0
    yield total
    yield (a * a) + (a * a)


g = gen()
print(next(g))
print(g.send(4.0))
print(next(g))

objs = []
for i in range(5):
    q = (i * 0.5) * 2.0 + 1.0
    objs.append(q)
    objs.append(q * 1.0 + 0.0)
print(objs)
print([id(o) for o in objs].count(id(objs[0])))

try:
    bad = (1.5 * 2.0) / (0.0 * 3.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    bad = (1.5 * 2.0) + None
except TypeError as e:
    print("TypeError", e)
print(2.0 ** 2, 1e200 * 1e200, (-2.0) ** 0.5, 16.0 ** 0.5, (-0.0) ** 0.5)
try:
    print((1e200 * 1.0) ** 2)
except OverflowError as e:
    print("OverflowError")
acc = 0.0
for i in range(1000):
    acc += (i * 0.001) * (i * 0.002) - 0.5 / (i + 1.0)
print(round(acc, 9))
a = b = 1.0
a += 2.0 * 3.0
print(a, b)
