x = 'global'
def read(): return x
def write():
    global x
    x = 'rebound'
print(read()); write(); print(x)
def make_global():
    global newvar
    newvar = 'created'
make_global()
print(newvar)
def outer():
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    inner(); inner()
    return y
print(outer())
def deep():
    a = 'outer'
    def mid():
        def inner():
            nonlocal a
            a = 'changed by inner'
        inner()
    mid()
    return a
print(deep())
def shadow():
    x = 'local'
    def g():
        global x
        return x
    return g()
print(shadow())
def nl_global_mix():
    z = 1
    def f():
        global z
        z = 'global z'
    f()
    return z
print(nl_global_mix(), z)
counter = 0
def bump():
    global counter
    for _ in range(3):
        counter += 1
bump()
print(counter)
class K:
    global kglobal
    kglobal = 'from class'
print(kglobal)
def loop_closure():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closure())
def default_capture():
    return [(lambda i=i: i)() for i in range(3)]
print(default_capture())
