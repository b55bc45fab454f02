import sys
print('a', 'b', 'c', sep='\n')
print('a', 'b', sep='\t', end='\t|\n')
print('x', sep='ignored')
print(sep='-', end='end\n')
print(1, 2, sep='', end='')
print(3)
print('', '', sep='|')
print(None, None, sep=None)
class S(str): pass
print('a', 'b', sep=S('~'), end=S('!\n'))
try:
    print('a', sep=b'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('a', end=[])
except TypeError as e:
    print(type(e).__name__, e)
print('stderr sep', 'x', sep='+', file=sys.stderr)
print(*range(5), sep=', ')
