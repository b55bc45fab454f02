from _h import t
c = compile('1 + 2', '<s>', 'eval')
print(type(c).__name__, eval(c), c.co_filename, c.co_name)
c = compile('x = 5\ny = x * 2', 'file.py', 'exec')
ns = {}
exec(c, ns)
print(ns['x'], ns['y'])
c = compile('a + 1', '<s>', 'single')
print(type(c).__name__)
t(compile, '1 +', '<s>', 'eval')
t(compile, 'x = 1', '<s>', 'eval')
t(compile, '1', '<s>', 'bogus')
t(compile, 5, '<s>', 'eval')
try:
    compile('def f(:\n pass', 'bad.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
c = compile(b'z = 3', '<b>', 'exec')
ns = {}; exec(c, ns); print(ns['z'])
tree = compile('q = 7', '<a>', 'exec', 0x400)
print(type(tree).__name__, type(tree.body[0]).__name__)
c = compile(tree, '<a>', 'exec'); ns = {}; exec(c, ns); print(ns['q'])
t(compile, '1', '<s>')
c = compile('lambda: 1', '<s>', 'eval'); print(eval(c)())
