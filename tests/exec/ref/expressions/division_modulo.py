for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (5, 0.5), (1e300, 1e-300)]:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(-0.0 % 1, 0.0 % -1, 5 % float('inf'), -5 % float('inf'), 5.0 // float('inf'))
for expr in ['1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '1.0 / 0', '1.0 // 0.0', '1 % 0.0', '0.0 / 0', '(1+1j) / 0', '10**30 // 0']:
    try:
        print(eval(expr))
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
print(10 / 4, 10 / 5, type(10 / 5).__name__, 1 / 3 * 3, 2**53 / 1)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 3.5 // 1, -3.5 // 1)
print(True / 2, True // 2, False % 3, 10 % True)
print(round(-7 / 2), int(-7 / 2), -7 // 2)
print((-3) % 5, 3 % -5, -3 % -5, (2**65) % -3, -(2**65) % 3)
print(divmod(-2**65, 7), divmod(2**65, -7))
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
