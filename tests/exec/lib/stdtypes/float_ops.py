from _h import t
def tn(f):
    # float overflow's message carries the platform's errno text: print the type only.
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 3.0), (-0.0, 3.0), (1.0, 0.1), (5.0, float('inf')), (-5.0, float('inf'))]:
    print(a, b, a // b, a % b, a / b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, (-0.0) // 1, 1e300 * 1e300, -1e300 * 1e300, float('inf') - float('inf'), float('inf') * 0)
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0.0)
t(lambda: 0.0 ** -1)
t(lambda: (-8.0) ** (1/3))
tn(lambda: 10.0 ** 400)
tn(lambda: 2.0 ** 10000)
print(2.0 ** -10000, (-2.0) ** 2, (-2.0) ** 3, 0.0 ** 0, float('nan') ** 0, 1.0 ** float('nan'), (-1.0) ** float('inf'), 2 ** 0.5, 4 ** 0.5, (-8) ** (1/3) != 0)
print(round(2.5), round(3.5), round(-2.5), round(0.5 + 1e-16), round(2.675, 2), round(2.665, 2), round(0.285, 2), round(1e-20, 25), round(123.456, -1), round(-0.0, 1), round(5.5, -1), round(15.0, -1))
print(1.0 == 1, 1.5 > 1, 2**53 + 1 > 2.0**53, float('nan') != float('nan'), 0.0 == -0.0, hash(0.0) == hash(-0.0), max(0.0, -0.0), min(0.0, -0.0))
print(int(1e20), int(-1.9), int(2.0**70), 3.0 // 2, 3.0 % 2, -3.0 // 2, -3.0 % 2, 1e-300 / 1e300, 7 % 2.5, -7 % 2.5)
