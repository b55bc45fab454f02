import math
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

print(math.fsum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100] * 10000), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1e308, -1e308, 1e308]), math.fsum([0.1, 0.2, 0.3]), math.fsum([1e-16, 1, 1e-16]), math.fsum(iter([2.5, 2.5])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, 2]), math.fsum([math.nan, 1]))
t('fsum overflow', lambda: math.fsum([1e308, 1e308]))
t('fsum inf-inf', lambda: math.fsum([math.inf, -math.inf]))
t('fsum str', lambda: math.fsum(['a']))
t('fsum int', lambda: math.fsum(5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 11)), math.prod([1, 2], start=10), math.prod(['ab'], start=1))
print(math.prod([3], start='x'), math.prod([[1], 2]))
t('prod str', lambda: math.prod(['a', 'b']))
t('prod pos start', lambda: math.prod([1], 2))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([1.5, 2], [3, 4]), math.sumprod([], []), math.sumprod([0.1] * 10, [1] * 10))
print(math.sumprod([10**20, 1], [10**20, 1]), math.sumprod([True, 2], [3, 4]))
t('sumprod len', lambda: math.sumprod([1, 2], [1]))
t('sumprod type', lambda: math.sumprod(['a'], [1.5]))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, -1), math.nextafter(1, 1), math.nextafter(1, 2, steps=3), math.nextafter(1, 2, steps=0))
t('nextafter neg steps', lambda: math.nextafter(1, 2, steps=-1))
print(math.ulp(1), math.ulp(-2.0), math.ulp(0), math.ulp(math.inf), math.ulp(1e308), math.isnan(math.ulp(math.nan)))
print(math.fma(2, 3, 4), math.fma(0.1, 10, -1), math.fma(-1, 2, 3))
t('fma inf*0', lambda: math.fma(math.inf, 0, 1))
t('fma overflow', lambda: math.fma(1e308, 10, 0))
print(math.fma(math.inf, 1, 1), math.isnan(math.fma(math.nan, 1, 1)))
