from _h import t
for n in [0, 1, -1, 255, -256, 2**64, -(2**64) + 1, 10**30]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(True.bit_length(), (5).__index__(), int.__index__(7), (-5).__abs__(), (3).__neg__(), (3).__pos__(), (3).__invert__())
print(type(True.as_integer_ratio()[0]).__name__, (12).__round__(-1), (15).__round__(-1), (25).__round__(-1), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes([1, 2]), int.from_bytes(b''), int.from_bytes(b'\x80\x00', signed=True))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (0).to_bytes(0, 'big'), (127).to_bytes(1, signed=True), (2**64).to_bytes(9))
t((256).to_bytes, 1, 'big')
t((-1).to_bytes, 1, 'big')
t((128).to_bytes, 1, 'big', signed=True)
t((1).to_bytes, 1, 'middle')
t((1).to_bytes, -1, 'big')
t(int.from_bytes, 'ab', 'big')
t(int.from_bytes, b'a', 'bogus')
print((-128).to_bytes(1, 'big', signed=True), int.from_bytes(bytes(range(10)), 'little'))
class I(int): pass
print(type(I.from_bytes(b'\x05', 'big')).__name__, I.from_bytes(b'\x05'))
