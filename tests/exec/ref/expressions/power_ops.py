print(2 ** 3, 2 ** -2, (-2) ** 3, (-2) ** -2, 2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3))
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** -1)
print((-8) ** 0.5)
print(type((-8) ** 0.5).__name__, 0.0 ** 0, 0 ** 0.0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    10.0 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(2.0, 2), pow(2, 0.5))
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 2.0, 3)
except TypeError as e:
    print(type(e).__name__, e)
print(1j ** 2, (1 + 1j) ** 2, 2 ** 1j == complex(2 ** 1j))
print(pow(base=3, exp=2), pow(3, exp=2, mod=4))
x = 3
x **= 2
print(x, 10 ** 20, 10 ** 20 == 10.0 ** 20, 2 ** 0.5 * 2 ** 0.5)
print((-1) ** 0.5 == 1j, abs((-1) ** 0.5 - 1j) < 1e-15)
print(True ** 2, 2 ** True, 2 ** False)
print(float('inf') ** 0, 1 ** float('nan'), float('nan') ** 0)
