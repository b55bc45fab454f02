m = __import__('_simple')
print(m.X)
p = __import__('_pkg.sub')
print(p.__name__)
leaf = __import__('_pkg.sub.leaf', fromlist=['leaf'])
print(leaf.__name__)
g = {'__name__': '_pkg.sub.fake', '__package__': '_pkg.sub'}
rel = __import__('leaf', g, None, ['leaf'], 1)
print(rel.__name__)
import sys
sys.modules['fake_mod'] = 'not even a module'
import fake_mod
print(fake_mod)
del sys.modules['fake_mod']
import builtins
print(builtins.__import__ is __import__)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
