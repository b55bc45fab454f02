from _h import t
print(float(), float(3), float('1.5'), float(' -2e3 '), float('inf'), float('-Infinity'), float('nan'), float('1_000.5'), float(True), float('.5'), float('5.'))
print(float('0x1p3') if False else 'skip', float(10**20), float(' \t1\n'), float('+1.0'), float('1e-400'), float('1e400'))
for s in ['', ' ', 'abc', '1_', '_1', '1__0', '0x10', '1.5.5', 'inf inf', 'nanx', '1e', '١٢']:
    t(float, s)
t(float, None)
t(float, [])
t(float, 10**400)
class F:
    def __float__(self): return 4.5
class I:
    def __index__(self): return 3
class Bad:
    def __float__(self): return 'x'
print(float(F()), float(I()))
t(float, Bad())
print(float(b'2.5'), float(bytearray(b'3')))
class Sub(float): pass
x = Sub(2.5); print(x, type(x).__name__, type(float(x)).__name__)
t(float, x=1)
print(float('١٢٣'), float('\u0660.5'))
