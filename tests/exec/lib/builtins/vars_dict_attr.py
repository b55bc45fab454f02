from _h import t
class A:
    pass
a = A()
print(vars(a), a.__dict__ is vars(a))
a.__dict__['k'] = 'v'; print(a.k, vars(a))
vars(a).clear(); print(hasattr(a, 'k'))
t(setattr, a, '__dict__', [])
a.__dict__ = {'new': 1}; print(a.new)
class B:
    __slots__ = ('__dict__', 'x')
b = B(); b.x = 1; b.y = 2; print(vars(b), b.x)
def f(): pass
f.attr = 1; print(vars(f))
