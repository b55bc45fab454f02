print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
x = 'module x'
print(eval('x'))
def f():
    x = 'function x'
    return eval('x')
print(f())
print(eval('[i * i for i in range(4)]'), eval('(lambda a: a + 1)(1)'))
print(eval('  7  '), eval('\t8'), eval(compile('9', '<e>', 'eval')))
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval('1', 5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
print(eval(b'2 ** 10'), eval('"str"'), eval('{1: 2}'))
g = {}
eval('1', g)
print('__builtins__' in g)
def outer():
    v = 'closure'
    def inner():
        return eval('v')
    return inner()
try:
    print(outer())
except NameError as e:
    print(type(e).__name__, e)
print(eval('a + b', {'a': 1}, {'b': 2}))
