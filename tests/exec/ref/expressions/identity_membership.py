a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c, None is None, True is True)
print(type(None) is type(None), int is int, (1).__class__ is int)
x = ()
y = ()
print(x is y, '' == '', [] is not [])
print(1 in [1, 2], 'b' in 'abc', 'bc' in 'abc', 'ac' in 'abc', 1 in (1,), 2 in {1: 2}, 2 in {2}, b'a' in b'abc')
print(3 not in range(3), 2 in range(0, 10, 2), 3 in range(0, 10, 2), -1 in range(-5, 0))
print([1] in [[1]], (1, 2) in [(1, 2)], None in [None], [] in [[]])
print(1.0 in [1], True in [1], 1 in [True], 0 in [False], 0 in [0.0])
print(10**20 in range(10**21), 2.5 in range(10))
print('' in '', 'a' in '', '' in 'abc')
try:
    None in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' in b'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
d = {'k': 'v'}
print('k' in d, 'v' in d, 'v' in d.values(), ('k', 'v') in d.items(), 'k' in d.keys())
print(300 in iter([300]), 5 in (i for i in range(10)))
it = iter(range(10))
print(5 in it, next(it), 3 in it)
