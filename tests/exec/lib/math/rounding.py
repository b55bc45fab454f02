import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

for x in [1.5, -1.5, 2.0, -0.0, 0.4, -0.4, 1e20, 123456789.9, -2.5]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.floor(5), math.ceil(-5), math.trunc(7), math.floor(True), math.ceil(10**30), math.trunc(-10**25))
class F:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self): return 2.5
print(math.floor(G()), math.ceil(G()))
t('trunc(G)', lambda: math.trunc(G()))
t('floor(inf)', lambda: math.floor(math.inf))
t('ceil(-inf)', lambda: math.ceil(-math.inf))
t('trunc(nan)', lambda: math.trunc(math.nan))
t('floor(str)', lambda: math.floor('1'))
t('ceil(None)', lambda: math.ceil(None))
t('trunc(str)', lambda: math.trunc('x'))
t('floor()', lambda: math.floor())
print(math.isnan(math.nan), math.isnan(1), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308), math.isfinite(1e308), math.isfinite(math.nan))
print(math.isclose(1, 1.0000000001), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(-0.0, 0.0))
t('isclose neg', lambda: math.isclose(1, 2, rel_tol=-1))
t('isclose pos', lambda: math.isclose(1, 2, 3))
t('isclose str', lambda: math.isclose('a', 1))
t('isnan(str)', lambda: math.isnan('x'))
