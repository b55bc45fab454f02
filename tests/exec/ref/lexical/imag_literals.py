print(1j, 1J, 2.5j, 1e3j, 0j, 1_0j)
print(type(1j), (1j).imag, (1j).real)
print(1 + 2j, 1 - 2j, -1j, -(1j), 0 - 1j)
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j))
print(abs(3 + 4j), (3 + 4j).conjugate())
print(complex(1, 2), complex('1+2j'), complex('  3j '), complex(2), complex())
print(repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)))
print(complex(float('inf'), float('nan')))
print(1j == 1j, 1 + 0j == 1, (1 + 0j) == 1.0)
try:
    print(1j < 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1+2k')
except ValueError as e:
    print(type(e).__name__, e)
print((2j) ** 2, pow(1j, 3))
print(format(1 + 2j, '.2f'), f"{3 - 4j:>12}")
print(hash(1 + 0j) == hash(1))
