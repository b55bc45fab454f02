def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(3) > v(2) != v(5))
print(1 < 2 == 2 < 3, 1 == 1.0 == True, 'a' < 'b' < 'c')
x = 5
print(0 < x < 10, 0 < x > 3, x == 5 != 6, 1 < x <= 5 < 6)
print(1 in [1] in [[1]], (1 in [1]) in [True])
print(None is None is not False)
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, 2) < (1, 3), [1, [2]] < [1, [3]])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} > {1}, {1} <= {1}, {1} >= {2})
try:
    {1: 1} < {2: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, 'a'] == [1, 2], 1 == '1', 1 != None)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 == 1.0, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3)
print(1 < 1.5 < 2, -1 < -0.5, 10**30 > 1e29, 10**400 > 1e308, -10**400 < float('-inf'))
print('abc' == 'abc', 'a' * 3 is not None, b'a' == 'a', (1,) == [1])
print(range(3) == range(3), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
def r(n): return n
print(r(1) == r(1) == r(2), r(0) or r(3) < r(4))
