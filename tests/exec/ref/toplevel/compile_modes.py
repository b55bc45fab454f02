c1 = compile('1 + 1', '<eval>', 'eval')
c2 = compile('a = 1\nb = 2', '<exec>', 'exec')
c3 = compile('a + b', '<single>', 'single')
print(eval(c1), type(c1).__name__, c1.co_filename)
ns = {}
print(exec(c2, ns), ns['a'], ns['b'])
exec(c3, ns)
exec(compile('None', '<s>', 'single'), {})
exec(compile('"a string"', '<s>', 'single'), {})
exec(compile('x = 5', '<s>', 'single'), {})
try:
    compile('a = 1', '<e>', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
try:
    compile('1', '<x>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile('a = 1\nb = 2', '<s>', 'single')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile('def f(:', 'file.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
c4 = compile('x', 'name.py', 'eval')
try:
    eval(c4, {})
except NameError as e:
    print(type(e).__name__, e)
print(compile('', '<empty>', 'exec').co_name)
for line in ['1 + 1', 'print("from single")', 'if 1:\n  2\n']:
    exec(compile(line, '<i>', 'single'), {})
print(eval(compile('(yield)' if False else '3', 'f', 'eval')))
