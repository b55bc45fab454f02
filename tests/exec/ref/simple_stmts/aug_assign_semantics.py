class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('__add__'); return Num(self.v + o)
    def __repr__(self): return f'Num({self.v})'
class INum(Num):
    def __iadd__(self, o):
        print('__iadd__'); self.v += o; return self
n = Num(1); orig = n
n += 1
print(n, orig, n is orig)
m = INum(1); orig = m
m += 1
print(m, orig, m is orig)
class Ret:
    def __iadd__(self, o): return 'replaced'
r = Ret()
r += 1
print(r)
class Container:
    def __init__(self): self.items = INum(0)
c = Container()
c.items += 5
print(c.items)
lst = [INum(0)]
lst[0] += 3
print(lst)
g = 10
def mod_global():
    global g
    g += 1
    g *= 2
mod_global()
print(g)
def closure():
    v = 1
    def inner():
        nonlocal v
        v **= 3
        v += 1
    inner()
    return v
print(closure())
s = 'a'
for ch in 'bc':
    s += ch
print(s)
t = ()
t += (1,)
t *= 2
print(t)
