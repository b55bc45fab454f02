from _h import t
print(bin(0b1010), bin(-0b1), bin(2**100)[:10], len(bin(2**100)), oct(0o777), oct(-8), hex(0xdead_beef), hex(-1), hex(2**64 - 1), hex(255).upper())
print(bin(False), oct(True), hex(True))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(2**70)))
class Sub(int): pass
print(bin(Sub(3)), hex(Sub(-3)))
t(bin, '5')
t(bin, 5.0)
t(bin, [])
t(bin, 1j)
t(oct, Idx(1.5))
print(int('-0b11', 0), int('-0o17', 0), int('-0xFF', 0), eval(bin(7)), eval(oct(9)), eval(hex(31)))
