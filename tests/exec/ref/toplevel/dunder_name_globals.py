print(__name__, globals()['__name__'], __builtins__.__name__ if hasattr(__builtins__, '__name__') else 'dict')
g = globals()
g['injected'] = 'via globals()'
print(injected)
def f():
    return globals() is g, 'f' in globals()
print(f())
def locs(a, b=2):
    c = 3
    return sorted(locals().items())
print(locs(1))
print(type(locals()).__name__, locals() is globals())
class K:
    x = 1
    names = sorted(locals())
print(K.names)
