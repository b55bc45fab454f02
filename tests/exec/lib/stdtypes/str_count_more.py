from _h import t
s = 'mississippi'
print(s.count('s'), s.count('ss'), s.count('issi'), s.count('i', 1), s.count('i', 1, 5), s.count('', 2, 5), s.count('', 20), s.count('p', -3), s.count('x'), ''.count('a'))
print('aaaaa'.count('aa'), 'ababab'.count('aba'), '日日日'.count('日'), '\U0001F600' * 3 .count('\U0001F600') if False else ('\U0001F600' * 3).count('\U0001F600'))
t(s.count, 'i', 'x')
t(s.count, None)
t(s.count, 'i', 0, 1, 2)
print(s.count('i', None, None), s.count('i', -100, 100), s.count('s', 2**70))
