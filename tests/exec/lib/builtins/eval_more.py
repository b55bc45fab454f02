from _h import t
g = {'a': 1}
l = {'a': 2}
print(eval('a', g), eval('a', g, l), eval('a', None, l) if False else '', eval('[a for _ in range(1)]', g, l))
print(eval('b', {'b': 3}, None), eval('1 if True else 2'), eval('(yield)' if False else '0'), eval('not 1'), eval('{1: 2}[1]'))
t(eval, 'import os')
t(eval, 'def f(): pass')
t(eval, 'a', {}, {})
t(eval, '', {})
t(eval, '1 2')
t(eval, 'lambda: yield')
t(eval, '\n\n')
t(eval, 'x', None, [])
class G(dict): pass
print(eval('q', G(q='sub')))
def f():
    x = 'local'
    return eval('x'), eval('x', {'x': 'glob'}), eval('(lambda: x)()')
t(f)
print(eval(' # comment\n1 ') if False else eval('1 # comment'), eval('  \t 5'), eval('(\n 1 +\n 2)'))
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'n'}))
