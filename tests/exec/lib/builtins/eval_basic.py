from _h import t
x = 10
print(eval('x + 1'), eval('x', {'x': 5}), eval('x + y', {'x': 1}, {'y': 2}), eval(' 1 + 1 '), eval('\t2'))
print(eval('[i * i for i in range(4)]'), eval('len("abc")'), eval('__builtins__ is not None'))
g = {}
print(eval('1', g), '__builtins__' in g)
t(eval, 'x = 1')
t(eval, 'undefined_name')
t(eval, '1/0')
t(eval, 5)
t(eval, '1', [])
t(eval, '1', {}, 5)
t(eval, ')')
class L:
    def __getitem__(self, k):
        if k == 'magic': return 42
        raise KeyError(k)
print(eval('magic', {}, L()))
t(eval, 'other', {}, L())
c = compile('x * 3', '<s>', 'eval'); print(eval(c, {'x': 4}))
def f():
    local = 'L'
    return eval('local')
print(f())
print(eval('(lambda a: a + x)(1)', {'x': 100}))
print(eval(b'2 ** 10'))
t(eval, 'a\x00b')
