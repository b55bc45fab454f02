src = '''
def greet(n):
    return "hi " + n
result = greet("there")
'''
code = compile(src, 'virtual.py', 'exec')
ns = {}
exec(code, ns)
print(ns['result'], ns['greet'].__code__.co_filename, ns['greet'].__module__ if '__name__' in ns else 'no module')
ns2 = {'__name__': 'custom_mod'}
exec(code, ns2)
print(ns2['greet'].__module__)
try:
    exec(compile('1/0', 'virtual2.py', 'exec'))
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
f = eval('lambda x: x * 3')
print(f(3), f.__name__)
exec('import sys as s2', ns)
print('s2' in ns)
exec('global gv\ngv = 5')
print(gv)
def run_in_func():
    loc = {}
    exec('a = 1\nb = a + 1', globals(), loc)
    return loc
print(run_in_func())
