class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        print('eq', self.k, getattr(o, 'k', o))
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k) % 3
    def __repr__(self): return f'Key({self.k})'
d = {Key(1): 'one'}
print(d[Key(1)])
print(Key(4) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class Always:
    def __eq__(self, o): return True
    def __hash__(self): return 1
a = Always()
print([1, 2, 3].index(a), [1, 2].count(a), a in [5], (a,) == (7,))
l = [3, a]
l.remove(a) if False else l.remove(3)
print(len(l))
class Never:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = Never()
print(n in [n], [n] == [n], n == n, {n: 1}[n] if n in {n: 1} else 'missing')
nan = float('nan')
print(nan in [nan], [nan].count(nan), [nan].index(nan), {nan: 1}.get(nan))
