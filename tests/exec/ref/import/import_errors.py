try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _simple.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from _simple import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    from _pkg import missing_submodule
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    import _broken
except ValueError as e:
    print(type(e).__name__, e)
import sys
print('_broken' in sys.modules)
try:
    import _broken
except ValueError as e:
    print('again', e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    from no_such_pkg.sub import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
e = ImportError('msg', name='n', path='p')
print(e, e.name, e.path)
import no_such_module_at_top_level
