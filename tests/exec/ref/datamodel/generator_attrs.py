def gen(n):
    yield from range(n)
g = gen(3)
print(g.__name__, g.__qualname__, type(g).__name__, g.gi_running, g.gi_frame is not None, g.gi_code is gen.__code__)
print(g.gi_suspended if hasattr(g, 'gi_suspended') else 'n/a', g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom is not None, list(g), g.gi_frame)
class C:
    def m(self):
        yield self
print(C().m().__qualname__)
def inspect():
    yield g2.gi_running
g2 = inspect()
print(next(g2))
def withframe():
    x = 5
    yield
gf = withframe()
next(gf)
print(gf.gi_frame.f_locals, gf.gi_frame.f_code.co_name, gf.gi_frame.f_lineno)
ge = (x for x in [1])
print(ge.__name__, ge.__qualname__, type(ge).__name__)
def running():
    try:
        next(rg)
    except ValueError as e:
        yield f'{type(e).__name__} {e}'
rg = running()
print(next(rg))
g3 = gen(2)
g3.__name__ = 'renamed'
print(g3.__name__, repr(g3).startswith('<generator object renamed'))
print(iter(g3) is g3, hasattr(g3, 'send'), hasattr(g3, '__next__'))
