class C:
    cls_attr = 0
    def __init__(self): self.a = 1
c = C()
print(c.__dict__, vars(c) is c.__dict__)
c.__dict__['b'] = 2
print(c.b, sorted(vars(c)))
setattr(c, 'dyn name', 3)
print(getattr(c, 'dyn name'), vars(c))
delattr(c, 'dyn name')
print(hasattr(c, 'dyn name'))
c.cls_attr = 'shadow'
print(c.cls_attr, C.cls_attr)
del c.cls_attr
print(c.cls_attr)
try:
    del c.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
d1, d2 = C(), C()
d1.x = 1
print(hasattr(d2, 'x'), vars(d2))
class NoInit: pass
n = NoInit()
print(vars(n))
n.__dict__.clear()
setattr(n, 'z', [])
n.z.append(1)
print(n.z)
print(getattr(n, 'missing', 'default'), hasattr(n, '__class__'))
