def outer(p):
    q = 1
    def inner(r):
        s = p + q + r
        return s
    return inner
co = outer.__code__
print(co.co_name, co.co_qualname, co.co_varnames, co.co_cellvars, co.co_freevars)
ic = outer(1).__code__
print(ic.co_name, ic.co_qualname, ic.co_varnames, ic.co_freevars, ic.co_cellvars)
class K:
    def meth(self):
        return [x for x in range(2)]
print(K.meth.__code__.co_qualname, K.meth.__code__.co_varnames)
def gen():
    yield 1
print(gen.__code__.co_name, bool(gen.__code__.co_flags & 0x20))
async def coro(): pass
print(bool(coro.__code__.co_flags & 0x80))
def varargs(*a, **k): pass
print(bool(varargs.__code__.co_flags & 0x04), bool(varargs.__code__.co_flags & 0x08), varargs.__code__.co_varnames)
def consts():
    return 'hello'
print('hello' in consts.__code__.co_consts)
def names():
    return len(global_thing)
print(names.__code__.co_names)
c = compile('x + 1', '<string>', 'eval')
print(type(c).__name__, c.co_name, c.co_filename, eval(c, {'x': 41}))
c2 = compile('def f(): pass', 'file.py', 'exec')
print(c2.co_name, c2.co_filename)
print(outer.__code__.co_firstlineno, inner_lines := outer(0).__code__.co_firstlineno)
print(type(outer(1).__closure__[0]).__name__, outer(5).__closure__[0].cell_contents)
r = outer.__code__.replace(co_name='newname')
print(r.co_name, r is outer.__code__)
