import sys
print('stdout before error')
print('stderr before error', file=sys.stderr)
x = {'a': [1, 2]}
print(x['a'][5])
