import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

def r(x):
    return round(x, 10)
print([math.gamma(n) for n in range(1, 12)], math.gamma(0.5) ** 2 == math.pi or r(math.gamma(0.5) ** 2))
print(r(math.gamma(5.5)), r(math.gamma(-0.5)), r(math.lgamma(1)), r(math.lgamma(2)), r(math.lgamma(10)), r(math.lgamma(0.5)))
print(r(math.erf(0)), r(math.erf(1)), r(math.erf(-1)), r(math.erfc(0)), r(math.erfc(2)), math.erf(math.inf), math.erfc(math.inf))
t('gamma(0)', lambda: math.gamma(0))
t('gamma(-2)', lambda: math.gamma(-2))
t('gamma(-inf)', lambda: math.gamma(-math.inf))
t('gamma(200)', lambda: math.gamma(200))
t('lgamma(0)', lambda: math.lgamma(0))
t('lgamma(-1)', lambda: math.lgamma(-1))
print(math.gamma(math.inf), math.lgamma(math.inf), math.lgamma(-math.inf))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan))
print(math.log(2**2000), math.log2(2**1000), math.log10(10**500), math.log(10**400, 10), math.log(2**1100, 2))
t('log(-(2**2000))', lambda: math.log(-(2**2000)))
t('log(0, 2)', lambda: math.log(0, 2))
print(math.log(True, 2) if False else 'skip', math.log10(1000), math.log2(0.25))
print(sorted(n for n in dir(math) if not n.startswith('_')))
