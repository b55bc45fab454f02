from _ns2.b import two
print(two.NAME, two.__package__)
import _ns2.a.one as one
print(one.NAME, one.__spec__.parent)
import _ns2
print(_ns2.__file__ if hasattr(_ns2, '__file__') else 'no __file__', getattr(_ns2, '__file__', None))
