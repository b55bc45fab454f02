from _h import t
for s in ['1', '1.5', '-2j', '+3J', '1+1j', '1-1j', '-1.5e2+2.5e-1j', 'inf+infj', '-nanj', '(2)', ' ( 3+4j ) ', '1_0+2_0j', '1e1000', 'infj', '1+j', '1-j', '0x1', '1+2', '(1+2j', '1+2j)', '1 j', '++1', 'j1', 'jj']:
    t(complex, s)
print(complex(1.5, 2), complex(-0.0, -0.0), complex(0.0, -0.0), complex(2**60, 1))
t(complex, 10**400)
t(complex, 1, 10**400)
t(complex, 'x', 1)
t(complex, 1, 'x')
t(complex, real='1')
class C(complex): pass
c = C(1, 2); print(c, type(c).__name__, type(c + 1).__name__, type(complex(c)).__name__)
print(complex.__name__, (1 + 2j).real.__class__.__name__, hash(2 + 0j) == hash(2), (3 + 0j) == 3, (3 + 1j) != 3)
