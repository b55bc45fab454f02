from _h import t
s = ' a  b   c '
for n in [-1, 0, 1, 2, 5]:
    print(n, s.split(None, n), s.rsplit(None, n), s.split(' ', n), s.rsplit(' ', n))
print('a||b||'.split('||'), 'a||b||'.rsplit('||', 1), 'aaaa'.split('aa'), 'aaaaa'.rsplit('aa'), 'abc'.split('abc'), 'abcabc'.rsplit('abc', 1))
print('\u3000a\u2000b\u00a0c'.split(), 'a\x1fb\x1ec'.split(), 'x\u200by'.split(), '\u180ex'.split())
t('a b'.split, ' ', 'x')
t('a b'.split, maxsplit='1')
t('a b'.rsplit, sep=5)
print('a,b,c'.split(',', maxsplit=-5), ''.rsplit('x'), ''.rsplit(), 'a'.rsplit('a'))
class S(str): pass
print([type(p).__name__ for p in S('a b').split()], [type(p).__name__ for p in S('ab').split(',')])
