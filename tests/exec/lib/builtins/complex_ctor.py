from _h import t
print(complex(), complex(1), complex(1, 2), complex(1.5, -2), complex('1+2j'), complex(' 3-4j '), complex('j'), complex('-j'), complex('1e3j'))
print(complex('(1+2j)'), complex('inf'), complex('nan+nanj'), complex(real=1, imag=2), complex(True))
t(complex, '1 + 2j')
t(complex, 'abc')
t(complex, '1', 2)
t(complex, None)
t(complex, [])
t(complex, '')
class C:
    def __complex__(self): return 3j
print(complex(C()))
class F:
    def __float__(self): return 2.5
print(complex(F()))
class I:
    def __index__(self): return 7
print(complex(I()))
class Bad:
    def __complex__(self): return 1
t(complex, Bad())
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z), repr(z), str(-0j), repr(complex(-0.0, -0.0)), repr(complex(0, -0.0)))
print(repr(1e20j), repr(complex(1, 1e-5)), repr(complex(float('inf'), 1)))
