import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def r(x):
    return round(x, 12)
for x in [0, 0.5, 1, -1, math.pi / 6, math.pi / 4, 2]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.atan(x)))
for x in [-1, -0.5, 0, 0.5, 1]:
    print(x, r(math.asin(x)), r(math.acos(x)))
for x in [0, 0.5, 1, 2, -3]:
    print(x, r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)), r(math.asinh(x)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atanh(0.5)), r(math.atanh(-0.5)))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0, -0.0), math.atan2(-0.0, -1), math.atan2(0, 0))
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(1), math.radians(90))
print(math.hypot(3, 4), math.hypot(), math.hypot(5), math.hypot(1, 1, 1, 1), math.hypot(-3, 4, 12))
print(math.hypot(math.inf, math.nan), math.hypot(1e300, 1e300), math.hypot(1e-300, 1e-300))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 15]), math.dist((1,), (1,)))
t('asin(2)', lambda: math.asin(2))
t('acos(-1.5)', lambda: math.acos(-1.5))
t('acosh(0)', lambda: math.acosh(0))
t('atanh(1)', lambda: math.atanh(1))
t('atanh(-2)', lambda: math.atanh(-2))
t('sin(inf)', lambda: math.sin(math.inf))
t('cos(-inf)', lambda: math.cos(-math.inf))
t('tan(inf)', lambda: math.tan(math.inf))
t('sinh(1000)', lambda: math.sinh(1000))
t('cosh(-1000)', lambda: math.cosh(-1000))
t('tanh(1000)', lambda: math.tanh(1000))
t('sin(nan)', lambda: math.sin(math.nan))
t('dist mismatch', lambda: math.dist((1, 2), (1,)))
t('dist str', lambda: math.dist('ab', 'cd'))
t('atan2(1)', lambda: math.atan2(1))
t('hypot kw', lambda: math.hypot(x=1))
