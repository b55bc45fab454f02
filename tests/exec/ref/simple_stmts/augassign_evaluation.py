log = []
def idx(i):
    log.append(('idx', i))
    return i
def obj(o):
    log.append('obj')
    return o
l = [1, 2, 3]
obj(l)[idx(1)] += 10
print(l, log); log.clear()
class C: v = 1
c = C()
obj(c).v += 5
print(c.v, C.v, log); log.clear()
d = {'k': [1]}
obj(d)['k'] += [2]
print(d, log); log.clear()
x = 5
x -= x - 1
print(x)
y = [1]
y *= 3
print(y)
s = 'ab'
s *= 0
print(repr(s))
