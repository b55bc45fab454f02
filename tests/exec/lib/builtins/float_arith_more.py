from _h import t
def tn(f):
    # float overflow's message carries the platform's errno text: print the type only.
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 1.1 + 2.2, 3 * 0.1 == 0.3, 1e16 + 1, 1e16 + 2, 2**53 + 1.0, 0.5 ** 1074, 0.5 ** 1075)
print(1 / 3, 2 / 3, 10 / 3, -1 / 3, 1e-300 * 1e-300, 1e300 * 10, 5e-324 / 2, 7.0 // 0.1, 7.0 % 0.1, -7.0 % 0.1)
print(float('inf') + 1, float('inf') - float('inf'), float('inf') * -1, 1 / float('inf'), -1 / float('inf'), float('inf') // 1, float('inf') % 1 if False else '', 5 % float('inf'), -5 % float('inf'))
print(abs(-0.0), -(0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0, round(-0.4), round(-0.5), int(-0.9))
print(2.0 ** 0.5, 10 ** -2, 10.0 ** -2, (-1) ** 0.5, (-8.0) ** 3, 2 ** 1023.5 if False else '', 1.0000000000000002 ** 2)
tn(lambda: 2.0 ** 1024)
t(lambda: float('inf') % 1)
tn(lambda: 1e300 ** 2)
print((1e308 * 10) ** 0, 0.0 ** 0.0, (-0.0) ** 0.5, (-0.0) ** 3, (-0.0) ** -1 if False else '', 1.5.__divmod__(0.5), (7.0).__rmod__(3), (7.0).__rfloordiv__(30))
