import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

print([math.factorial(n) for n in range(12)], math.factorial(30))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(12, 18, 27), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2**70, 3))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10**40), math.isqrt(2**101))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(100, 50), math.comb(1000, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(4, None))
print(math.factorial(True), math.comb(True, True), math.gcd(True, 4), math.isqrt(True))
class I:
    def __index__(self):
        return 6
print(math.factorial(I()), math.gcd(I(), 4), math.comb(I(), 2), math.isqrt(I()), math.perm(I(), 1))
t('factorial(-1)', lambda: math.factorial(-1))
t('factorial(1.5)', lambda: math.factorial(1.5))
t('factorial(5.0)', lambda: math.factorial(5.0))
t('factorial(str)', lambda: math.factorial('5'))
t('isqrt(-1)', lambda: math.isqrt(-1))
t('isqrt(2.0)', lambda: math.isqrt(2.0))
t('comb(-1, 2)', lambda: math.comb(-1, 2))
t('comb(3, -1)', lambda: math.comb(3, -1))
t('comb(3)', lambda: math.comb(3))
t('comb(3.0, 1)', lambda: math.comb(3.0, 1))
t('perm(-1)', lambda: math.perm(-1))
t('perm(-1, 2)', lambda: math.perm(-1, 2))
t('perm(3, -1)', lambda: math.perm(3, -1))
t('gcd(1.5)', lambda: math.gcd(1.5))
t('gcd(2, "x")', lambda: math.gcd(2, 'x'))
t('lcm(2, 1.0)', lambda: math.lcm(2, 1.0))
t('gcd kw', lambda: math.gcd(a=1))
