from _simple import *
print(sorted(n for n in ['X', 'double', 'K', '_hidden'] if n in dir()))
import _simple
print(_simple.__all__)
from _pkg import *
print('top_value' in dir(), 'hf' in dir(), 'helper' in dir())
