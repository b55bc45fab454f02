class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n: return i * 10
        raise IndexError(i)
s = Seq(3)
print(list(s), list(reversed(s)), len(s), s[1], 20 in s, sorted(s, reverse=True))
class NoRev:
    def __iter__(self): return iter([1])
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(3))), list(reversed('abc')), list(reversed({'a': 1, 'b': 2})))
print(list(enumerate(Seq(2))), list(zip(Seq(2), 'ab')), max(Seq(4)), sum(Seq(3)))
print(list(map(str, Seq(2))), list(filter(None, Seq(3))))
a, b = Seq(2)
print(a, b)
print([*Seq(2)], {*Seq(2)} == {0, 10}, dict.fromkeys(Seq(2)))
