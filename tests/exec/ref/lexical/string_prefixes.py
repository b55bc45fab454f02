print(u'unicode', U'x', repr(u'\n'))
print(type(u''), u'a' == 'a')
x = 5
print(f'{x}', F'{x}', rf'{x}\n', fr'\n{x}', RF'{x}', FR'{x}')
print(rb'\x', br'\x', Rb'\x', bR'\x')
print(repr(b'x'), repr(rb'x'))
print(f'{x!r}' f'{x!s}' 'plain' f"{x}")
print('a' f'{x}' 'b')
print(type(f''), f'' == '')
