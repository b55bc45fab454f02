def log(v):
    print('rhs evaluated once')
    return v
a = b = c = log([1])
print(a is b is c)
x = y = 0
x += 1
print(x, y)
class O: pass
o = O()
l = [0, 0]
d = {}
o.attr = l[0] = d['k'] = log('multi')
print(o.attr, l, d)
i = 0
lst = [10, 20, 30]
i = lst[i] = 2
print(i, lst)
p, q = r = 1, 2
print(p, q, r)
s = t, u = 'ab'
print(s, t, u)
class Tracker:
    def __setitem__(self, k, v): print('set', k, v)
    def __setattr__(self, k, v): print('setattr', k, v)
tr = Tracker()
tr['first'] = tr.second = tr['third'] = 'V'
