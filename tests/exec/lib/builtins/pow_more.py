from _h import t
for b, e, m in [(2, 100, 10**9 + 7), (-2, 101, 17), (7, 0, 13), (0, 5, 3), (5, 3, -7), (-5, 3, -7), (3, -1, 11), (2, -3, 15), (10**20, 10**20, 10**9), (1, -1, 1), (3, 10**30, 2**64)]:
    print(b, e, m, pow(b, e, m))
t(pow, 2, -1, 6)
t(pow, 4, -1, 8)
t(pow, 2, 3, 1.0)
t(pow, 2, 3, 'a')
t(pow, 1.0, 2, 3)
print(pow(2, 3, True) if False else '', pow(True, 5), pow(2, True), pow(-1, -1), pow(-2, -2), pow(4, 0.5), pow(8, 1/3), pow(1, 10**100), pow(-1, 10**100 + 1))
print(2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 2 ** -1, (-8) ** 2, 10 ** 20, 10 ** -20, 0 ** 0, 0.0 ** 0.0)
t(lambda: 0 ** -1)
t(lambda: 0 ** -1.0)
t(lambda: 10 ** 10 ** 10 if False else (-1.0) ** 0.5 + 0)
print(type(pow(2, 2)).__name__, type(pow(2, -2)).__name__, type(pow(2.0, 2)).__name__, type(pow(-1, 0.5)).__name__, type(pow(2, 2, 3)).__name__)
