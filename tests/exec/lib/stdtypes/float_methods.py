from _h import t
for x in [0.0, 1.0, 2.5, -0.75, 1e20, 1e-3, 123.0, 0.1]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.real, x.imag, x.conjugate(), int(x), float(x).__trunc__())
t((1.5).as_integer_ratio)
t(float('inf').as_integer_ratio)
t(float('nan').as_integer_ratio)
print(float('inf').is_integer(), float('nan').is_integer())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1.5).__floor__(), (-1.5).__ceil__(), (-1.5).__floor__(), (1.5).__ceil__())
t(float('inf').__floor__)
t(float('nan').__ceil__)
print(float.__getformat__('double'), (1.5).__hash__() == hash(1.5), (1.5).__eq__(1.5), (1.5).__eq__('x'), (1.0).__eq__(1))
print(float.from_number(5), float.from_number(2.5))
t(float.from_number, '1.5')
print(type(float.from_number(True)).__name__)
