from _h import t
s = 'abcabcabc'
for args in [('abc',), ('abc', 1), ('abc', 1, 6), ('abc', -3), ('abc', -100, -6), ('c', 3, 3), ('', 9), ('', 10), ('', -1), ('bca', 2, 4), ('x',)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
class Idx:
    def __index__(self): return 3
print(s.find('a', Idx()), s.index('a', Idx()), s.count('a', Idx(), None))
t(s.find, 'a', 1.5)
t(s.find, 'a', '1')
t(s.index, 'a', 1, 2)
t(s.rindex, 'a', 7)
print('日本日本'.find('本'), '日本日本'.rfind('本'), '\U0001F600x\U0001F600'.rfind('\U0001F600'), 'aaa'.rfind('aa'), 'x' * 100 + 'y' in 'x' * 200 + 'y')
print('abc'.startswith(('ab', 'x')), 'abc'.startswith('b', 1), 'abc'.startswith('b', 1, 1), 'abc'.startswith('', 3), 'abc'.startswith('', 4), 'abc'.endswith('', 3, 2), 'abc'.endswith(('c',), -1))
t('abc'.startswith, ('a', 1))
t('abc'.startswith)
