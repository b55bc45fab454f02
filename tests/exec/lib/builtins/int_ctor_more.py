from _h import t
class IntLike:
    def __int__(self): return 5
    def __index__(self): return 6
print(int(IntLike()))
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()))
class SubInt(int): pass
class RetSub:
    def __int__(self): return SubInt(3)
r = int(RetSub()); print(r, type(r).__name__)
print(int(SubInt(4)), type(int(SubInt(4))).__name__, SubInt('12', 3), SubInt(), SubInt(2.9))
print(int('  +0b1010  ', 0), int('0B1', 0), int('0O7', 0), int('0XaBc', 0), int('-0_0', 0) if False else '', int(' 12_34 '), int('١_٢'))
print(int(1e300) % 1000, int(-1.5e18), int(2.0**64), int(float(2**63)), int(0.9999999999999999), int(-0.0))
t(int, '0_x1', 0)
t(int, '0x_', 0)
t(int, '12', '10')
t(int, base=10)
print(int(), int(0), int(base=10, x='7') if False else int('7', base=10))
t(int, '9' * 5000)
t(int, b'1.5')
t(int, bytearray(b'z'), 36) if False else print(int(bytearray(b'z'), 36))
