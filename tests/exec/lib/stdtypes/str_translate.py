from _h import t
tbl = str.maketrans('abc', 'xyz')
print(sorted(tbl.items()), 'aabbcc'.translate(tbl), 'hello'.translate({ord('l'): None}), 'hello'.translate({ord('h'): 'JJ', ord('o'): 111}))
print(sorted(str.maketrans('ab', 'cd', 'e').items()), sorted(str.maketrans({'a': 'b', 98: None}).items()))
t(str.maketrans, '')
t(str.maketrans, 'abc', 'xy')
t(str.maketrans, {'ab': 1})
t(str.maketrans, 5)
t(str.maketrans, 'a')
t(str.maketrans, {1.5: 'a'})
t('abc'.translate, {97: 1.5})
t('abc'.translate, {97: 0x110000})
t('abc'.translate, 5)
class Tbl:
    def __getitem__(self, k):
        if k == 98: raise LookupError
        return k + 1
print('abc'.translate(Tbl()))
print('abc'.translate([None] * 97 + ['A']), 'αβγ'.translate({945: 'a'}), ''.translate({}), 'x'.translate(str.maketrans('x', 'é')))
