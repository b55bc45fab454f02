a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
[s, t] = 'st'
print(p, q, r, s, t)
i = 0
l = [0, 0, 0]
i, l[i] = 1, 'set'
print(i, l)
class O: pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d['k'], d['j'] = 'v', 'w'
print(d)
m = [[0, 0], [0, 0]]
m[0][1] = m[1][0] = 5
print(m)
first, *_ = range(4)
print(first, _)
lst = [1, 2, 3]
lst[1:2] = [7, 8, 9]
print(lst)
lst[:] = 'ab'
print(lst)
n = [0] * 3
n[0], n[1] = n[1] + 1, n[0] + 2
print(n)
x = y = 0
x += 1
print(x, y)
def f(): return 1, 2, 3
a1, a2, a3 = f()
print(a1 + a2 + a3)
for k, (v1, v2) in {'a': (1, 2)}.items():
    print(k, v1, v2)
z = [1, 2]
z[0], z[1] = z[1], z[0]
print(z)
o.c = o.d = 'chained'
print(o.c, o.d)
e = ()
print(e)
try:
    (aa, bb) = 1, 2, 3
except ValueError as ex:
    print(type(ex).__name__, ex)
v = 5
v = v, v
print(v)
