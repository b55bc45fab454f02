print(0, 00, 0_0, 7, 1_000_000)
print(0x1F, 0XfF, 0x_ff, 0o17, 0O7_7, 0b101, 0B1_0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFF, 0o777777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111111)
print(-0x8000000000000000, 0x7FFFFFFFFFFFFFFF + 1)
print(type(0), type(10**30))
print(1 .real, 5 .bit_length(), (255).to_bytes(2, 'big'))
print(0x10 == 16, 0o10 == 8, 0b10 == 2)
print(int('1_000'), int('0x1f', 16), int('0x1f', 0), int('0o17', 0), int('0b11', 0), int(' 42 '))
for s in ['1__0', '_1', '0x', '012', '1_']:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
print(int('z', 36), int('Z', 36), int('-10', 2))
try:
    int('1', 1)
except ValueError as e:
    print(e)
print(2**64, -2**63, 2**100 - 1)
print(True + 1, False * 3, int(True))
print(hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(format(10**20, ','), format(10**20, '_x'))
