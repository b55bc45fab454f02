import _simple
import _simple as s2
print(_simple.X, _simple.double(4), s2 is _simple, _simple.__name__)
from _simple import X, double as dbl
print(X, dbl(5))
import sys
print('_simple' in sys.modules, sys.modules['_simple'] is _simple)
import _simple
print('not re-executed')
print(type(_simple).__name__, _simple.__file__.endswith('_simple.py'), _simple.__package__)
print(sorted(k for k in vars(_simple) if not k.startswith('__')))
print(_simple.__spec__.name, _simple.__spec__.parent == '', _simple.__loader__ is not None)
print(repr(_simple).startswith("<module '_simple' from"))
from _simple import *
print(double(1), 'K' in dir(), '_hidden' in dir())
