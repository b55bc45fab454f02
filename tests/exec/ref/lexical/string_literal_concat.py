s = ('a' 'b'
     "c" r'\d'
     '''e''')
print(s, len(s))
print('x' f'{1 + 1}' 'y' rf'\{2}')
b = (b'one' b'two'
     rb'\three')
print(b)
long = ('Lorem ipsum dolor sit amet, '
        'consectetur adipiscing elit, '
        'sed do eiusmod.')
print(long)
print(len('\
'), repr('abc\
def'))
v = 5
print(f'{v}' f'{v}' '{v}')
print('%s' '%s' % ('a', 'b'))
