from _starall import *
print(a, b, '_c' in dir())
from _simple import *
print(X, 'K' in dir())
def f():
    import _simple as local_s
    return local_s.X
print(f(), 'local_s' in dir())
class C:
    import _simple
print(C._simple.X)
import _simple, _starall
print(_starall.a)
try:
    from _simple import (X, double,
                         K)
    print('parenthesised import ok', K.__name__)
except ImportError as e:
    print(e)
