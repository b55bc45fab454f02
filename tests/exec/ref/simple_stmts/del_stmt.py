x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print('c' in dir(), 'a' in dir())
l = list(range(10))
del l[0]
del l[-1]
del l[1:3]
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.x = 1
del o.x
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
p, q = [1, 2], [3]
del (p, q)
print('p' in dir())
r = [1, 2, 3]
del [r[0], r[1]]
print(r)
def f():
    v = 1
    del v
    try:
        del v
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
def g():
    global gg
    gg = 1
    del gg
g()
print('gg' in globals())
try:
    del l[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del O.missing
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    attr = 1
    del attr
print(hasattr(C, 'attr'))
for i in range(2):
    pass
del i
