def a():
    print(v)
    v = 1
def b():
    v += 1
def c():
    for i in range(2):
        if i:
            print(w)
        w = i
def d():
    try:
        pass
    finally:
        print(z)
    z = 1
def e():
    del q
def f(flag):
    if flag:
        r = 1
    return lambda: r
for fn, args in [(a, ()), (b, ()), (c, ()), (d, ()), (e, ())]:
    try:
        fn(*args)
    except UnboundLocalError as ex:
        print(fn.__name__, type(ex).__name__, ex)
try:
    f(False)()
except NameError as ex:
    print('f', type(ex).__name__, ex)
print(f(True)())
