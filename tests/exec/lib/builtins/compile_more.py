from _h import t
c = compile('x = 1', 'name.py', 'exec')
print(c.co_filename, c.co_name, type(c).__name__, 'x' in c.co_names)
c = compile('1 +\\\n 2', '<s>', 'eval'); print(eval(c))
c = compile('if True:\n    y = 2\n', '<s>', 'exec'); d = {}; exec(c, d); print(d['y'])
c = compile('a = 1\n\n\n', '<s>', 'exec'); print(type(c).__name__)
for src, mode in [('', 'exec'), ('', 'eval'), ('pass', 'single'), ('x =', 'exec'), ('return 1', 'exec'), ('yield 1', 'exec'), ('break', 'exec'), ('1; 2', 'single'), ('\x00', 'exec'), ('def f():\nreturn', 'exec'), ('  x = 1', 'exec'), ('f(**x, *y)', 'eval')]:
    try:
        c = compile(src, '<src>', mode)
        print(repr(src), mode, 'ok', type(c).__name__)
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset)
    except Exception as e:
        print(repr(src), mode, type(e).__name__, e)
t(compile, 'x', '<s>', 'exec', flags=0xfffffff)
t(lambda: type(compile('x', '<s>', 'exec', dont_inherit=True, optimize=0)).__name__)
print(compile('x', filename='<kw>', mode='eval').co_filename)
t(compile, 'x', 5, 'exec')
c = compile(source='2', filename='f', mode='eval'); print(eval(c))
