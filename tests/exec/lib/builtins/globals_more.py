def outer():
    x = 1
    def inner():
        return globals()['__name__']
    return inner()
print(outer())
print(type(globals()).__name__, globals() is globals())
exec("print(sorted(k for k in globals() if not k.startswith('__')))", {'a': 1})
g = {'val': 'g'}
exec('def f(): return globals()["val"]', g)
print(g['f']())
f2 = eval('lambda: globals()["val"]', {'val': 'evald'})
print(f2())
globals()['dyn'] = 42
print(dyn)
x = 5
def setg():
    global x
    x = 6
    globals()['y'] = 7
setg(); print(x, y)
