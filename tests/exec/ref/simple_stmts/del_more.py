class P:
    def __init__(self): self.a = 1; self.b = 2
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
p = P()
del p.a
print(vars(p))
class D(dict):
    def __delitem__(self, k):
        print('delitem', k)
        super().__delitem__(k)
d = D(x=1, y=2)
del d['x']
print(d)
l = [1, 2, 3, 4, 5, 6]
del l[::2], l[0]
print(l)
def f():
    a = b = 1
    del a
    b += 1
    return 'a' in locals(), b
print(f())
x = [1]
y = x
del x
print(y)
def cell_del():
    v = 'cell'
    def get(): return v
    del v
    try:
        return get()
    except NameError as e:
        return str(e)
print(cell_del())
for i in range(3):
    tmp = i
    del tmp
print('tmp' in dir())
g = {'a': 1}
exec('del a', g)
print('a' in g)
try:
    exec('del nothere', {})
except NameError as e:
    print(type(e).__name__, e)
