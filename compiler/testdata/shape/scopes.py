import sys as _s, os.path
from . import x as y
from ..m import *

def gen(a, b=1, *c, d, e=2, **f):
    "doc"
    yield a
    yield from b
    return [x for x in c if (z := x)]

async def coro(x):
    async with x as y, x:
        await y
    async for i in x:
        pass
    return [i async for i in x], (j for j in x), {k: v async for k, v in x}

async def agen():
    yield 1

lam = lambda x, *, y=1: (lambda: x + y)
genexp = (a for a in range(3) for b in range(a))

class C:
    """Class doc."""
    attr: int = 0
    if attr:
        cond: str
    def __init__(self, v):
        self.v = v
        self.w, self.v = 1, 2
    @staticmethod
    def s(): return [C for _ in ()]
    def cls(self): return __class__
    vals = [attr for attr in range(3)]
    def _C__private(self, __x): global gx; gx = __x

def closure():
    x = 1
    def inner():
        def innermost():
            return x
        return innermost
    class K:
        y = x
        def m(self): return x
    return inner, K

def global_q():
    global gq
    def gq(): pass
    class Gc: pass

def cells(p, q):
    r = [lambda: p for p in range(3)]
    return lambda: q

def dead():
    if 0:
        def never(): pass
        z = 1
    w = 2
