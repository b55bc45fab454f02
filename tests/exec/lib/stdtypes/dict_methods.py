from _h import t
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('x'), d.get('x', 0), d.setdefault('c', 3), d.setdefault('a', 99), d, d.pop('c'), d.pop('zz', 'dflt'), d)
t(d.pop, 'zz')
t(d.__getitem__, 'zz')
t(d.__getitem__, [])
t(d.get)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=0); print(d)
t(d.update, 5)
t(d.update, [1])
t(d.update, {}, {})
print(d.popitem(), d.popitem(), d)
t({}.popitem)
c = d.copy(); c['new'] = 1; print(d, c, c == d)
c.clear(); print(c, len(c))
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
class DD(dict): pass
print(type(DD.fromkeys('a')).__name__)
d = {'k': 1}
del d['k']; print(d)
t(d.__delitem__, 'k')
d = {1: 'a', 2: 'b'}
print(1 in d, 'a' in d, d.__contains__(2), list(d), list(reversed(d)), d.__len__(), d.__getitem__(1))
t(lambda: {[]: 1})
t(lambda: [] in {})
d = {'a': 1}; d['a'] = 2; d['b'] = 3; del d['a']; d['a'] = 4; print(list(d.items()))
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'z', False: 'f'})
