from _h import t
class A:
    x = 1
mp = A.__dict__
print(type(mp).__name__, mp['x'], 'x' in mp, len(mp) > 2, mp.get('x'), mp.get('zz', 0), sorted(k for k in mp.keys() if not k.startswith('__')), list(v for k, v in mp.items() if k == 'x'))
t(lambda: mp.__setitem__('y', 2))
t(lambda: mp.__delitem__('x'))
t(lambda: mp.pop)
t(mp.__getitem__, 'nope')
print(mp.copy()['x'], type(mp.copy()).__name__, dict(mp)['x'], repr(type(mp)))
mp2 = type(mp)({'a': 1})
print(mp2, mp2['a'], list(mp2), mp2 == {'a': 1}, mp2 | {'b': 2}, type(mp2 | {'b': 2}).__name__)
t(type(mp), [1])
t(type(mp), 1)
print(list(reversed(mp2)), iter(mp2).__class__.__name__, str(mp2))
