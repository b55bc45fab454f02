def f(): 'doc only'
print(f(), f.__doc__)
def g(a, b, /): return a, b
def h(*, a): return a
def i(a, /, *, b): return a, b
print(g(1, 2), h(a=1), i(1, b=2))
def varkw(**kw): return kw
print(varkw(), varkw(x=1))
def defaults_refer(a, b=None, c=[]): return a, b, c
print(defaults_refer(1))
def annotated(x: 'int' = 5) -> 'str': return str(x)
print(annotated(), annotated.__annotations__)
def rec(n):
    if n:
        return rec(n - 1) + [n]
    return []
print(rec(5))
def gen_def():
    def inner(): pass
    return inner.__qualname__
print(gen_def())
def with_star_after_default(a=1, *args): return a, args
print(with_star_after_default(), with_star_after_default(5, 6, 7))
def same_name(x): return 'first'
def same_name(x): return 'second'
print(same_name(0))
def outer():
    def f(): return 'nested f'
    return f
print(outer()(), outer().__name__, outer().__qualname__)
async def coro_def(): return 'coro'
import sys
print(type(coro_def).__name__, coro_def.__code__.co_flags & 0x80 == 0x80)
c = coro_def()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
