from _h import t
src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
result = fib(10)
'''
ns = {}
exec(src, ns)
print(ns['result'], ns['fib'].__module__ if '__name__' in ns else ns['fib'].__module__)
ns = {'__name__': 'custom'}
exec('def g(): pass\nmod = g.__module__', ns); print(ns['mod'])
exec('x = 1', ns, ns); print(ns['x'])
loc = {}
exec('def h(): return y\ny = 5\nr = h()', {}, loc) if False else print('skip')
t(exec, 'def h(): return yy\nyy = 5\nr = h()', {}, {})
t(exec, 'return 1')
t(exec, 'yield')
t(exec, 'x = (', {})
t(exec, 'nonlocal q')
g = {}
exec('import sys as s', g); print(g['s'].__name__)
exec('for i in range(3): pass', g); print(g['i'])
exec('try:\n    1/0\nexcept ZeroDivisionError as e:\n    msg = str(e)', g); print(g['msg'])
exec(compile('print("compiled single")', '<s>', 'single'))
exec('print("with closure", closure=1)' if False else 'print("plain")')
t(exec, 'print(1)', {}, 5)
t(exec)
t(exec, 'pass', globals=[]) 
t(exec, b'\xff')
exec(b'print("bytes src")')
