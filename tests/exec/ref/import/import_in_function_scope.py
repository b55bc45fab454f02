def f():
    import _simple
    from _simple import double
    return _simple.X, double(2)
print(f())
print('_simple' in globals())
import sys
print('_simple' in sys.modules)
class C:
    from _simple import X
    import _simple as mod
print(C.X, C.mod.X)
def g():
    global _simple
    import _simple
g()
print(_simple.X)
