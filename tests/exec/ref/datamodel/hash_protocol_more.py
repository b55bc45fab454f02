class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, {P(0, 0): 'origin'}[P(0, 0)])
class Mutable:
    def __init__(self): self.v = 0
    def __hash__(self): return self.v
m = Mutable()
d = {m: 'found'}
print(d[m])
m.v = 1
print(m in d, d.get(m, 'lost after hash change'))
print(hash(True) == hash(1), hash('') == hash(''), hash(()) == hash(()), hash(None) == hash(None))
print(type(hash(object())).__name__, hash(-1) == hash(-2))
