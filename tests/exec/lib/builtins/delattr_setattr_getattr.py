from _h import t
class A:
    cls_attr = 1
a = A()
setattr(a, 'x', 10)
print(getattr(a, 'x'), getattr(a, 'y', 'dflt'), getattr(a, 'cls_attr'), hasattr(a, 'x'), hasattr(a, 'nope'))
delattr(a, 'x')
print(hasattr(a, 'x'))
t(getattr, a, 'x')
t(delattr, a, 'x')
t(getattr, a, 1)
t(setattr, a, 1, 2)
t(delattr, a, None)
t(setattr, 1, 'x', 2)
t(setattr, object(), 'x', 2)
t(delattr, 1, 'real')
t(getattr, 1, 'nope')
t(getattr)
t(getattr, a)
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr(None, 'x', None))
class G:
    def __getattr__(self, name):
        if name == 'boom': raise ValueError('boom')
        return name * 2
g = G()
print(getattr(g, 'ab'), hasattr(g, 'zz'))
t(hasattr, g, 'boom')
t(getattr, g, 'boom', 1)
setattr(A, 'newcls', 5); print(A.newcls, a.newcls)
delattr(A, 'newcls'); print(hasattr(a, 'newcls'))
t(setattr, int, 'x', 1)
t(setattr, a, 'é', 1); print(getattr(a, 'é'))
