from _h import t
t1 = str.maketrans({'a': '1', 'b': None, 99: 'C', 'd': 100})
print(sorted(t1.items()), 'abcd'.translate(t1))
t2 = str.maketrans('αβ', 'ab'); print(sorted(t2.items()), 'αβγ'.translate(t2))
t3 = str.maketrans('', '', 'aeiou'); print(sorted(t3.items()), 'education'.translate(t3))
t(str.maketrans, 'ab', 'cd', 5)
t(str.maketrans, 1, 2)
t(str.maketrans, {'': 1})
t(str.maketrans, 'a', 'b', 'c', 'd')
print('hello'.translate({}), 'hello'.translate({104: 'H', 111: '0'}), 'abc'.translate({97: 'xyz'}), 'abc'.translate({97: ''}))
print(str.maketrans('a', 'b') == {97: 98}, type(str.maketrans({})).__name__, ''.maketrans('x', 'y'))
class M(dict):
    def __missing__(self, k): return None if k == 98 else k
print('abc'.translate(M()))
t('abc'.translate, {97: b'x'})
t('abc'.translate, {97: [1]})
print('a\U0001F600b'.translate({0x1F600: '!'}), 'ab'.translate({97: 0x1F600}))
