import sys
import sys as system, builtins as bi
print(system is sys, bi.len is len)
from sys import getrecursionlimit, argv as arguments
print(getrecursionlimit() > 0, isinstance(arguments, list))
def local_import():
    import sys as s
    from sys import modules
    return s is sys, '__main__' in modules, 's' in locals()
print(local_import())
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nonexistent_mod_q
except ImportError as e:
    print(type(e).__name__, e, e.name)
print('nonexistent_mod_q' in sys.modules)
import builtins
print(builtins.__name__, type(builtins).__name__)
