from _h import t
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())), list(reversed({'a': 1}.values())))
r = reversed([1, 2])
print(type(r).__name__, next(r), r.__length_hint__())
t(reversed, {1, 2})
t(reversed, 5)
t(reversed, iter([1]))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(S())))
class R:
    def __reversed__(self): return iter('zyx')
print(list(reversed(R())))
class NR:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(reversed, NR())
print(type(reversed(range(3))).__name__, type(reversed('ab')).__name__, type(reversed({})).__name__)
l = [1, 2, 3]
it = reversed(l)
l.pop()
print(list(it))
print(list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
