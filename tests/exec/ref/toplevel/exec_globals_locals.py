g = {}
exec('x = 1\ny = x + 1', g)
print(g['x'], g['y'], '__builtins__' in g)
l = {}
exec('z = 5', g, l)
print(l, 'z' in g)
exec('def f(): return w', g, l)
g['w'] = 'from globals'
print(l['f']())
code = '''
a = 10
class C:
    b = a + 1
result = C.b
'''
ns = {}
exec(code, ns)
print(ns['result'])
def func():
    exec('local_var = 1')
    return 'local_var' in locals()
print(func())
exec('print("exec print", 1 + 1)')
r = exec('1 + 1')
print(r)
try:
    exec('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec('raise KeyError("from exec")')
except KeyError as e:
    print(type(e).__name__, e)
try:
    exec('x', {}, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec('x', [])
except TypeError as e:
    print(type(e).__name__, e)
glb = {'__builtins__': {'print': print}}
exec('print("restricted")', glb)
try:
    exec('len([])', glb)
except NameError as e:
    print(type(e).__name__, e)
exec(compile('q = 3', '<c>', 'exec'), g)
print(g['q'])
class LocalsMap(dict):
    def __getitem__(self, k):
        if k == 'magic': return 'from mapping'
        return super().__getitem__(k)
exec('print(magic)', {}, LocalsMap())
