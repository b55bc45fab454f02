from _h import t
print(int(), int(3.9), int(-3.9), int('42'), int(' -7 '), int('1_000'), int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('z', 36), int('ff', 16), int('0xff', 16), int('-0b1', 2))
print(int('0', 0), int('00', 0), int('0_0', 0), int(True), int(1e20), int('١٢٣'), int(b'12'), int(bytearray(b'-3')), int('+5'))
for args in [('',), ('1.5',), ('0x',), ('0x1f',), ('08', 0), ('1__0',), ('_1',), ('1_',), ('12', 1), ('12', 37), ('9', 8), ('0b2', 0), ('0o', 0), (' ',)]:
    t(int, *args)
t(int, float('inf'))
t(int, float('nan'))
t(int, None)
t(int, [])
t(int, 5, 10)
t(int, 1.5, 10)
class T:
    def __trunc__(self): return 7
t(int, T())
class I:
    def __index__(self): return 11
class N:
    def __int__(self): return 12
print(int(I()), int(N()))
class Bad:
    def __int__(self): return 'x'
t(int, Bad())
print(int('z', base=36), int(x='5') if False else int('5', base=10))
t(int, x='5')
print(int('  0x_ff  ', 0) if False else int('0x_ff', 0), int('10', base=0), int('ß'.upper() == 'SS'))
