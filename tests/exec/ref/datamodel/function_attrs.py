def f(a, b=2, *args, c, d=4, **kw):
    'f doc'
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__, f.__closure__, type(f.__globals__).__name__, f.__globals__ is globals())
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_nlocals)
print(f.__code__.co_filename.endswith('function_attrs.py'), f.__code__.co_firstlineno)
def g(): pass
print(g.__defaults__, g.__kwdefaults__, g.__doc__, g.__dict__)
g.custom = 1
print(g.custom, g.__dict__)
g.__defaults__ = (1,)
def h(x=0): return x
h.__defaults__ = (99,)
print(h())
h.__kwdefaults__ = {'q': 1}
print(h.__kwdefaults__)
class C:
    def m(self): pass
    class Inner:
        def im(self): pass
    def mk(self):
        def local(): pass
        return local
print(C.m.__qualname__, C.Inner.im.__qualname__, C().mk().__qualname__, C.Inner.__qualname__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
h.__name__ = 'renamed'; h.__qualname__ = 'Q.renamed'
print(h.__name__, h.__qualname__, repr(h).split(' at ')[0])
try:
    h.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def po(a, b, /, c): pass
print(po.__code__.co_posonlyargcount, po.__code__.co_argcount)
def ann(a: int, b: 'str' = 'x') -> list: pass
print(ann.__annotations__)
print(type(f).__name__, type(f.__code__).__name__, callable(f))
