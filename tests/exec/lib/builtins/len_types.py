from _h import t
objs = ['', 'abc', b'', b'ab', bytearray(b'x'), [], [1], (), (1, 2), {}, {1: 2}, set(), {1, 2, 3}, frozenset([1]), range(5), range(0, 10, 3), {}.keys(), {1: 1}.values(), {1: 1, 2: 2}.items(), memoryview(b'abcd')]
for o in objs:
    print(type(o).__name__, len(o), o.__len__())
for o in [1, 1.0, 1j, None, True, iter([]), (x for x in []), len, object()]:
    t(len, o)
