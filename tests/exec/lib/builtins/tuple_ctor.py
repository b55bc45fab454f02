from _h import t
print(tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)), tuple({'a': 1}), tuple(x for x in 'xy'))
x = (1, 2); print(tuple(x) is x)
t(tuple, 5)
t(tuple, 1, 2)
t(tuple, iterable=[1])
class T(tuple): pass
y = T([1]); print(y, type(y).__name__, tuple(y) is y, type(tuple(y)).__name__)
print(repr(()), repr((1,)), repr((1, 2)), tuple[int], tuple() is tuple())
