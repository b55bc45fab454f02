from _h import t
tp = (3, 1, 4, 1, 5, 9, 2, 6)
print(tp[2:5], tp[::-2], tp[-1], tp.count(1), tp.index(1), tp.index(1, 2), tp.index(5, -4), sorted(tp), tp + (), tp * 0, () * 5)
t(tp.index, 1, 4)
t(tp.index, 7)
t(tp.count)
t(lambda: tp * 'x')
t(lambda: tp + 'x')
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), ('a', 1) < ('b', 0), (1,) == [1], (1, 2) != (1, 2), () == (), hash((1, 'a', 2.0)) == hash((1, 'a', 2.0)))
t(lambda: (1, 'a') < (1, 2))
t(lambda: (1,) < [1])
print(repr((1,)), repr(((1,),)), repr(('a', "b'c")), str((1.5, None)), (1, 2).__len__(), (1, 2).__getitem__(slice(0, 1)), tuple.__add__((1,), (2,)))
x = (1, [2]); x[1].append(3); print(x)
t(lambda: x.__setitem__(0, 1))
try:
    x[1] += [4]
except TypeError as e:
    print(type(e).__name__, e, x)
print(tuple.count((1, 1), 1), tuple.index(('a', 'b'), 'b'), tuple.__contains__((1,), 1), tuple.__mul__((0,), 3))
