def make():
    x = 1
    def get(): return x
    def set(v):
        nonlocal x
        x = v
    return get, set
get, set_ = make()
print(get(), get.__closure__[0].cell_contents)
set_(5)
print(get(), get.__closure__[0].cell_contents, get.__closure__[0] is set_.__closure__[0])
get.__closure__[0].cell_contents = 7
print(get())
def unbound():
    def inner(): return y
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(type(e).__name__, e)
    y = 1
    return c.cell_contents
print(unbound())
def cellerr():
    def inner(): return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
cellerr()
CellType = type(get.__closure__[0])
c = CellType(10)
print(c.cell_contents, CellType.__name__)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
a, b = counter(), counter()
print(a(), a(), a(), b())
print(counter.__code__.co_cellvars, a.__code__.co_freevars)
del_cell = None
def deleter():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        print(type(e).__name__, e)
deleter()
