from _h import t
for s in ['a=b=c', '=abc', 'abc=', '==', 'abc', '']:
    print(repr(s), s.partition('='), s.rpartition('='), s.partition('=='), s.rpartition('abc'))
t('a'.partition)
t('a'.partition, None)
t('a'.rpartition, '')
class S(str): pass
r = S('a,b').partition(','); print([type(x).__name__ for x in r])
r = 'a,b'.partition(S(',')); print(r)
print('日本語'.partition('本'), 'x\U0001F600y'.rpartition('\U0001F600'))
