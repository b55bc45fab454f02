vals = [None, False, True, 0, 1, -1, 0.0, -0.0, 0.1, 0j, 1j, '', 'a', ' ', b'', b'\x00', (), (0,), [], [[]], {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), float('nan'), Ellipsis, NotImplemented if False else 1]
for v in vals:
    print(repr(v), bool(v), not v, 'T' if v else 'F')
class Z:
    def __len__(self): return 0
print(bool(Z()), not Z())
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'x', [] and 'y', None or 0, (0 or None) is None)
print(0 == False, 1 == True, 2 == True, '' == False)
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3, (x > 1) == True)
