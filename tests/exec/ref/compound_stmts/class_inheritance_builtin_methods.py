class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.history = []
    def append(self, v):
        self.history.append(('append', v))
        super().append(v)
ml = MyList([1])
ml.append(2)
ml.extend([3])
ml += [4]
print(ml, ml.history, len(ml), ml[1:], type(ml[1:]).__name__)
class MyDict(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.reads = 0
    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)
md = MyDict(a=1, b=2)
print(md['a'], md.get('b'), md.reads, list(md), md)
class UpperStr(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
    def __add__(self, o):
        return UpperStr(str(self) + o)
u = UpperStr('ab')
print(u, u + 'cd', type(u + 'cd').__name__, u.lower(), type(u.lower()).__name__)
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self): return f'Point({self.x}, {self.y})'
p = Point(1, 2)
print(p, p.x + p.y, p == (1, 2), hasattr(p, '__dict__'))
