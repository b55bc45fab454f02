from _h import t
for a in [-7, 7, -7.5, 7.5]:
    for b in [3, -3, 0.5, -0.5]:
        print(a, b, divmod(a, b), a // b, a % b)
print(divmod(2**100, 2**50 + 1), divmod(-(2**100), 7), divmod(10**30, -10**15 - 3))
print(divmod(0.0, 1), divmod(-0.0, -1), divmod(1e308, 1e-308) if False else '', divmod(float('nan'), 1), divmod(1, float('nan')))
t(divmod, float('inf'), 0)
t(divmod, [], 1)
t(divmod, 1, 'a')
t(divmod, None, None)
print(divmod(True, True), divmod(-1, 2**64), divmod(2**64, -1))
