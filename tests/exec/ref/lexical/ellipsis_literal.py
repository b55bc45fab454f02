print(..., type(...).__name__, ... is Ellipsis, Ellipsis is ..., repr(...), str(...))
x = [1, 2, 3]
class S:
    def __getitem__(self, k): return k
print(S()[...], S()[..., 1], S()[1:..., ...])
def f(a=...): return a
print(f(), f(1))
print(bool(...), ... == ..., hash(...) == hash(Ellipsis))
try:
    ... + 1
except TypeError as e:
    print(type(e).__name__, e)
print([..., ...], {...: 'e'})
