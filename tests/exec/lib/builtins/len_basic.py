from _h import t
print(len(''), len('héllo'), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(range(0, 10, 3)), len(b'ab'), len(bytearray(3)), len(memoryview(b'xyz')), len(frozenset()))
class L:
    def __len__(self): return 5
print(len(L()))
for v in [-1, 'x', 2**64, 1.5]:
    class B:
        def __len__(self, v=v): return v
    t(len, B())
t(len, 5)
t(len, None)
t(len, iter([]))
t(len)
print(len(range(-(10**20), 10**20 + 1, 10**19)))
t(len, range(2**64))
class I:
    def __index__(self): return 3
class LI:
    def __len__(self): return I()
t(len, LI())
class BL(int): pass
class LB:
    def __len__(self): return BL(4)
print(len(LB()), len({}.keys()), len({'a': 1}.items()))
