import _lazy
print(_lazy.static, _lazy.computed)
try:
    _lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(_lazy))
from _lazy import computed
print(computed)
try:
    from _lazy import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
