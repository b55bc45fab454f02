from _h import t
e = ()
print(tuple([]), tuple(e) is e, tuple(iter([1, 2])), tuple(range(5))[::2], tuple('héllo'), tuple({'b': 1, 'a': 2}), tuple(x for x in range(0)))
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
x = T(1, 2); print(x, type(x).__name__, len(x), x[0], x + (3,), type(x + (3,)).__name__)
class P(tuple):
    @property
    def first(self): return self[0]
print(P([9, 8]).first)
t(tuple, None)
t(tuple, 5.5)
def g():
    yield 1
    raise ValueError('gen err')
t(tuple, g())
print(tuple.__new__(tuple), tuple.__new__(tuple, [1]), tuple.__name__)
t(tuple.__new__, list)
