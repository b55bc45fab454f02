import _pkg2
print(_pkg2.SUBVALUE, _pkg2.__version__, _pkg2.sub.SUB_INIT)
print(_pkg2.sub.mod.where())
import _pkg2.sub.mod as m
print(m.VALUE, m.__name__, m.__spec__.name, m.__spec__.parent)
from _pkg2.sub import mod
print(mod is m, hasattr(_pkg2, 'sub'), hasattr(_pkg2.sub, 'mod'))
import sys
print(sorted(k for k in sys.modules if k.startswith('_pkg2')))
print(_pkg2.__path__ is not None, type(_pkg2.__path__).__name__, _pkg2.sub.__package__)
