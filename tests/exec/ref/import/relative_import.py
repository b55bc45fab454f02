from _rel.inner import deep
print(deep.value, deep.__package__)
try:
    from . import _simple
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from .. import x', {'__name__': 'top', '__package__': ''})
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __name__, __spec__)
