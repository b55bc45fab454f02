from _h import t
for n in [0, 1, -1, 7, 8, 255, -255, 2**64, -(2**70), True]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
t(bin, 1.5)
t(oct, '7')
t(hex, None)
t(hex)
class BadIdx:
    def __index__(self): return 'x'
t(hex, BadIdx())
print(format(255, '#x'), format(255, 'b'), format(-8, 'o'))
print(int(bin(12345), 0), int(oct(-99), 0), int(hex(2**100), 16) == 2**100)
