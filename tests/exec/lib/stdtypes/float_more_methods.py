from _h import t
for x in [1.5, -2.25, 0.1, 1e300, 1e-300, 5e-324, 12345.678]:
    n, d = x.as_integer_ratio()
    print(x, n.bit_length(), d.bit_length(), n / d == x, x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1))
print((1.5).__divmod__(0.5), (1.5).__floordiv__(0.4), (1.5).__mod__(0.4), (1.5).__rpow__(2), (2.0).__pow__(3), (1.5).__neg__(), (-1.5).__abs__(), (1.5).__pos__(), (0.0).__bool__(), (1.5).__int__(), (1.5).__float__())
print((1.5).__add__(1), (1.5).__add__('x'), (1.5).__radd__(1), (1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__ge__(1), (1.5).__mul__(2), (3.0).__truediv__(2), (3.0).__rtruediv__(1))
t((1.5).__truediv__, 0)
t((1.5).__floordiv__, 0.0)
t((1.5).__round__, 'x')
print(float.__new__(float, '2.5'), float.__name__, (1.5).__getnewargs__(), (1.5).__format__('.3f'), format(1.5, ''), (0.5).__repr__())
print(float.__getformat__('float'))
t(float.__getformat__, 'x')
