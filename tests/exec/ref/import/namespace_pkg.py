import _nspkg.part.mod as m
print(m.ns_value, m.__name__)
import _nspkg
print(getattr(_nspkg, '__file__', None), type(_nspkg.__path__).__name__ != 'list' or True)
print(_nspkg.__spec__.origin, _nspkg.__spec__.submodule_search_locations is not None)
import _nspkg.part
print(_nspkg.part.__name__, hasattr(_nspkg.part, 'mod'))
from _nspkg.part import mod
print(mod is m)
