from _h import t
z = complex(3, -4)
print(z.__abs__(), z.__neg__(), z.__pos__(), z.__add__(1), z.__radd__(1j), z.__mul__(2), z.__truediv__(2), z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__eq__(3 - 4j), z.__ne__(0), z.__bool__(), complex(0).__bool__())
print(z.__add__('x'), z.__lt__(1), z.__hash__() == hash(z), z.conjugate().conjugate() == z)
for a, b in [(1 + 1j, 1 - 1j), (2j, 1j), (1e300 + 1e300j, 1e-300), (0j, 1 + 0j), (1 + 2j, 0.5)]:
    print(a / b, a * b, a - b, a ** 2 if abs(a) < 1e100 else 'big')
t(lambda: (1 + 1j) / 0j)
t(lambda: (1 + 1j) / 0)
t(lambda: (1 + 1j) ** (1e300 + 0j) if False else (1e200 + 1e200j) ** 2)
t(lambda: (1 + 1j) // 1)
t(lambda: int(1j))
t(lambda: float(1j))
print(complex(1, 2) == (1 + 2j), 1j == complex(0, 1), (1 + 0j) == 1.0, hash(1j) == hash(complex(0, 1)), (-1) ** 0.5 == 1j if False else '', (1 + 1j).imag, abs(-1j))
