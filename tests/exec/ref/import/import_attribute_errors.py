import _simple
try:
    _simple.nonexistent
except AttributeError as e:
    print(type(e).__name__, e, e.name)
try:
    from _simple import X, Y
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
import sys
try:
    sys.nonexistent_attr
except AttributeError as e:
    print(type(e).__name__, e)
try:
    import _simple.X
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
