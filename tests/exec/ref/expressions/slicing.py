s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::100], s[3:3])
t = 'abcdefg'
print(t[1:4], t[::-1], t[-2:], t[::2], t[10:], t[:0])
print((1, 2, 3)[1:], b'bytes'[1:3], range(10)[2:8:2], range(10)[::-1])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
s2 = s[:]
s2[2:5] = ['a']
print(s2)
s2[:0] = [-1, -2]
print(s2)
s2[::2] = ['E'] * len(s2[::2])
print(s2)
try:
    s2[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
del s2[1::2]
print(s2)
s3 = list(range(5))
s3[1:3] = 'xyz'
print(s3)
del s3[:]
print(s3)
sl = slice(1, None, 2)
print(s[sl], t[sl], sl.indices(10), slice(-3, None).indices(5), slice(None, None, -1).indices(3))
print(s[None:None], s[None:3:None], s[True:], s[False:True])
class Idx:
    def __index__(self): return 2
print(s[Idx():], s[:Idx()], t[::Idx()])
try:
    s['a':]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5:]
except TypeError as e:
    print(type(e).__name__, e)
print(s[-1], s[-10])
try:
    (1, 2)[1:2] = (3,)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), repr(slice(None)), slice(1, 2, 3))
m = [[1, 2], [3, 4]]
print(m[1][::-1], [row[0] for row in m])
