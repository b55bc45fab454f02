from _h import t
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, {} | {})
c = dict(a); c |= b; print(c)
c |= [('w', 0)]; print(c)
t(lambda: a | [('q', 1)])
t(lambda: a | 1)
def f():
    c = {}
    c |= 5
t(f)
print(a == {'y': 2, 'x': 1}, a != b, list({'b': 1, 'a': 2}), {**a, **b}, dict(a, **b))
t(lambda: a < b)
class M(dict):
    def __missing__(self, k): return 'missing:' + str(k)
m = M(p=1); print(m['p'], m['q'], m.get('q'), 'q' in m)
class DD(dict):
    def __init__(self): super().__init__(); self.calls = 0
    def __getitem__(self, k):
        self.calls += 1
        return super().__getitem__(k)
dd = DD(); dd['a'] = 1; print(dd['a'], dd.get('a'), dd.calls, type(dd | {}).__name__)
print(repr({'a': [1, {'b': (2,)}]}), str({1: 'x'}), {(1, 2): 3}[(1, 2)], {frozenset([1]): 2}[frozenset([1])])
d = {}; d[1] = d; print(d)
print(dict.__or__(a, b), dict.__ror__(a, b) if hasattr(dict, '__ror__') else 'nr')
