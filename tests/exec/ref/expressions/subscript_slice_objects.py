class Rec:
    def __getitem__(self, k): return k
r = Rec()
print(r[1:2], r[:], r[::], r[1:], r[:2:], r[::-1], r[1:2, 3], r[:, :], r[()], r[(1,)], r[1,])
s = slice(1, 10, 3)
print(s.start, s.stop, s.step, s == slice(1, 10, 3), hash(slice(1, 2)) == hash(slice(1, 2)) if True else 0)
print(list(range(20))[s], 'abcdefghijk'[s], s.indices(7))
print(slice(None).indices(3), slice(-100, 100).indices(5), slice(5, -5, -1).indices(10))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(slice(1, None, None)), str(slice('a', 'b')))
