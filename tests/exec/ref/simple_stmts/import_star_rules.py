from sys import *
print('getrecursionlimit' in dir(), 'modules' in dir())
def f():
    return 'star import only allowed at module level'
print(f())
try:
    exec('def g():\n    from sys import *\n')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
ns = {}
exec('from builtins import *', ns)
print('len' in ns, 'print' in ns, '_' in ns)
