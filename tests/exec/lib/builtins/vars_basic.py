from _h import t
class A:
    cls = 1
    def __init__(self): self.x = 1; self.y = 2
a = A()
print(vars(a), vars(a) is a.__dict__, 'cls' in vars(A), type(vars(A)).__name__)
t(vars, 1)
t(vars, [])
class S:
    __slots__ = ('p',)
t(vars, S())
def f():
    q = 1
    return vars()
print(f())
import sys
print(vars(sys)['argv'] is sys.argv)
t(vars, 1, 2)
vars(a)['z'] = 3; print(a.z)
t(lambda: vars(A).__setitem__('k', 1))
