def f():
    print(undefined_thing)
try:
    f()
except NameError as e:
    print(type(e).__name__, e, e.name)
def g():
    print(local_var)
    local_var = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def h():
    v = 1
    del v
    return v
try:
    h()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner(): return free
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    free = 1
outer()
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
gx = 1
del gx
try:
    gx
except NameError as e:
    print(type(e).__name__, e)
class C:
    try:
        print(missing_in_class)
    except NameError as e:
        print(type(e).__name__, e)
try:
    pritn('typo')
except NameError as e:
    print(type(e).__name__, e)
def aug():
    n += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def cond(flag):
    if flag:
        w = 1
    return w
print(cond(True))
try:
    cond(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def except_var():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    except_var()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    exec('print(zz_top)')
except NameError as e:
    print(type(e).__name__, e)
