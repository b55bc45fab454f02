from _h import t
r = range(-10, 10, 3)
print(list(r), len(r), r[3], r[-2], r[2:5], r[::-2], r[10:], r[-100:100], r[5:1:-1], list(r[5:1:-1]))
print(range(5)[True], range(10)[::3], list(range(10)[::3]), range(0, 10, 2)[1::2], range(100)[10:20][3], range(2**70)[2**69])
print(-10 in r, -7 in r, -8 in r, 9 in r, 8 in r, 1.0 in range(3), 1.5 in range(3), True in range(1, 2), None in range(3))
class E:
    def __eq__(self, o): return o == 2
print(E() in range(5), E() in range(0))
print(list(range(3, -3, -1)), range(1, 2, 3)[0], range(0, -1), range(5).count(True), range(5).index(True))
print(range(3) == range(0, 3, 1), range(0, 10, 100) == range(0, 1), range(3) == range(3, 0, -1), range(3) < range(4) if False else '')
t(lambda: range(3) < range(4))
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(range, 2**1000, 2**1000 + 1, 0)
print(range(0, 2**64, 2**32)[-1], repr(range(-2**70, 0, 2**68)))
t(len, range(-2**64, 2**64))
print(range(-2**64, 2**64)[0], range(-2**64, 2**64).__len__ if False else '')
