import sys
class Fake:
    value = 'fake module object'
    def __getattr__(self, n): return f'fake attr {n}'
sys.modules['virtual_mod'] = Fake()
import virtual_mod
from virtual_mod import anything
print(virtual_mod.value, anything)
sys.modules['none_mod'] = None
try:
    import none_mod
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules['virtual_mod'], sys.modules['none_mod']
import _simple
sys.modules['_simple_alias'] = _simple
import _simple_alias
print(_simple_alias is _simple, _simple_alias.__name__)
