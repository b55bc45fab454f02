from _h import t
for n in [0, 1, 5, -5, 2**31, -(2**31), 2**63 - 1, -(2**63), 2**100 + 7]:
    print(n, n.bit_length(), n.bit_count(), n.to_bytes((n.bit_length() + 8) // 8, 'big', signed=True), int.from_bytes(n.to_bytes((n.bit_length() + 8) // 8, 'little', signed=True), 'little', signed=True) == n)
print((0).to_bytes(), (255).to_bytes(1), (1).to_bytes(4, byteorder='little'), (256).to_bytes(length=2), int.from_bytes(b'\x00\x01', byteorder='big'))
t((1).to_bytes, 1, 'big', True)
t(int.from_bytes, b'\x01', 'little', True)
t(int.from_bytes, 5, 'big')
t(int.from_bytes, [256], 'big')
print(int.from_bytes(bytearray(b'\x02'), 'big'), int.from_bytes(memoryview(b'\x03'), 'big'), int.from_bytes(iter([1, 0]), 'little'), int.from_bytes((255, 255), signed=True))
print((12).as_integer_ratio(), (-12).is_integer(), True.as_integer_ratio(), (7).conjugate(), (2**70).numerator, int.is_integer(5))
print((10).__divmod__(3), (10).__rdivmod__(3), (10).__lshift__(2), (10).__rshift__(1), (10).__and__(6), (10).__or__(5), (10).__xor__(3), (10).__abs__(), (10).__float__(), (10).__int__(), (10).__index__())
print((10).__sizeof__() > 0, (5).__getnewargs__(), (5).__format__('03'), (5).__ceil__(), (5).__floor__(), (5).__round__(1))
