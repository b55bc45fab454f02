from _h import t
ns = {}
r = exec('a = 1\nb = a + 1\ndef f(): return a + b', ns)
print(r, ns['a'], ns['b'], ns['f'](), '__builtins__' in ns)
g, l = {}, {}
exec('x = 5\ny = x', g, l)
print(sorted(l), 'x' in g)
exec('print("printed from exec")')
t(exec, '1 +')
t(exec, 5)
t(exec, 'raise ValueError("inside")')
t(exec, 'x', {})
t(exec, 'x = 1', 5)
def f():
    exec('z = 3')
    return 'z' in locals()
print(f())
code = compile('q = 9', '<c>', 'exec'); d = {}; exec(code, d); print(d['q'])
exec('import sys\nv = len(sys.argv)', d); print(d['v'])
d = {'__builtins__': {'len': lambda x: 'mylen'}}
exec('r = len([1])', d); print(d['r'])
t(exec, 'print(1)', {'__builtins__': {}})
d = {}; exec('class K:\n  attr = 1\nres = K.attr', d); print(d['res'])
exec('global gv\ngv = 7'); print(gv)
print(exec('pass', {}, {}) is None)
