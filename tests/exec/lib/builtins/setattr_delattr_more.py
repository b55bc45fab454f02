from _h import t
class A:
    __slots__ = ('x',)
a = A()
setattr(a, 'x', 1); print(a.x)
delattr(a, 'x')
t(getattr, a, 'x')
t(delattr, a, 'x')
t(setattr, a, 'y', 1)
class Guard:
    def __setattr__(self, n, v):
        if n.startswith('_'): raise AttributeError(f'private {n}')
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print('delattr hook', n)
g = Guard()
setattr(g, 'pub', 1); print(g.pub)
t(setattr, g, '_priv', 1)
delattr(g, 'anything')
class S(str): pass
setattr(g, S('subname'), 5); print(g.subname)
t(setattr, A, '__slots__', ())
setattr(A, 'classattr', 3); print(A.classattr)
t(setattr, [], 'x', 1)
t(delattr, [], 'append')
t(setattr, 'str', 'upper', 1)
import sys
setattr(sys, 'my_attr', 1); print(sys.my_attr); delattr(sys, 'my_attr'); print(hasattr(sys, 'my_attr'))
t(delattr, sys, 'my_attr')
