def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return f'{tag}(' + str(f(*a, **k)) + ')'
        inner.__name__ = f.__name__
        return inner
    return wrap
@deco('a')
@deco('b')
def val(): return 'v'
print(val(), val.__name__)
class Registry:
    def __init__(self): self.items = {}
    def register(self, name):
        def d(f):
            self.items[name] = f
            return f
        return d
reg = Registry()
@reg.register('x')
def fx(): return 'fx'
print(sorted(reg.items), reg.items['x']())
items = [lambda f: f]
@items[0]
def via_subscript(): return 'sub'
print(via_subscript())
@(lambda f: (lambda: f() + '!'))
def expr_deco(): return 'expr'
print(expr_deco())
def order(name):
    print('evaluating decorator', name)
    def d(f):
        print('applying', name)
        return f
    return d
@order('outer')
@order('inner')
def ordered(): pass
def class_deco(cls):
    cls.added = 'yes'
    return cls
@class_deco
class Dec: pass
print(Dec.added)
def method_deco(f):
    def w(self, *a): return ('wrapped', f(self, *a))
    return w
class M:
    @method_deco
    def m(self, x): return x * 2
    @property
    @method_deco
    def p(self): return 'prop'
print(M().m(3), M().p)
def returns_none(f): return None
@returns_none
def gone(): pass
print(gone)
def counting(f):
    counting.n = getattr(counting, 'n', 0) + 1
    return f
@counting
@counting
def c(): pass
print(counting.n)
