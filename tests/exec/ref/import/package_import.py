import _pkg
print(_pkg.top_value, _pkg.hf(), _pkg.helper.public)
print(_pkg.__name__, _pkg.__package__, _pkg.__path__[0].endswith('_pkg'), _pkg.__file__.endswith('__init__.py'))
import _pkg.sub
print(_pkg.sub.sub_value, _pkg.sub.__package__)
from _pkg.sub import leaf
print(leaf.leaf, leaf.__name__, leaf.__package__)
import _pkg.sub.leaf as L
print(L is leaf)
from _pkg import *
print(top_value, hf())
print('helper' in dir())
import _pkg.helper
print(_pkg.helper.__spec__.parent)
import sys
print(sorted(m for m in sys.modules if m.startswith('_pkg')))
