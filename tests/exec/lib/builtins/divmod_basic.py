from _h import t
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-(10**20), 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1e300, 1e-300), (-0.0, 1.0), (0.0, -1.0), (5, 0.5)]:
    print(a, b, divmod(a, b))
print(divmod(float('inf'), 1.0), divmod(1.0, float('inf')), divmod(-1.0, float('inf')))
print(divmod(True, 2), divmod(7, True))
t(divmod, 1, 0)
t(divmod, 1.0, 0)
t(divmod, 1, 0.0)
t(divmod, 1j, 1)
t(divmod, 'a', 1)
t(divmod, 1)
class N:
    def __divmod__(self, o): return ('d', o)
    def __rdivmod__(self, o): return ('r', o)
print(divmod(N(), 3), divmod(3, N()))
