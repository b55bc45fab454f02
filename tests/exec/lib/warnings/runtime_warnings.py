import warnings, time
class SubInt(int): pass
class RetSub:
    def __int__(self): return SubInt(7)
class RetBool:
    def __int__(self): return True
r = int(RetSub()); print(r, type(r).__name__)
r = int(RetBool()); print(r, type(r).__name__)
def gen():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
g = gen(); next(g)
print(g.throw(ValueError, 'old'))
print(time.strptime('05 Mar', '%d %b')[:3])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    int(RetSub())
    g = gen(); next(g); g.throw(ValueError, ValueError('v'), None)
    time.strptime('05', '%d')
    time.strptime('2020 05', '%Y %d')
for m in log:
    print(m.category.__name__, m.lineno, str(m.message)[:40])
with warnings.catch_warnings(action="error"):
    for f in [lambda: int(RetSub()), lambda: gen().throw(ValueError, 'x'), lambda: time.strptime('1', '%d')]:
        try:
            f()
        except Exception as e:
            print(type(e).__name__, str(e)[:50])
def helper():
    warnings.warn("from helper", DeprecationWarning, stacklevel=2)
def outer():
    helper()
outer()
warnings.warn("main dep", DeprecationWarning)
warnings.warn("fut", FutureWarning)
print("done")
