from _h import t
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000000000000001, 1e16 + 0.5 if False else 2**52 + 0.5]:
    print(x, round(x), round(x, 0))
for x, n in [(2.675, 2), (1.0005, 3), (0.0005, 3), (123.456, 1), (123.456, -1), (123.456, -2), (123.456, -3), (1e300, 2), (-0.0, 2), (5e-324, 400), (1.23456789e-5, 8), (0.1, 20), (1.5, 2**30), (1.5, -2**30)]:
    print(x, n, round(x, n))
for n in [15, 25, 35, 45, -15, -25, 149, 150, 151, 250, 10**20 + 50]:
    print(n, round(n, -1), round(n, -2), round(n, 3))
t(round, 1.5, 'x')
t(round, 1, 1.0)
t(round, None)
t(round, 1e308, -400) if False else print(round(1e308, -400), round(12345, -10**10) if False else '')
print(type(round(5, 2)).__name__, type(round(5.0, 2)).__name__, type(round(True)).__name__, round(True, 2), type(round(True, 2)).__name__)
