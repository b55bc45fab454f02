g = globals()
print(type(g).__name__, g['__name__'], g is globals(), '__builtins__' in g)
newname = 5
print(g['newname'])
g['injected'] = 'yes'
print(injected)
def f():
    return globals() is g
print(f())
print('f' in g, '__doc__' in g, g['__doc__'])
del g['injected']
try:
    injected
except NameError as e:
    print(type(e).__name__, e)
print(sorted(k for k in g if k.startswith('__') and k != '__builtins__' and k != '__cached__'))
