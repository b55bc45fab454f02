class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def next(self): return self.nxt
    def __repr__(self): return f'Node({self.v})'
n = Node(1, Node(2, Node(3)))
print(n.nxt.nxt.v, n.next().next(), n.nxt.next().v)
class Builder:
    def __init__(self): self.parts = []
    def add(self, p):
        self.parts.append(p)
        return self
    def build(self): return '-'.join(self.parts)
print(Builder().add('a').add('b').add('c').build())
fns = {'double': lambda x: x * 2, 'neg': lambda x: -x}
print(fns['double'](fns['neg'](5)))
print([lambda: 1, lambda: 2][1](), (lambda: lambda: 'deep')()())
print('a,b;c'.split(';')[0].split(',')[-1].upper())
print(getattr(getattr(n, 'nxt'), 'v'), type(n).__name__.lower())
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1], m[0][::-1][0])
print(str(123)[::-1][0], len(str(2**100)))
class Meta:
    @staticmethod
    def make(): return Meta
    @classmethod
    def me(cls): return cls
print(Meta.make().me().make() is Meta)
