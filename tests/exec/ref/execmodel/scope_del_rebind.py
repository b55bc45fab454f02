x = 1
def f():
    global x
    del x
f()
print('x' in globals())
def g():
    y = 1
    def h():
        nonlocal y
        del y
    h()
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(g())
def loop_var_scope():
    for i in range(3):
        pass
    return i
print(loop_var_scope())
def with_var_scope():
    class CM:
        def __enter__(self): return 'as-value'
        def __exit__(self, *a): pass
    with CM() as v:
        pass
    return v
print(with_var_scope())
def comp_no_leak():
    [q for q in range(3)]
    try:
        return q
    except NameError as e:
        return str(e)
print(comp_no_leak())
def match_binds():
    match [1, 2]:
        case [a, b]:
            pass
    return a + b
print(match_binds())
def import_binds():
    import sys
    return 'sys' in locals()
print(import_binds())
def class_binds():
    class Local: pass
    def fn(): pass
    return sorted(locals())
print(class_binds())
