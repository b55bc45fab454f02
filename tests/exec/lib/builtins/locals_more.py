def f():
    x = 1
    def g():
        nonlocal x
        x += 1
        return sorted(locals().items())
    r = g()
    return r, x, sorted(locals())
print(f())
def h(*args, **kw):
    return sorted(locals())
print(h(1, a=2))
def lam():
    return (lambda q: sorted(locals().items()))(7)
print(lam())
def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen()))
class C:
    a = 1
    l = locals()
    b = 2
print(sorted(k for k in C.l if not k.startswith('__')))
def modify():
    v = 1
    locals()['v'] = 2
    exec('v = 3')
    return v
print(modify())
def execlocals():
    ns = {}
    exec('w = 4', globals(), ns)
    return ns
print(execlocals())
print(locals() is globals(), type(locals()).__name__)
