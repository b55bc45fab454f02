print(1.0, 1., .5, 1e3, 1E-3, 1_0.0_1, 3.14e+2, 0e0)
print(1e308, 1e309, -1e309, 1e-324, 5e-324)
print(0.1 + 0.2, 1/3, 2/3, 100.0, 1e16, 1e15, 123456789012345678.0)
print(1.5e-7, 0.0001, 0.00001, 1e22, 1e21)
print(float('inf'), float('-inf'), float('nan'), float('  1.5  '), float('1_0.5'))
print(float('Infinity'), float('-iNF'), float('1e500'))
for s in ['1__0', 'abc', '', '1.5.5', '0x10']:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(-0.0), 0.0 == -0.0, str(1e100), repr(1.7976931348623157e308))
print((1.5).hex(), float.fromhex('0x1.8p1'), (0.1).as_integer_ratio())
print(1.0.is_integer(), 1.5.is_integer(), 10.0 .real)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1.35, 1))
print(int(1e20), int(-2.9), int(2.9))
print(type(1e0), 1e0 == 1)
