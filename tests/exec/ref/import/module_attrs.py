import sys
print(__name__, __file__.endswith('module_attrs.py'), __package__, __spec__, __doc__)
'''not a docstring since statements preceded it'''
mod = sys.modules['__main__']
print(mod.__name__, type(mod).__name__, mod.__dict__ is globals())
mod.added = 'via module'
print(added)
import _simple
_simple.Y = 'injected'
print(_simple.Y)
del _simple.Y
try:
    _simple.Y
except AttributeError as e:
    print(type(e).__name__, e)
print(type(sys).__name__, sys.__name__)
ModuleType = type(sys)
m = ModuleType('dynamic', 'dyn doc')
print(m.__name__, m.__doc__, repr(m))
m.x = 1
print(m.x, sorted(k for k in vars(m)))
exec('y = x + 1', m.__dict__)
print(m.y)
def getattr_mod(name):
    return 'module getattr ' + name
m.__getattr__ = getattr_mod
print(m.missing)
print(dir(m))
