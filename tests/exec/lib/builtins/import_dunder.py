from _h import t
m = __import__('sys')
print(m.__name__, type(m).__name__)
m2 = __import__('_h')
print(m2.__name__, m2.t is t)
t(__import__, 'no_such_mod_xyz')
t(__import__, '')
t(__import__, 5)
t(__import__, 'sys', level=-1)
c = __import__('_h', globals(), locals(), ['t'], 0)
print(c.__name__, hasattr(c, 't'))
t(__import__, 'sys.nope_xyz')
try:
    __import__('no_such_mod_xyz')
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
import sys
print('_h' in sys.modules)
