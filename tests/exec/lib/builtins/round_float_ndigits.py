vals = [0.125, 0.375, 0.625, 2.5, 2.675, 1.005, 1.015, 1.025, 1.035, 0.045, 123.455, 1e-3, 5e-5, 314.15926, -2.5, -0.125, 1.23456789e10]
for v in vals:
    print(v, [round(v, n) for n in range(-2, 5)])
print(round(1e300, -299), round(1e-300, 301), round(0.5e-323, 323), round(float(2**60), -10))
print(round(123456789, -3), round(-123456789, -4), round(5, -1), round(15, -1), round(-5, -1), round(-15, -1), round(10**30 + 5 * 10**9, -10))
