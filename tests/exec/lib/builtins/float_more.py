from _h import t
for s in ['1e5', '1E5', '-.5e-3', '1_0.0_1', '0.1_5', 'InFiNiTy', '+nan', '-NaN', '1e309', '-1e309', '1e-324', '2.5e-324', '00.5', '1.e1', '.e1', 'e1', '1_e1', '1e_1', '1.0\x00', '\u00a01.0\u3000']:
    t(float, s)
print(float('-0'), float('-0.0'), float('0e0'), float(-0), repr(float('-nan')))
print(float(2**53 + 1), float(2**1023 * 1.999 if False else 2**1023), float(-(2**63)))
t(float, 2**1024)
t(float, '1' * 400 + '.0') if False else print(float('1' * 400 + '.0'))
class S(str): pass
print(float(S('2.5')), float(memoryview(b'1.25')) if False else '', float(bytearray(b' 7 ')))
t(float, b'\xff')
t(float, 1j)
t(float, '1.0', '2.0')
