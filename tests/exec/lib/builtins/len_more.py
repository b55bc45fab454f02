from _h import t
print(len('\U0001F600'), len('e\u0301'), len(b'\xff\xfe'), len(range(1, 10, 2)), len(range(10, 1, -3)), len(range(5, 5)), len(range(-10, -20)))
print(len([[]] * 5), len({1: 1, 1.0: 2}), len({x % 3 for x in range(10)}), len('a' * 1000), len(tuple(range(7))), len(dict.fromkeys('hello')))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(True)), len(L(0)), len(L(2**31 - 1)))
t(len, L(2**63))
t(len, L(-(2**70)))
t(len, L(None))
t(len, L(1.0))
class NoLen:
    pass
t(len, NoLen())
t(len, NoLen)
class LenOnClass:
    __len__ = lambda self: 7
print(len(LenOnClass()))
o = NoLen(); o.__len__ = lambda: 3
t(len, o)
