inf = float('inf')
nan = float('nan')
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < inf, nan != nan)
print(repr(inf), str(-inf), repr(nan), float('-nan'), float('+inf'), float('INFINITY'))
print(inf == float('inf'), inf > 1e308, 1e308 * 10 == inf, -1e308 * 10 == -inf)
print(1 / inf, -1 / inf, repr(-1 / inf), 0.0 * -1, repr(0.0 * -1))
print(round(inf) if False else 'skip', int(1e300) > 10**299, float(10**308) < inf)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(max(nan, 1), max(1, nan), min(inf, nan), sorted([3.0, inf, -inf, 0.0]))
print(f'{inf:.2f}', f'{nan:e}', f'{-inf:>8}', f'{inf:%}', format(nan, '+'))
print(inf.is_integer(), (0.5).is_integer(), (2.0).is_integer(), nan.is_integer())
print(abs(-inf), -(-inf), inf ** 0, 0 ** inf if False else 'x', 2 ** -inf)
