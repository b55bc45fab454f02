from _h import t
print(''.join(['a', 'b']), ', '.join(('x',)), '|'.join(iter('abc')), ''.join(map(str, range(5))), '日'.join('本本'), '-'.join({'a': 1, 'b': 2}))
class S(str): pass
r = ''.join([S('x')]); print(type(r).__name__)
r = ''.join([S('x'), 'y']); print(type(r).__name__)
t(''.join, ['a', b'b'])
t(''.join, [['a']])
t(''.join)
t(''.join, 'a', 'b')
t(' '.join, [S('a'), 1])
def gen():
    yield 'a'
    raise ValueError('gen err')
t(''.join, gen())
print('x'.join(['a'] * 5), len(','.join(['abc'] * 1000)))
