s = 'abc'
print(s + 'def', s * 2, 2 * s, s * 0, s * -1, 'x' + str(1) + repr('q'))
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + s
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] + [3], [0] * 3, (1,) * 2, [[]] * 2, b'ab' * 2, b'a' + b'b')
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + b'b'
except TypeError as e:
    print(type(e).__name__, e)
print('a' < 'b', 'abc' < 'abd', 'Z' < 'a', 'é' > 'z', ''.join(sorted('hello')))
print(s[::-1] == 'cba', s.upper() + s.title(), s in 'xabcx', ord('a') + 1, chr(ord('a') + 1))
try:
    -'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
