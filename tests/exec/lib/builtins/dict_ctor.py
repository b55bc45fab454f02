from _h import t
print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])), dict([['k', 'v']]))
t(dict, [1, 2])
t(dict, [('a', 1, 2)])
t(dict, 5)
t(dict, {}, {})
t(dict, ['ab', 'cd', 'e'])
print(dict(['ab', 'cd']))
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k.upper()
print(dict(M()))
print(dict({'a': 1}, a=2), dict(dict.fromkeys('xy')))
class D(dict): pass
d = D(a=1); print(d, type(d).__name__, isinstance(d, dict))
t(dict, [('a',)])
print(dict(((1, 2), (3, 4))), dict(iter([(5, 6)])))
print(dict(**{'a': 1}, b=2))
