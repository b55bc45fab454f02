class C:
    def __init__(self): self.v = 1
c = C()
c.v += 5
c.v *= 2
c.v -= 1
c.v //= 3
c.v **= 2
c.v %= 7
c.v <<= 2
c.v >>= 1
c.v |= 1
c.v &= 0xF
c.v ^= 3
print(c.v)
l = [1, 2, 3]
l[0] += 10
l[-1] *= 3
l[1:2] += [5]
print(l)
d = {'a': 1}
d['a'] += 1
d.setdefault('b', [])
d['b'] += [1]
print(d)
def log(x):
    print('eval', x)
    return x
class Tracer:
    def __init__(self): self.d = {'k': 0}
    def __getitem__(self, k):
        print('getitem', k); return self.d[k]
    def __setitem__(self, k, v):
        print('setitem', k, v); self.d[k] = v
t = Tracer()
t[log('k')] += log(5)
print(t.d)
class Attr:
    def __getattr__(self, n):
        print('getattr', n); return 10
    def __setattr__(self, n, v):
        print('setattr', n, v); object.__setattr__(self, n, v)
a = Attr()
a.x += 1
print(a.x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t2 = (1,)
t2 += (2,)
print(t2)
f = 1.5
f += 1
f /= 2
print(f)
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tup)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
x = [1]
y = x
x *= 2
print(x, y is x)
st = {1}
st -= {1}
print(st)
