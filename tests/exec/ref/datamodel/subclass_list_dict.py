class L(list):
    def __getitem__(self, i): return ('L', list.__getitem__(self, i))
    def append(self, v): super().append(v * 10)
l = L([1, 2, 3])
print(l[0], l, len(l), type(l).__name__, l + [4], type(l + [4]).__name__)
l.append(5)
print(l, list(l), [x for x in l], l.count(50))
l.name = 'named'
print(l.name, l.__dict__)
class D(dict):
    def __missing__(self, k): return f'missing:{k}'
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d, d)
class DD(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
    def __getitem__(self, k): return super().__getitem__(k) + 1
dd = DD()
dd['x'] = 5
print(dd, dd['x'], dd.get('x'))
dd.update(y=1)
print(dd, DD(z=3), dict(dd))
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counter()
c['a'] += 1; c['a'] += 1; c['b'] += 1
print(c)
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
t = T(1, 2)
print(t, t.first, len(t), t + (3,), type(t + (3,)).__name__, t == (1, 2), isinstance(t, tuple))
a, b = t
print(a, b, T.__mro__[1].__name__)
class Stack(list):
    def push(self, v): self.append(v)
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s, repr(s), str(s))
class Eq(list):
    def __eq__(self, o): return 'eq'
print(Eq() == [], [] == Eq())
class ST(set): pass
print(ST([1, 2]) | {3}, type(ST([1]) | {3}).__name__, type(ST([1]).copy()).__name__)
