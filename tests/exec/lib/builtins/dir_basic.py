from _h import t
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
b = B(); b.z = 3
d = dir(b)
print([n for n in d if not n.startswith('__')], d == sorted(d))
print([n for n in dir(B) if not n.startswith('__')])
print('__init__' in dir(b), '__class__' in dir(b), '__dict__' in dir(b))
class C:
    def __dir__(self): return ['zeta', 'alpha', 'alpha']
print(dir(C()))
class Bad:
    def __dir__(self): return 5
t(dir, Bad())
import sys
print('path' in dir(sys), 'argv' in dir(sys))
def f():
    a = 1; bb = 2
    return dir()
print(f())
print([n for n in dir(1) if n in ('real', 'imag', 'bit_length', '__add__')])
print([n for n in dir([]) if not n.startswith('_')])
t(dir, 1, 2)
class S:
    __slots__ = ('p', 'q')
print([n for n in dir(S()) if not n.startswith('_')])
