from _h import t
for x in [0.0, -0.0, 1.0, 0.5, 3.14, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('-inf'), float('nan'), 1/3, 1e16]:
    print(x.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x.8', '0x1.fffffffffffffp+1023', 'inf', '-infinity', 'nan', '  0x10  ', '0X1P4', '1', '0x1.1', '0x1p-1080', 'ff', '0xF.8']:
    t(float.fromhex, s)
t(float.fromhex, '0x1p2000')
t(float.fromhex, 'xyz')
t(float.fromhex, '')
t(float.fromhex, '0x1.p')
print(float.fromhex((0.1).hex()) == 0.1)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
