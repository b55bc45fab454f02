order = []
class A:
    order.append('body start')
    x = 1
    def m(self): return 'm'
    order.append('body end')
print(order)
class B:
    n = 0
    n += 1
    items = []
    items.append(n)
    for i in range(3):
        n += i
print(B.n, B.items, B.i)
class C:
    def f(self): return 'f'
    g = f
    del f
print(C().g(), hasattr(C, 'f'))
class D:
    x = 10
    y = [x] * 2
    z = (lambda: 'lam')()
    if x > 5:
        big = True
    else:
        big = False
print(D.y, D.z, D.big)
def make():
    v = 'closure'
    class E:
        attr = v
        def meth(self): return v
    return E
E = make()
print(E.attr, E().meth())
class F:
    __private = 'mangled'
    def get(self): return self.__private
print(F().get(), F._F__private, hasattr(F, '__private'))
class G:
    try:
        raise ValueError
    except ValueError:
        caught = True
print(G.caught)
class H:
    import sys as _sys
    name = _sys.__name__
print(H.name)
