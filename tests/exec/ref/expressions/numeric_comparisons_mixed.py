print(1 == 1.0 == 1 + 0j, 1 < 1.5 < 2, 2**64 > 1.8e19, 2**64 == 2.0**64)
print(10**16 + 1 == 1e16 + 1, 10**16 + 1 > 1e16, float(10**16 + 1) == 10**16)
print(True == 1, False == 0, True > False, True < 2, 1 == True == 1.0)
print(0.0 == -0.0, -0.0 < 0.0, float('inf') > 10**400, float('-inf') < -10**400)
print(1 < float('nan'), 1 > float('nan'), float('nan') != float('nan'))
print(sorted([3, 1.5, True, 2**70, -1, 0.0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
try:
    1j < 1
except TypeError as e:
    print(type(e).__name__, e)
print(1j == 1j + 0, 1 + 0j == True)
print([1, 2.0] == [1.0, 2], (1, 'a') == (1.0, 'a'), {1: 'a'} == {1.0: 'a'}, {1} == {1.0})
print(2**1000 > 1e300, 2**1100 > 1e308, -(2**1100) < -1e308, 2**1100 == float('inf'))
