from _h import t
print(set(range(3)) | set('a') == {0, 1, 2, 'a'}, set(x % 3 for x in range(9)), set({1: 'a', 2: 'b'}.values()) == {'a', 'b'}, set(b'aab'), set([(1, 2), (1, 2)]))
s = set(); s.__init__([1, 2]); print(s)
s.__init__(); print(s)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
    def __hash__(self): return 1
    def __repr__(self): return f'Eq({self.v})'
print(len(set([Eq(1), Eq(1), Eq(2)])))
class BadHash:
    def __hash__(self): raise ValueError('nohash')
t(set, [BadHash()])
class S(set):
    def __init__(self, it, tag): super().__init__(it); self.tag = tag
x = S([1], 't'); print(x, x.tag, type(x - {1}).__name__)
t(S, [1])
print(set.__name__, {1, 2}.__class__, set.__hash__)
